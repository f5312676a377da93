/** DescribeGroupMembership (Identity Store API reference): unknown id -> ResourceNotFound GROUP_MEMBERSHIP. */
import { membershipToWire } from '../wire/to-wire.ts';
import { requireMembership } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface DescribeGroupMembershipInput {
  readonly MembershipId: string;
}

export function describeGroupMembership(input: DescribeGroupMembershipInput, ctx: OperationContext): Record<string, unknown> {
  return membershipToWire(ctx.store.identityStoreId, requireMembership(ctx.store, input.MembershipId));
}
