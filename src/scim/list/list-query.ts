/**
 * A list query after parsing (RFC 7644 sections 3.4.2 and 3.4.3, RFC 9865 section 2): the same
 * shape whether it came from `GET /Users?...` or a `POST /.search` body, so the translation
 * layer plans one thing.
 */
import type { AttributePath } from '../attribute-path.ts';
import type { Filter } from '../filter/ast.ts';

export const SORT_ORDERS = ['ascending', 'descending'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const PAGINATION_METHODS = ['index', 'cursor'] as const;
export type PaginationMethod = (typeof PAGINATION_METHODS)[number];

/**
 * Index paging (RFC 7644 section 3.4.2.4) or cursor paging (RFC 9865 section 2). A cursor of
 * `undefined` asks for the first page (the client sent `cursor` with no value).
 */
export type Pagination =
  | { readonly method: 'index'; readonly startIndex: number; readonly count: number }
  | { readonly method: 'cursor'; readonly cursor: string | undefined; readonly count: number };

/**
 * Which attributes to return (RFC 7644 section 3.4.2.5). Paths are resolved against the schema
 * and written with its canonical names; `schema` is set only for extension attributes. A path
 * whose `attribute` is empty names a whole extension (`excludedAttributes=urn:...:enterprise:2.0:User`).
 */
export type AttributeSelection =
  | { readonly kind: 'default' }
  | { readonly kind: 'include'; readonly paths: readonly AttributePath[] }
  | { readonly kind: 'exclude'; readonly paths: readonly AttributePath[] };

export interface ListQuery {
  readonly filter?: Filter;
  readonly pagination: Pagination;
  readonly sortBy?: AttributePath;
  readonly sortOrder: SortOrder;
  readonly attributes: AttributeSelection;
}

/** The `pagination` capabilities of RFC 9865 section 4 that parsing needs; config supplies them. */
export interface ListLimits {
  readonly cursor: boolean;
  readonly index: boolean;
  readonly defaultPaginationMethod: PaginationMethod;
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
}
