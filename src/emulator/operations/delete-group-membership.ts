/** DeleteGroupMembership (Identity Store API reference): unknown id -> ResourceNotFound GROUP_MEMBERSHIP. */
import { requireMembership } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface DeleteGroupMembershipInput {
  readonly MembershipId: string;
}

export function deleteGroupMembership(input: DeleteGroupMembershipInput, ctx: OperationContext): Record<string, never> {
  ctx.store.removeMembership(requireMembership(ctx.store, input.MembershipId));
  return {};
}
