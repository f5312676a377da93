/**
 * ListGroupMemberships (Identity Store API reference): the memberships of one existing group
 * (an unknown group is ResourceNotFound GROUP; moto answers an empty list), paged with NextTokens
 * bound to the group.
 */
import { paginate } from '../state/page-token.ts';
import { membershipToWire } from '../wire/to-wire.ts';
import { maxResultsOf, requireGroup } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface ListGroupMembershipsInput {
  readonly GroupId: string;
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

export function listGroupMemberships(input: ListGroupMembershipsInput, ctx: OperationContext): Record<string, unknown> {
  const { store, tokens } = ctx;
  const after = input.NextToken === undefined ? 0 : tokens.resume(input.NextToken, 'ListGroupMemberships', store.identityStoreId, input.GroupId);
  requireGroup(store, input.GroupId);
  const memberships = [...store.memberships.values()].filter((m) => m.GroupId === input.GroupId);
  const { page, next } = paginate(memberships, maxResultsOf(input), after, (seq) =>
    tokens.issue('ListGroupMemberships', store.identityStoreId, input.GroupId, seq),
  );
  return {
    GroupMemberships: page.map((m) => membershipToWire(store.identityStoreId, m)),
    ...(next === undefined ? {} : { NextToken: next }),
  };
}
