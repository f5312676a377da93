/**
 * Reads a `POST /Users/.search` (or `/.search`) body (RFC 7644 section 3.4.3, RFC 9865
 * section 2) into a ListQuery, with the same rules as the query string.
 *
 * The body must be a JSON object; its `schemas` is not checked for the SearchRequest URN,
 * because nothing else could be meant at this endpoint. Member names are matched
 * case-insensitively (RFC 7643 section 2.1).
 */
import { ScimError } from '../errors.ts';
import { isJsonObject } from '../resource.ts';
import { getMember } from '../schema/get-member.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { buildListQuery, type RawListParameters } from './build-list-query.ts';
import type { ListLimits, ListQuery } from './list-query.ts';

export const SEARCH_REQUEST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

/** The list parameters of a SearchRequest body, by their canonical names. */
export function readSearchParameters(body: unknown): RawListParameters {
  if (!isJsonObject(body)) throw ScimError.invalidSyntax('A search request body must be a JSON object');
  return {
    filter: getMember(body, 'filter'),
    startIndex: getMember(body, 'startIndex'),
    count: getMember(body, 'count'),
    cursor: getMember(body, 'cursor'),
    sortBy: getMember(body, 'sortBy'),
    sortOrder: getMember(body, 'sortOrder'),
    attributes: getMember(body, 'attributes'),
    excludedAttributes: getMember(body, 'excludedAttributes'),
  };
}

export function parseSearchRequest(body: unknown, schema: ResourceSchema, limits: ListLimits): ListQuery {
  return buildListQuery(readSearchParameters(body), schema, limits);
}
