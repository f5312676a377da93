/**
 * Reads a search across every resource type (RFC 7644 section 3.4.3: `POST /.search` at the
 * server root, or `GET /` with query parameters) into one ListQuery per type, or `undefined` for
 * a type the filter can match nothing of. Each type sees the filter restricted to the attributes
 * it has (restrict-filter-to-schema.ts) and the `attributes` it knows (unknown names are skipped,
 * as for one type). Names no type knows are still errors: a `sortBy` or a filter attribute
 * that exists nowhere is a 400, not an empty answer.
 *
 * Paging is by index only: a cursor would have to encode a position in every type's listing,
 * and no IdP searches the root with cursors.
 */
import { ScimError } from '../errors.ts';
import { formatAttributePath, type AttributePath } from '../attribute-path.ts';
import type { Filter } from '../filter/ast.ts';
import { parseFilter } from '../filter/parse-filter.ts';
import { restrictFilterToSchema } from '../filter/restrict-filter-to-schema.ts';
import { validateFilter } from '../filter/validate-filter.ts';
import { parseAttributePath } from '../schema/parse-attribute-path.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { RawListParameters } from './build-list-query.ts';
import { buildListQuery } from './build-list-query.ts';
import type { ListLimits, ListQuery } from './list-query.ts';

export interface RootSearchPart {
  readonly schema: ResourceSchema;
  /** `undefined`: the filter can match no resource of this type, so it is not asked at all. */
  readonly query: ListQuery | undefined;
}

export interface RootSearch {
  readonly parts: readonly RootSearchPart[];
  readonly startIndex: number;
  readonly count: number;
  /** The schema `sortBy` was resolved in, when the search is sorted (sortResources needs one). */
  readonly sortSchema: ResourceSchema | undefined;
}

function readFilterText(raw: unknown): Filter | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw ScimError.invalidValue('filter must be a string');
  return raw.trim() === '' ? undefined : parseFilter(raw);
}

function attributePaths(filter: Filter): AttributePath[] {
  switch (filter.kind) {
    case 'compare':
    case 'present':
    case 'valuePath':
      return [filter.path];
    case 'and':
    case 'or':
      return filter.operands.flatMap(attributePaths);
    case 'not':
      return attributePaths(filter.operand);
    default: {
      const unreachable: never = filter;
      return unreachable;
    }
  }
}

/** A filter attribute that no resource type has is a typo, not an empty directory. */
function checkEveryAttributeExists(filter: Filter, schemas: readonly ResourceSchema[]): void {
  for (const path of attributePaths(filter)) {
    if (!schemas.some((schema) => resolveAttribute(schema, path) !== undefined)) {
      throw ScimError.invalidFilter(`The filter names an attribute no resource type has: ${formatAttributePath(path)}`);
    }
  }
}

function resolvesIn(schema: ResourceSchema, text: unknown): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const path = parseAttributePath(text.trim());
  return path !== undefined && resolveAttribute(schema, path) !== undefined;
}

export function parseRootSearch(raw: RawListParameters, schemas: readonly ResourceSchema[], limits: ListLimits): RootSearch {
  if (raw.cursor !== undefined && raw.cursor !== null) {
    throw ScimError.invalidValue('A search across all resource types pages by startIndex and count only; search /Users or /Groups to page with a cursor');
  }
  const filter = readFilterText(raw.filter);
  const sortBy = typeof raw.sortBy === 'string' && raw.sortBy.trim() !== '' ? raw.sortBy : undefined;
  const sortSchema = sortBy === undefined ? undefined : schemas.find((schema) => resolvesIn(schema, sortBy));
  if (sortBy !== undefined && sortSchema === undefined) throw ScimError.invalidValue(`sortBy names no attribute of any resource type: "${sortBy}"`);

  if (filter !== undefined) checkEveryAttributeExists(filter, schemas);

  const indexOnly: ListLimits = { ...limits, cursor: false, index: true, defaultPaginationMethod: 'index' };
  const parts = schemas.map((schema): RootSearchPart => {
    const query = buildListQuery({ ...raw, filter: undefined, sortBy: resolvesIn(schema, sortBy) ? sortBy : undefined }, schema, indexOnly);
    if (filter === undefined) return { schema, query };
    const restricted = restrictFilterToSchema(filter, schema);
    if (typeof restricted === 'boolean') return { schema, query: restricted ? query : undefined };
    validateFilter(restricted, schema);
    return { schema, query: { ...query, filter: restricted } };
  });
  const [firstSchema] = schemas;
  if (firstSchema === undefined) throw new Error('parseRootSearch: no resource types to search');
  const pagination = buildListQuery({ ...raw, filter: undefined, sortBy: undefined }, firstSchema, indexOnly).pagination;
  if (pagination.method !== 'index') throw new Error('parseRootSearch: index paging was asked for, not a cursor');
  return { parts, startIndex: pagination.startIndex, count: pagination.count, sortSchema };
}
