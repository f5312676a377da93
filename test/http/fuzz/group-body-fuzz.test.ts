// Fuzzing POST /Groups and PUT /Groups/{id} bodies over HTTP (issue #8 "Bad input"; RFC 7644
// sections 3.3 and 3.5.1): valid groups with one attribute wrong, members naming seeded users,
// groups and nothing, random JSON and text that is not JSON. Whatever the body, the answer is
// below 500: a valid SCIM error or the group.
import { bodyCase, bodyRequest } from './support/body-case.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';

defineFuzzSuite({
  file: 'test/http/fuzz/group-body-fuzz.test.ts',
  title: 'POST and PUT /Groups bodies',
  cases: FUZZ_CASES.groupBodies,
  inputs: bodyCase('Groups'),
  toRequest: (input, fuzz) => bodyRequest('Groups', input, fuzz),
});
