/**
 * One page of the whole filtered (and, for `sortBy`, sorted: RFC 7644 section 3.4.2.3) result
 * of a scan, with the result's size: sliced from the snapshot cache when allowed and present,
 * else by scanning into a snapshot (result-snapshot.ts), caching it and slicing it. Either way
 * only the page's resources are parsed. Sorting needs every match, so it is always done on a
 * full result; the store's order is the stable default order.
 */
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import { sortResources } from '../../scim/list/sort-resources.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { ResultSnapshot } from './result-snapshot.ts';
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
  /** The page: zero-based position of its first resource, and how many at most. */
  readonly offset: number;
  readonly count: number;
}

export interface MaterialisedPage {
  readonly resources: readonly ScimResource[];
  /** Resources in the whole result. */
  readonly total: number;
}

export async function materialiseResults<T>(input: Materialise<T>): Promise<MaterialisedPage> {
  const { snapshots, key, offset, count } = input;
  const cached = input.fresh ? undefined : snapshots?.get(key);
  const snapshot = cached ?? await takeSnapshot(input);
  if (cached === undefined) snapshots?.set(key, snapshot);
  return { resources: snapshot.slice(offset, count), total: snapshot.total };
}

async function takeSnapshot<T>({ source, predicate, query }: Materialise<T>): Promise<ResultSnapshot> {
  // Unsorted, each match is serialised as it is found; a sort needs every match as an object first.
  if (query.sortBy === undefined) return new ResultSnapshot(await scanAll(source, predicate, (match) => JSON.stringify(match)));
  const matches = await scanAll(source, predicate, (match) => match);
  return ResultSnapshot.of(sortResources(matches, query.sortBy, query.sortOrder, source.schema));
}
