// Fuzzing query parameters over HTTP (issue #8 "Bad input"; RFC 7644 sections 3.4.2 and 3.9, RFC
// 9865): paging, sorting, attribute selection and cursors with junk values, in any case, repeated,
// unknown or malformed, on list and single-resource reads of /Users and /Groups, with write and
// read-only tokens. Whatever the query, the answer is below 500: a valid SCIM error, a resource or a list.
import fc from 'fast-check';
import { queryString } from './support/arbitraries/query-string.ts';
import type { ResourceKind } from './support/arbitraries/scim-vocabulary.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import type { FuzzGateway } from './support/fuzz-gateway.ts';
import { percentEncode } from './support/percent-encode.ts';
import { resolveReferences } from './support/resolve-references.ts';

interface QueryCase {
  readonly kind: ResourceKind;
  /** undefined: the list endpoint; else `@user#n`, `@group#n`. */
  readonly target: string | undefined;
  readonly query: string;
  readonly readOnlyToken: boolean;
}

function caseFor(kind: ResourceKind): fc.Arbitrary<QueryCase> {
  const seeded = fc.nat({ max: 5 }).map((n) => (kind === 'Users' ? `@user#${n}` : `@group#${n % 3}`));
  return fc.record({
    kind: fc.constant(kind),
    target: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: seeded }),
    query: queryString(kind),
    readOnlyToken: fc.boolean(),
  });
}

/** A real cursor of another query (`count=1` over all users): `@cursor` tests a valid but foreign one. */
let cursor = '';

async function captureCursor(fuzz: FuzzGateway): Promise<void> {
  const res = await fuzz.client.send({ method: 'GET', path: '/scim/v2/Users?cursor=&count=1', headers: { authorization: `Bearer ${fuzz.tokens.write}` } });
  const next = (JSON.parse(res.body) as { nextCursor?: unknown }).nextCursor;
  if (typeof next !== 'string') throw new Error(`no nextCursor from cursor paging: ${res.status} ${res.body}`);
  cursor = next;
}

defineFuzzSuite<QueryCase>({
  file: 'test/http/fuzz/query-fuzz.test.ts',
  title: 'query parameters',
  cases: FUZZ_CASES.queries,
  inputs: fc.oneof({ weight: 2, arbitrary: caseFor('Users') }, { weight: 1, arbitrary: caseFor('Groups') }),
  prepare: captureCursor,
  toRequest: (input, fuzz) => {
    const headers = { authorization: `Bearer ${input.readOnlyToken ? fuzz.tokens.read : fuzz.tokens.write}` };
    const resource = input.target === undefined ? '' : `/${percentEncode(resolveReferences(input.target, fuzz))}`;
    return { method: 'GET', path: `/scim/v2/${input.kind}${resource}${input.query.replaceAll('@cursor', percentEncode(cursor))}`, headers };
  },
});
