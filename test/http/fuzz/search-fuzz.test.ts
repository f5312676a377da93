// Fuzzing searches over HTTP (issue #8 "Bad input"; RFC 7644 sections 3.4.2.2 and 3.4.3): Group
// filters on GET /Groups?filter=, and SearchRequest bodies on POST /Users/.search and
// /Groups/.search whose filter, paging and attribute members are generated filters or any JSON.
// Whatever the search, the answer is below 500: a valid SCIM error or a list.
import fc from 'fast-check';
import { anyFilter } from './support/arbitraries/filter-text.ts';
import { SEARCH_REQUEST_URN, smallJson, type ResourceKind } from './support/arbitraries/scim-vocabulary.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import { percentEncode } from './support/percent-encode.ts';

type SearchCase =
  | { readonly via: 'query'; readonly filter: string; readonly paging: string }
  | { readonly via: 'search'; readonly kind: ResourceKind; readonly body: Readonly<Record<string, unknown>> };

// Built once per kind: building arbitraries inside chain() for every case costs more than the requests.
const filterOf: Readonly<Record<ResourceKind, fc.Arbitrary<string>>> = { Users: anyFilter('Users'), Groups: anyFilter('Groups') };

/** Mostly `valid`, now and then any JSON: one junk member is enough for a 400, so junk stays rare per member. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: smallJson });
}

function searchBody(kind: ResourceKind): fc.Arbitrary<Readonly<Record<string, unknown>>> {
  return fc.record({
    schemas: mostly(fc.constant([SEARCH_REQUEST_URN])),
    filter: mostly(filterOf[kind]),
    startIndex: mostly(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom('2', '1.5'))),
    count: mostly(fc.oneof(fc.integer({ min: -2, max: 200 }), fc.constantFrom('10', 'all'))),
    sortBy: mostly(fc.constantFrom('userName', 'displayName', 'meta.created', 'members', 'emails[type eq "work"]', 'title')),
    sortOrder: mostly(fc.constantFrom('ascending', 'DESCENDING', 'up')),
    attributes: mostly(fc.constantFrom(['userName'], ['displayName', 'members'], 'userName,emails', ['members.value'])),
    excludedAttributes: mostly(fc.constantFrom(['members'], ['emails'], 'groups')),
    cursor: mostly(fc.constantFrom('', 'AAAA')),
  }, { requiredKeys: ['schemas'] });
}

defineFuzzSuite<SearchCase>({
  file: 'test/http/fuzz/search-fuzz.test.ts',
  title: 'GET /Groups?filter= and POST .search',
  cases: FUZZ_CASES.searches,
  inputs: fc.oneof(
    fc.record({ via: fc.constant('query' as const), filter: filterOf.Groups, paging: fc.constantFrom('', '&count=1', '&excludedAttributes=members', '&sortBy=displayName', '&startIndex=3') }),
    fc.record({ via: fc.constant('search' as const), kind: fc.constant<ResourceKind>('Users'), body: searchBody('Users') }),
    fc.record({ via: fc.constant('search' as const), kind: fc.constant<ResourceKind>('Groups'), body: searchBody('Groups') }),
  ),
  toRequest: (input, fuzz) => {
    const headers = { authorization: `Bearer ${fuzz.tokens.write}` };
    if (input.via === 'query') return { method: 'GET', path: `/scim/v2/Groups?filter=${percentEncode(input.filter)}${input.paging}`, headers };
    return { method: 'POST', path: `/scim/v2/${input.kind}/.search`, headers: { ...headers, 'content-type': 'application/scim+json' }, body: JSON.stringify(input.body) };
  },
});
