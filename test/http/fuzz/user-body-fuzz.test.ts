// Fuzzing POST /Users and PUT /Users/{id} bodies over HTTP (issue #8 "Bad input"; RFC 7644 sections
// 3.3 and 3.5.1): valid users with one attribute wrong, random attributes, random JSON and text
// that is not JSON, against seeded ids and unknown ones. Whatever the body, the answer is below
// 500: a valid SCIM error or the user.
import { bodyCase, bodyRequest } from './support/body-case.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';

defineFuzzSuite({
  file: 'test/http/fuzz/user-body-fuzz.test.ts',
  title: 'POST and PUT /Users bodies',
  cases: FUZZ_CASES.userBodies,
  inputs: bodyCase('Users'),
  toRequest: (input, fuzz) => bodyRequest('Users', input, fuzz),
});
