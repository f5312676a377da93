/**
 * ListUsers (Identity Store API reference; seeds 000 and 004). Pages in creation order with opaque
 * NextTokens. The deprecated `Filters` (at most one) only knows the attribute path `UserName`
 * (seed 000: "We only support UserName as a valid filter attribute path"), matched as uniqueness
 * is, ignoring case; any other path is a ValidationException rather than being ignored.
 */
import { checkExtensionName } from '../rules/enterprise-extension.ts';
import { paginate } from '../state/page-token.ts';
import { userNameOf } from '../state/records.ts';
import { uniqueKey } from '../state/store-state.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { userToWire } from '../wire/to-wire.ts';
import { maxResultsOf } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface ListFilter {
  readonly AttributePath: string;
  readonly AttributeValue: string;
}

export interface ListUsersInput {
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly Filters?: readonly ListFilter[];
  readonly Extensions?: readonly string[];
}

/** The single filter of a ListUsers/ListGroups call, checked against the one path each supports. */
export function filterValue(filters: readonly ListFilter[] | undefined, supportedPath: string): string | undefined {
  const filter = filters?.[0];
  if (filter === undefined) return undefined;
  if (filter.AttributePath.toLowerCase() !== supportedPath.toLowerCase()) {
    throw IdentityStoreError.validation(`Invalid filter attribute path ${JSON.stringify(filter.AttributePath)}; only ${supportedPath} is supported.`);
  }
  return filter.AttributeValue;
}

export function listUsers(input: ListUsersInput, ctx: OperationContext): Record<string, unknown> {
  const extensions = input.Extensions ?? [];
  extensions.forEach((name, i) => checkExtensionName(name, `extensions.${i + 1}.member`));
  const wanted = filterValue(input.Filters, 'UserName');
  const scope = wanted === undefined ? '' : `UserName=${uniqueKey(wanted)}`;
  const { store, tokens } = ctx;
  const after = input.NextToken === undefined ? 0 : tokens.resume(input.NextToken, 'ListUsers', store.identityStoreId, scope);
  const users = [...store.users.values()].filter((u) => wanted === undefined || uniqueKey(userNameOf(u)) === uniqueKey(wanted));
  const { page, next } = paginate(users, maxResultsOf(input), after, (seq) => tokens.issue('ListUsers', store.identityStoreId, scope, seq));
  return {
    Users: page.map((u) => userToWire(store.identityStoreId, u, extensions)),
    ...(next === undefined ? {} : { NextToken: next }),
  };
}
