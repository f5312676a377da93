/**
 * Reads the query string of `GET /Users`, `GET /Groups` (RFC 7644 section 3.4.2, RFC 9865
 * section 2) into a ListQuery.
 *
 * Parameter names are matched case-insensitively, like attribute names (RFC 7643 section 2.1):
 * hand-written clients send `StartIndex`. A parameter given twice is refused, naming it, rather
 * than silently picking one of the two values. Parameters this gateway does not know are ignored.
 */
import { ScimError } from '../errors.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { RawListParameters } from './build-list-query.ts';
import { buildListQuery } from './build-list-query.ts';
import type { ListLimits, ListQuery } from './list-query.ts';

export type QueryParameters = Readonly<Record<string, string | readonly string[] | undefined>>;

const LIST_PARAMETERS = ['filter', 'startIndex', 'count', 'cursor', 'sortBy', 'sortOrder', 'attributes', 'excludedAttributes'] as const;

/** The list parameters of a query string by their canonical names, each given at most once. */
export function readListParameters(params: QueryParameters): RawListParameters {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const name = LIST_PARAMETERS.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    if (name === undefined || value === undefined) continue;
    if (Array.isArray(value) || Object.hasOwn(raw, name)) {
      throw ScimError.invalidSyntax(`The query parameter ${name} is given more than once`);
    }
    // Query-string parsers can also produce objects (`filter[a]=b`); none of ours takes one.
    if (typeof value !== 'string') throw ScimError.invalidSyntax(`The query parameter ${name} must be a single value`);
    raw[name] = value;
  }
  return raw;
}

export function parseListQuery(params: QueryParameters, schema: ResourceSchema, limits: ListLimits): ListQuery {
  return buildListQuery(readListParameters(params), schema, limits);
}
