// Fuzzing PATCH /Groups/{id} over HTTP (issue #8 "Bad input"; RFC 7644 section 3.5.2): member
// adds, removes and replaces by value, by filter and path-less, every Group dialect fixture as is
// and mutated, and garbage, against seeded groups (whose members are seeded users) and unknown
// ids. Whatever the body, the answer is below 500: a valid SCIM error or the patched group.
import fc from 'fast-check';
import { patchBody } from './support/arbitraries/patch-body.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import { patchCase, patchRequest } from './support/patch-case.ts';

defineFuzzSuite({
  file: 'test/http/fuzz/group-patch-fuzz.test.ts',
  title: 'PATCH /Groups/{id}',
  cases: FUZZ_CASES.groupPatches,
  inputs: patchCase(patchBody('Groups'), fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 2 }).map((n) => `@group#${n}`) }, { weight: 1, arbitrary: fc.constantFrom('@user#0', 'x', '0000000000-00000000-0000-4000-8000-000000000000') })),
  toRequest: (input, fuzz) => patchRequest('Groups', input, fuzz),
});
