/**
 * Reads every resource of a type through store pages of 100 and keeps those the predicate
 * accepts (RFC 7644 section 3.4.2.2 evaluated in memory), in the store's order: the one way to
 * answer a filter the Identity Store cannot, and to count `totalResults` exactly.
 */
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { STORE_PAGE_SIZE, type ScanSource } from './scan-source.ts';

export async function scanAll<T>(source: ScanSource<T>, predicate: FilterPredicate): Promise<ScimResource[]> {
  const matches: ScimResource[] = [];
  let nextToken: string | undefined;
  do {
    const page = await source.fetchPage({ maxResults: STORE_PAGE_SIZE, ...(nextToken === undefined ? {} : { nextToken }) });
    const rendered = await source.render(page.items);
    for (const resource of rendered) if (predicate(resource)) matches.push(resource);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return matches;
}
