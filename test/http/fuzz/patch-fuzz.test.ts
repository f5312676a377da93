// Fuzzing PATCH /Users/{id} over HTTP (issue #8 "Bad input"; RFC 7644 section 3.5.2): PatchOp
// shapes with random ops, paths and values, every User dialect fixture as is and mutated, and
// garbage, against seeded users and unknown ids, with If-Match junk now and then. Whatever the
// body, the answer is below 500: a valid SCIM error or the patched user.
import fc from 'fast-check';
import { patchBody } from './support/arbitraries/patch-body.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import { patchCase, patchRequest } from './support/patch-case.ts';

defineFuzzSuite({
  file: 'test/http/fuzz/patch-fuzz.test.ts',
  title: 'PATCH /Users/{id}',
  cases: FUZZ_CASES.userPatches,
  inputs: patchCase(patchBody('Users'), fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 5 }).map((n) => `@user#${n}`) }, { weight: 1, arbitrary: fc.constantFrom('@group#0', '0000000000-00000000-0000-4000-8000-000000000000', 'x') })),
  toRequest: (input, fuzz) => patchRequest('Users', input, fuzz),
});
