/**
 * ListGroups (Identity Store API reference; seed 000). The deprecated `Filters` only knows
 * `DisplayName` ("We only support DisplayName as a valid filter attribute path").
 */
import { paginate } from '../state/page-token.ts';
import { groupDisplayNameOf } from '../state/records.ts';
import { uniqueKey } from '../state/store-state.ts';
import { groupToWire } from '../wire/to-wire.ts';
import { filterValue } from './list-users.ts';
import type { ListFilter } from './list-users.ts';
import { maxResultsOf } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface ListGroupsInput {
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly Filters?: readonly ListFilter[];
}

export function listGroups(input: ListGroupsInput, ctx: OperationContext): Record<string, unknown> {
  const wanted = filterValue(input.Filters, 'DisplayName');
  const scope = wanted === undefined ? '' : `DisplayName=${uniqueKey(wanted)}`;
  const { store, tokens } = ctx;
  const after = input.NextToken === undefined ? 0 : tokens.resume(input.NextToken, 'ListGroups', store.identityStoreId, scope);
  const groups = [...store.groups.values()].filter((g) => wanted === undefined || uniqueKey(groupDisplayNameOf(g)) === uniqueKey(wanted));
  const { page, next } = paginate(groups, maxResultsOf(input), after, (seq) => tokens.issue('ListGroups', store.identityStoreId, scope, seq));
  return {
    Groups: page.map((g) => groupToWire(store.identityStoreId, g)),
    ...(next === undefined ? {} : { NextToken: next }),
  };
}
