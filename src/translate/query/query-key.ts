/**
 * Identifies "the same query" across pages (RFC 7644 section 3.4.2.4, RFC 9865 section 2): the
 * resource type, the IdP (externalIds and so results differ per issuer), the filter, the sort,
 * and a variant for what the store was asked (groups: with members or not). Paging parameters
 * and `attributes` are left out: projection happens per page, after slicing.
 */
import { createHash } from 'node:crypto';
import { formatAttributePath } from '../../scim/attribute-path.ts';
import { printFilter } from '../../scim/filter/print-filter.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';

export function queryKey(resourceType: string, issuer: string, query: ListQuery, variant: string): string {
  return JSON.stringify([
    resourceType,
    issuer,
    query.filter === undefined ? null : printFilter(query.filter),
    // Attribute names are case-insensitive (RFC 7643 section 2.1): `UserName` sorts like `userName`.
    query.sortBy === undefined ? null : formatAttributePath(query.sortBy).toLowerCase(),
    query.sortBy === undefined ? null : query.sortOrder,
    variant,
  ]);
}

/** A short, non-reversible digest of a query key, for cursors (which must not reveal the filter). */
export function hashQueryKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
