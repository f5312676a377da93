// Fuzzing filters on GET /Users?filter= over HTTP (issue #8 "Bad input"; RFC 7644 section
// 3.4.2.2): grammar-aware filters with real attribute names, near-misses and garbage, with paging,
// sorting and projection beside them. Whatever the filter, the answer is below 500: a valid SCIM
// error or a list.
import fc from 'fast-check';
import { anyFilter } from './support/arbitraries/filter-text.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import { percentEncode } from './support/percent-encode.ts';

interface FilterCase {
  readonly filter: string;
  readonly paging: string;
}

defineFuzzSuite<FilterCase>({
  file: 'test/http/fuzz/filter-fuzz.test.ts',
  title: 'GET /Users?filter=',
  cases: FUZZ_CASES.userFilters,
  inputs: fc.record({
    filter: anyFilter('Users'),
    paging: fc.constantFrom('', '', '&count=2', '&startIndex=2&count=1', '&count=0', '&sortBy=userName', '&sortBy=name.familyName&sortOrder=descending', '&cursor=&count=3', '&attributes=userName,emails', '&excludedAttributes=groups'),
  }),
  toRequest: (input, fuzz) => ({ method: 'GET', path: `/scim/v2/Users?filter=${percentEncode(input.filter)}${input.paging}`, headers: { authorization: `Bearer ${fuzz.tokens.write}` } }),
});
