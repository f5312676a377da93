/**
 * Pages a scan plan (RFC 7644 section 3.4.2.4 index paging, RFC 9865 cursor paging).
 *
 * Index: the first page (startIndex=1) scans the store once, keeps the whole filtered and sorted
 * result as a snapshot and slices it; later pages of the same query are sliced from the snapshot
 * (parsing only the page's resources) with no store call while it lives, or rescan when it is
 * gone. So N users paged by 100 cost about N/100 ListUsers in total, and `totalResults` is exact
 * on every page.
 *
 * Cursor, unsorted: reads the store from the cursor's position until `count` matches are found,
 * and stores where it stopped (no totalResults: NextToken paging gives none).
 * Cursor, sorted: sorting needs the whole result, so it is served like index paging from a
 * snapshot (rescanned and re-sorted when gone), the cursor holding an offset.
 *
 * Only the page answered goes through the source's `complete` (a group's members), so a snapshot
 * of a thousand groups costs member reads for the hundred on the page, not for all of them.
 */
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import { ScimError } from '../../scim/errors.ts';
import { buildListResponse, type ListResponse } from '../../scim/list/build-list-response.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { GatewayState } from '../../state/port.ts';
import { materialiseResults } from './materialise-results.ts';
import { loadCursor, saveCursor } from './page-cursor.ts';
import { projectAll } from './project-all.ts';
import { readFromPosition, START_POSITION } from './read-from-position.ts';
import type { ScanSource } from './scan-source.ts';
import type { SnapshotCache } from './snapshot-cache.ts';

export interface ScanPaging<T> {
  readonly source: ScanSource<T>;
  readonly predicate: FilterPredicate;
  readonly query: ListQuery;
  readonly key: string;
  readonly state: GatewayState;
  readonly snapshots: SnapshotCache | undefined;
}

export async function pageScan<T>(input: ScanPaging<T>): Promise<ListResponse> {
  const { source, query, key, state } = input;
  const { pagination } = query;
  const schema = source.schema;
  const answer = async (page: readonly ScimResource[]): Promise<ScimResource[]> =>
    projectAll(source.complete === undefined || page.length === 0 ? page : await source.complete(page), schema, query.attributes);
  switch (pagination.method) {
    case 'index': {
      const page = await materialiseResults({ ...input, fresh: pagination.startIndex === 1, offset: pagination.startIndex - 1, count: pagination.count });
      return buildListResponse({ resources: await answer(page.resources), totalResults: page.total, startIndex: pagination.startIndex });
    }
    case 'cursor': {
      const position = pagination.cursor === undefined ? undefined : await loadCursor(state, key, pagination.cursor);
      if (query.sortBy !== undefined) {
        if (position !== undefined && position.kind !== 'offset') throw mismatch();
        const offset = position?.offset ?? 0;
        const page = await materialiseResults({ ...input, fresh: position === undefined, offset, count: pagination.count });
        const nextOffset = offset + page.resources.length;
        const nextCursor = nextOffset < page.total ? await saveCursor(state, key, { kind: 'offset', offset: nextOffset }) : undefined;
        return buildListResponse({ resources: await answer(page.resources), totalResults: page.total, ...(nextCursor === undefined ? {} : { nextCursor }) });
      }
      if (position !== undefined && position.kind !== 'store') throw mismatch();
      const read = await readFromPosition(source, input.predicate, position ?? START_POSITION, pagination.count);
      const nextCursor = read.next === undefined ? undefined : await saveCursor(state, key, { kind: 'store', ...read.next });
      return buildListResponse({ resources: await answer(read.resources), ...(nextCursor === undefined ? {} : { nextCursor }) });
    }
    default: {
      const never: never = pagination;
      throw new Error(`Unknown pagination ${JSON.stringify(never)}`);
    }
  }
}

function mismatch(): ScimError {
  return ScimError.invalidCursor('The cursor was not issued for this query; start again without a cursor.');
}
