// Fuzzing POST and PUT bodies over HTTP (issue #8 "Bad input"; RFC 7644 sections 3.3 and 3.5.1):
// valid users and groups with one attribute wrong, random attributes, random JSON and text that
// is not JSON, against /Users and /Groups, seeded ids and unknown ones. Whatever the body, the
// answer is below 500: a valid SCIM error or the resource.
import fc from 'fast-check';
import { notJsonObject, resourceBody } from './support/arbitraries/resource-body.ts';
import type { ResourceKind } from './support/arbitraries/scim-vocabulary.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import { resolveReferences } from './support/resolve-references.ts';

interface BodyCase {
  readonly kind: ResourceKind;
  readonly method: 'POST' | 'PUT';
  /** For PUT: `@user#n`, `@group#n` or a literal id. */
  readonly target: string;
  /** JSON text of a generated value, or text that is not a JSON object. */
  readonly body: string;
  readonly contentType: string;
}

function caseFor(kind: ResourceKind): fc.Arbitrary<BodyCase> {
  const seeded = fc.nat({ max: 5 }).map((n) => (kind === 'Users' ? `@user#${n}` : `@group#${n % 3}`));
  return fc.record({
    kind: fc.constant(kind),
    method: fc.constantFrom('POST', 'PUT'),
    target: fc.oneof({ weight: 6, arbitrary: seeded }, { weight: 1, arbitrary: fc.constantFrom('x', '0000000000-00000000-0000-4000-8000-000000000000', '@group#1', '@user#1') }),
    body: fc.oneof({ weight: 9, arbitrary: resourceBody(kind).map((value) => JSON.stringify(value) ?? 'undefined') }, { weight: 1, arbitrary: notJsonObject }),
    contentType: fc.constantFrom('application/scim+json', 'application/scim+json', 'application/json', 'application/scim+json; charset=utf-8', 'application/json; charset=UTF-8'),
  });
}

defineFuzzSuite<BodyCase>({
  file: 'test/http/fuzz/resource-body-fuzz.test.ts',
  title: 'POST and PUT bodies',
  cases: FUZZ_CASES.bodies,
  inputs: fc.oneof({ weight: 2, arbitrary: caseFor('Users') }, { weight: 1, arbitrary: caseFor('Groups') }),
  toRequest: (input, fuzz) => {
    const headers = { authorization: `Bearer ${fuzz.tokens.write}`, 'content-type': input.contentType };
    const path = input.method === 'POST' ? `/scim/v2/${input.kind}` : `/scim/v2/${input.kind}/${encodeURIComponent(resolveReferences(input.target, fuzz))}`;
    return { method: input.method, path, headers, body: resolveReferences(input.body, fuzz) };
  },
});
