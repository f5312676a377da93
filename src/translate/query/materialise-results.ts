/**
 * The whole filtered (and, for `sortBy`, sorted: RFC 7644 section 3.4.2.3) result of a scan,
 * from the snapshot cache when allowed and present, else by scanning and then caching it.
 * Sorting needs every match, so it is always done on a full result; the store's order is the
 * stable default order.
 */
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import { sortResources } from '../../scim/list/sort-resources.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { scanAll } from './scan-all.ts';
import type { ScanSource } from './scan-source.ts';
import type { SnapshotCache } from './snapshot-cache.ts';

export interface Materialise<T> {
  readonly source: ScanSource<T>;
  readonly predicate: FilterPredicate;
  readonly query: ListQuery;
  /** queryKey(...) of the query: the snapshot's key. */
  readonly key: string;
  readonly snapshots: SnapshotCache | undefined;
  /** Scan even if a snapshot exists (a first page starts a fresh snapshot). */
  readonly fresh: boolean;
}

export async function materialiseResults<T>(input: Materialise<T>): Promise<readonly ScimResource[]> {
  const { source, predicate, query, key, snapshots, fresh } = input;
  if (!fresh) {
    const cached = snapshots?.get(key);
    if (cached !== undefined) return cached;
  }
  const matches = await scanAll(source, predicate);
  const ordered = query.sortBy === undefined ? matches : sortResources(matches, query.sortBy, query.sortOrder, source.schema);
  snapshots?.set(key, ordered);
  return ordered;
}
