/**
 * Turns list parameters, already lifted out of a query string or a `.search` body, into a
 * ListQuery (RFC 7644 sections 3.4.2.2 to 3.4.2.5, RFC 9865 section 2). Both parsers end here so
 * GET and POST `.search` follow the same rules.
 */
import type { AttributePath } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { Filter } from '../filter/ast.ts';
import { parseFilter } from '../filter/parse-filter.ts';
import { validateFilter } from '../filter/validate-filter.ts';
import { canonicalPath } from '../schema/canonical-path.ts';
import { parseAttributePath } from '../schema/parse-attribute-path.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { ListLimits, ListQuery, Pagination, SortOrder } from './list-query.ts';
import { SORT_ORDERS } from './list-query.ts';
import { parseAttributeSelection } from './parse-attribute-selection.ts';
import { readQueryInteger } from './read-query-integer.ts';

/** The list parameters as the client sent them; `cursor: null` in a body means "no cursor". */
export interface RawListParameters {
  readonly filter?: unknown;
  readonly startIndex?: unknown;
  readonly count?: unknown;
  readonly cursor?: unknown;
  readonly sortBy?: unknown;
  readonly sortOrder?: unknown;
  readonly attributes?: unknown;
  readonly excludedAttributes?: unknown;
}

// RFC 9865 section 2: a cursor is made of URL-safe characters (RFC 3986 section 2.3, unreserved).
const CURSOR = /^[A-Za-z0-9._~-]*$/;

function readString(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw ScimError.invalidValue(`${name} must be a string`);
  return value;
}

function readPagination(raw: RawListParameters, limits: ListLimits): Pagination {
  const startIndex = readQueryInteger('startIndex', raw.startIndex);
  const requested = readQueryInteger('count', raw.count);
  // RFC 7644 section 3.4.2.4: a negative count is 0; above the maximum the provider returns the maximum.
  const count = requested === undefined ? limits.defaultPageSize : Math.min(Math.max(requested, 0), limits.maxPageSize);
  const cursor = readString('cursor', raw.cursor);
  if (cursor !== undefined && startIndex !== undefined) {
    throw ScimError.invalidValue('cursor and startIndex cannot be combined: page either by cursor (RFC 9865) or by index');
  }
  const method = cursor !== undefined ? 'cursor' : startIndex !== undefined ? 'index' : limits.defaultPaginationMethod;
  if (!limits[method]) throw ScimError.notImplemented(`${method} pagination is not supported by this service provider`);
  if (method === 'cursor') {
    if (cursor !== undefined && !CURSOR.test(cursor)) throw ScimError.invalidCursor('The cursor holds characters no cursor of this service provider has');
    return { method, cursor: cursor === '' ? undefined : cursor, count };
  }
  // RFC 7644 section 3.4.2.4: a startIndex below 1 is interpreted as 1.
  return { method, startIndex: Math.max(startIndex ?? 1, 1), count };
}

function readSortBy(raw: unknown, schema: ResourceSchema): AttributePath | undefined {
  const text = readString('sortBy', raw)?.trim();
  if (text === undefined || text === '') return undefined;
  const path = parseAttributePath(text);
  const resolved = path === undefined ? undefined : resolveAttribute(schema, path);
  if (resolved === undefined) throw ScimError.invalidValue(`sortBy names no attribute of a ${schema.resourceType.name}: "${text}"`);
  const target = resolved.subAttribute ?? resolved.attribute;
  // A single-valued complex attribute has no value to order by; a multi-valued one sorts by its `value`.
  if (target.type === 'complex' && !target.multiValued) {
    throw ScimError.invalidValue(`sortBy cannot order by the complex attribute "${text}"; name one of its sub-attributes`);
  }
  return canonicalPath(resolved, schema);
}

function readSortOrder(raw: unknown): SortOrder {
  const text = readString('sortOrder', raw)?.trim().toLowerCase();
  if (text === undefined || text === '') return 'ascending';
  const order = SORT_ORDERS.find((candidate) => candidate === text);
  if (order === undefined) throw ScimError.invalidValue(`sortOrder must be "ascending" or "descending", got "${text}"`);
  return order;
}

/** Parsed and checked against the schema, so a ListQuery never names an unknown attribute. */
function readFilter(raw: unknown, schema: ResourceSchema): Filter | undefined {
  const text = readString('filter', raw);
  // An empty `filter=` is no filter: some clients always send the parameter.
  if (text === undefined || text.trim() === '') return undefined;
  const filter = parseFilter(text);
  validateFilter(filter, schema);
  return filter;
}

export function buildListQuery(raw: RawListParameters, schema: ResourceSchema, limits: ListLimits): ListQuery {
  const filter = readFilter(raw.filter, schema);
  const sortBy = readSortBy(raw.sortBy, schema);
  return {
    ...(filter === undefined ? {} : { filter }),
    pagination: readPagination(raw, limits),
    ...(sortBy === undefined ? {} : { sortBy }),
    sortOrder: readSortOrder(raw.sortOrder),
    attributes: parseAttributeSelection(raw.attributes, raw.excludedAttributes, schema),
  };
}
