/**
 * What listing needs from one resource type to scan it: store pages (ListUsers, ListGroups, with
 * MaxResults and NextToken) and a renderer into SCIM resources for the requesting IdP. Users and
 * Groups each provide one; paging code (scan-all.ts, read-from-position.ts, page-by-index.ts,
 * page-by-cursor.ts) is written once against it.
 */
import type { Page, PageRequest } from '../../identity-store/port.ts';
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { ResourceSchema } from '../../scim/schema/types.ts';

export interface ScanSource<T> {
  readonly schema: ResourceSchema;
  fetchPage(page: PageRequest): Promise<Page<T>>;
  /** One resource per item, in the same order: cursor positions count store items through it. */
  render(items: readonly T[]): Promise<ScimResource[]>;
  /**
   * Adds to the resources of the page being answered what neither the filter nor the sort needs
   * but the response shows (a group's members): read for that page only, not for every match a
   * scan or snapshot holds. May leave out a resource that disappeared meanwhile.
   */
  complete?(page: readonly ScimResource[]): Promise<readonly ScimResource[]>;
}

/** The largest MaxResults the Identity Store accepts: fewest calls per scan. */
export const STORE_PAGE_SIZE = 100;

export const MATCH_ALL: FilterPredicate = () => true;
