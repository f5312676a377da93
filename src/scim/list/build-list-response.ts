/**
 * The ListResponse message (RFC 7644 section 3.4.2, RFC 9865 section 2.2). Index paging
 * reports `startIndex` and `totalResults`; cursor paging reports `nextCursor` on every page but
 * the last and may leave out `totalResults` when the count is not known (the Identity Store's
 * NextToken paging gives no total).
 */
import type { ScimResource } from '../resource.ts';

export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ListResponseInput {
  readonly resources: readonly ScimResource[];
  readonly totalResults?: number;
  readonly startIndex?: number;
  /** Defaults to the number of resources on this page. */
  readonly itemsPerPage?: number;
  readonly nextCursor?: string;
  readonly previousCursor?: string;
}

export interface ListResponse {
  readonly schemas: readonly [typeof LIST_RESPONSE_SCHEMA];
  readonly totalResults?: number;
  readonly itemsPerPage: number;
  readonly startIndex?: number;
  readonly nextCursor?: string;
  readonly previousCursor?: string;
  readonly Resources: readonly ScimResource[];
}

export function buildListResponse(input: ListResponseInput): ListResponse {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    ...(input.totalResults === undefined ? {} : { totalResults: input.totalResults }),
    itemsPerPage: input.itemsPerPage ?? input.resources.length,
    ...(input.startIndex === undefined ? {} : { startIndex: input.startIndex }),
    ...(input.nextCursor === undefined ? {} : { nextCursor: input.nextCursor }),
    ...(input.previousCursor === undefined ? {} : { previousCursor: input.previousCursor }),
    // Always present, even when empty: Okta and Entra read `Resources` without checking for it.
    Resources: input.resources,
  };
}
