/**
 * Reads every resource of a type through store pages of 100 and keeps those the predicate
 * accepts (RFC 7644 section 3.4.2.2 evaluated in memory), in the store's order: the one way to
 * answer a filter the Identity Store cannot, and to count `totalResults` exactly.
 *
 * `keep` turns each match into what is kept as soon as it is found, so a scan that keeps JSON
 * strings (a snapshot) holds one store page of rendered objects at a time, not every match.
 */
import type { FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { STORE_PAGE_SIZE, type ScanSource } from './scan-source.ts';

export async function scanAll<T, K>(source: ScanSource<T>, predicate: FilterPredicate, keep: (match: ScimResource) => K): Promise<K[]> {
  const matches: K[] = [];
  let nextToken: string | undefined;
  do {
    const page = await source.fetchPage({ maxResults: STORE_PAGE_SIZE, ...(nextToken === undefined ? {} : { nextToken }) });
    const rendered = await source.render(page.items);
    for (const resource of rendered) if (predicate(resource)) matches.push(keep(resource));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return matches;
}
