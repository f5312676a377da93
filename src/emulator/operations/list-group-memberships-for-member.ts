/**
 * ListGroupMembershipsForMember (Identity Store API reference): the memberships of one existing
 * user (unknown user -> ResourceNotFound USER), paged with NextTokens bound to the member.
 */
import { paginate } from '../state/page-token.ts';
import { membershipToWire } from '../wire/to-wire.ts';
import { memberUserId } from './create-group-membership.ts';
import type { MemberIdInput } from './create-group-membership.ts';
import { maxResultsOf, requireUser } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface ListGroupMembershipsForMemberInput {
  readonly MemberId: MemberIdInput;
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

export function listGroupMembershipsForMember(input: ListGroupMembershipsForMemberInput, ctx: OperationContext): Record<string, unknown> {
  const { store, tokens } = ctx;
  const userId = memberUserId(input.MemberId);
  const op = 'ListGroupMembershipsForMember';
  const after = input.NextToken === undefined ? 0 : tokens.resume(input.NextToken, op, store.identityStoreId, userId);
  requireUser(store, userId);
  const memberships = [...store.memberships.values()].filter((m) => m.MemberId.UserId === userId);
  const { page, next } = paginate(memberships, maxResultsOf(input), after, (seq) => tokens.issue(op, store.identityStoreId, userId, seq));
  return {
    GroupMemberships: page.map((m) => membershipToWire(store.identityStoreId, m)),
    ...(next === undefined ? {} : { NextToken: next }),
  };
}
