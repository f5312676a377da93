/** A generated POST or PUT request (user-body-fuzz and group-body-fuzz): method, target, body text, content type. */
import fc from 'fast-check';
import { notJsonObject, resourceBody } from './arbitraries/resource-body.ts';
import type { ResourceKind } from './arbitraries/scim-vocabulary.ts';
import type { FuzzRequest } from './fuzz-client.ts';
import type { FuzzGateway } from './fuzz-gateway.ts';
import { resolveReferences } from './resolve-references.ts';

export interface BodyCase {
  readonly method: 'POST' | 'PUT';
  /** For PUT: `@user#n`, `@group#n` or a literal id. */
  readonly target: string;
  /** JSON text of a generated value, or text that is not a JSON object. */
  readonly body: string;
  readonly contentType: string;
}

export function bodyCase(kind: ResourceKind): fc.Arbitrary<BodyCase> {
  const seeded = fc.nat({ max: 5 }).map((n) => (kind === 'Users' ? `@user#${n}` : `@group#${n % 3}`));
  return fc.record({
    method: fc.constantFrom('POST', 'PUT'),
    target: fc.oneof({ weight: 6, arbitrary: seeded }, { weight: 1, arbitrary: fc.constantFrom('x', '0000000000-00000000-0000-4000-8000-000000000000', '@group#1', '@user#1') }),
    body: fc.oneof({ weight: 9, arbitrary: resourceBody(kind).map((value) => JSON.stringify(value) ?? 'undefined') }, { weight: 1, arbitrary: notJsonObject }),
    contentType: fc.constantFrom('application/scim+json', 'application/scim+json', 'application/json', 'application/scim+json; charset=utf-8', 'application/json; charset=UTF-8'),
  });
}

export function bodyRequest(kind: ResourceKind, input: BodyCase, fuzz: FuzzGateway): FuzzRequest {
  const headers = { authorization: `Bearer ${fuzz.tokens.write}`, 'content-type': input.contentType };
  const path = input.method === 'POST' ? `/scim/v2/${kind}` : `/scim/v2/${kind}/${encodeURIComponent(resolveReferences(input.target, fuzz))}`;
  return { method: input.method, path, headers, body: resolveReferences(input.body, fuzz) };
}
