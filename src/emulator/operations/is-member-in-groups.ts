/**
 * IsMemberInGroups (Identity Store API reference): for each of 1-100 GroupIds, in the order
 * given, whether the user is a member. The user must exist (ResourceNotFound USER); a group that
 * does not exist simply has no members.
 */
import { memberUserId } from './create-group-membership.ts';
import type { MemberIdInput } from './create-group-membership.ts';
import { requireUser } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface IsMemberInGroupsInput {
  readonly MemberId: MemberIdInput;
  readonly GroupIds: readonly string[];
}

export function isMemberInGroups(input: IsMemberInGroupsInput, ctx: OperationContext): Record<string, unknown> {
  const userId = memberUserId(input.MemberId);
  requireUser(ctx.store, userId);
  return {
    Results: input.GroupIds.map((groupId) => ({
      GroupId: groupId,
      MemberId: { UserId: userId },
      MembershipExists: ctx.store.membershipOf(groupId, userId) !== undefined,
    })),
  };
}
