/**
 * Reads up to `count` matching resources from a position in the store's order, for cursor
 * paging (RFC 9865 section 2): stops as soon as `count` are collected and says where it stopped.
 *
 * A position is the NextToken of a store page (undefined: the first page) plus how many items of
 * that page were already consumed, because a filtered page of `count` rarely ends on a store page
 * boundary. Every read uses MaxResults 100, so re-reading a page with the same token gives the
 * same items to skip. A NextToken the store no longer accepts (ValidationException on the first
 * read) is an expired cursor; any later token was just issued, so its failure is a real error.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { Page } from '../../identity-store/port.ts';
import { ScimError } from '../../scim/errors.ts';
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { STORE_PAGE_SIZE, type ScanSource } from './scan-source.ts';

export interface StorePosition {
  /** NextToken of the store page to read; undefined for the first page. */
  readonly token: string | undefined;
  /** Items of that page already consumed. */
  readonly skip: number;
}

export const START_POSITION: StorePosition = { token: undefined, skip: 0 };

export interface PositionedRead {
  readonly resources: readonly ScimResource[];
  /** Where the next page starts; undefined when the store has nothing after this page. */
  readonly next: StorePosition | undefined;
}

export async function readFromPosition<T>(source: ScanSource<T>, predicate: FilterPredicate, from: StorePosition, count: number): Promise<PositionedRead> {
  if (count <= 0) return { resources: [], next: from };
  const resources: ScimResource[] = [];
  let position = from;
  let first = true;
  for (;;) {
    const page = await fetchAt(source, position, first);
    first = false;
    const items = page.items.slice(position.skip);
    const rendered = await source.render(items);
    for (const [index, resource] of rendered.entries()) {
      if (!predicate(resource)) continue;
      resources.push(resource);
      if (resources.length < count) continue;
      const consumed = position.skip + index + 1;
      if (consumed < page.items.length) return { resources, next: { token: position.token, skip: consumed } };
      return { resources, next: page.nextToken === undefined ? undefined : { token: page.nextToken, skip: 0 } };
    }
    if (page.nextToken === undefined) return { resources, next: undefined };
    position = { token: page.nextToken, skip: 0 };
  }
}

async function fetchAt<T>(source: ScanSource<T>, position: StorePosition, first: boolean): Promise<Page<T>> {
  try {
    return await source.fetchPage({ maxResults: STORE_PAGE_SIZE, ...(position.token === undefined ? {} : { nextToken: position.token }) });
  } catch (error) {
    if (first && position.token !== undefined && isIdentityStoreCallError(error) && error.failure.exception === 'ValidationException') {
      throw ScimError.expiredCursor('The cursor has expired: the Identity Store no longer accepts its position. Start again without a cursor.');
    }
    throw error;
  }
}
