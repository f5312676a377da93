/**
 * GetGroupMembershipId (Identity Store API reference): the membership of a user in a group, or
 * ResourceNotFound GROUP_MEMBERSHIP when the user is not a member.
 */
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { memberUserId } from './create-group-membership.ts';
import type { MemberIdInput } from './create-group-membership.ts';
import type { OperationContext } from './operation-context.ts';

export interface GetGroupMembershipIdInput {
  readonly GroupId: string;
  readonly MemberId: MemberIdInput;
}

export function getGroupMembershipId(input: GetGroupMembershipIdInput, ctx: OperationContext): { IdentityStoreId: string; MembershipId: string } {
  const membership = ctx.store.membershipOf(input.GroupId, memberUserId(input.MemberId));
  if (membership === undefined) throw IdentityStoreError.notFound('GROUP_MEMBERSHIP');
  return { IdentityStoreId: ctx.store.identityStoreId, MembershipId: membership.MembershipId };
}
