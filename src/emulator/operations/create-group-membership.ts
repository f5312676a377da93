/**
 * CreateGroupMembership (Identity Store API reference): the group and the user must exist
 * (ResourceNotFound GROUP / USER), and a user is a member of a group at most once (a duplicate is
 * a ConflictException; moto creates a second membership instead).
 */
import { newResourceId } from '../state/new-resource-id.ts';
import type { MembershipRecord } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { created, requireGroup, requireUser } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface MemberIdInput {
  readonly UserId?: string;
}

export interface CreateGroupMembershipInput {
  readonly GroupId: string;
  readonly MemberId: MemberIdInput;
}

/** MemberId is a union whose only member is UserId; validation guarantees exactly one is set. */
export function memberUserId(memberId: MemberIdInput): string {
  if (memberId.UserId === undefined) throw IdentityStoreError.validation('MemberId must have UserId set.');
  return memberId.UserId;
}

export function createGroupMembership(input: CreateGroupMembershipInput, ctx: OperationContext): { IdentityStoreId: string; MembershipId: string } {
  const userId = memberUserId(input.MemberId);
  requireGroup(ctx.store, input.GroupId);
  requireUser(ctx.store, userId);
  if (ctx.store.membershipOf(input.GroupId, userId) !== undefined) {
    throw IdentityStoreError.conflict('UNIQUENESS_CONSTRAINT_VIOLATION', `User ${userId} is already a member of group ${input.GroupId}.`);
  }
  const membership: MembershipRecord = {
    MembershipId: newResourceId(ctx.store.identityStoreId),
    seq: ctx.store.nextSeq(),
    GroupId: input.GroupId,
    MemberId: { UserId: userId },
    ...created(ctx),
  };
  ctx.store.addMembership(membership);
  return { IdentityStoreId: ctx.store.identityStoreId, MembershipId: membership.MembershipId };
}
