/**
 * Answers a list query from results already in memory (RFC 7644 section 3.4.2.4): the one or zero
 * candidates of a lookup plan. Index paging slices by `startIndex`/`count` and reports the exact
 * `totalResults`; cursor paging (RFC 9865) returns everything in one page, so it never issues a
 * `nextCursor`, and any cursor sent for such a query cannot be one of ours.
 */
import { ScimError } from '../../scim/errors.ts';
import { buildListResponse, type ListResponse } from '../../scim/list/build-list-response.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { ResourceSchema } from '../../scim/schema/types.ts';
import { projectAll } from './project-all.ts';

export function pageResults(resources: readonly ScimResource[], query: ListQuery, schema: ResourceSchema): ListResponse {
  const { pagination } = query;
  switch (pagination.method) {
    case 'index': {
      const start = pagination.startIndex - 1;
      const page = resources.slice(start, start + pagination.count);
      return buildListResponse({ resources: projectAll(page, schema, query.attributes), totalResults: resources.length, startIndex: pagination.startIndex });
    }
    case 'cursor': {
      if (pagination.cursor !== undefined) throw ScimError.invalidCursor('The cursor was not issued for this query; start again without a cursor.');
      const page = resources.slice(0, pagination.count);
      return buildListResponse({ resources: projectAll(page, schema, query.attributes), totalResults: resources.length });
    }
    default: {
      const never: never = pagination;
      throw new Error(`Unknown pagination ${JSON.stringify(never)}`);
    }
  }
}
