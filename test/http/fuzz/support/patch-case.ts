/** A generated PATCH request (patch-fuzz and group-patch-fuzz): target, body and the headers around it. */
import fc from 'fast-check';
import type { ResourceKind } from './arbitraries/scim-vocabulary.ts';
import type { FuzzRequest } from './fuzz-client.ts';
import type { FuzzGateway } from './fuzz-gateway.ts';
import { resolveReferences } from './resolve-references.ts';

export interface PatchCase {
  /** `@user#n` / `@group#n` or a literal (unknown) id. */
  readonly target: string;
  readonly body: unknown;
  readonly ifMatch: string | undefined;
  readonly contentType: string;
}

export function patchCase(bodies: fc.Arbitrary<unknown>, targets: fc.Arbitrary<string>): fc.Arbitrary<PatchCase> {
  return fc.record({
    target: targets,
    body: bodies,
    ifMatch: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('*', 'W/"nope"', '"x"', '', 'W/', '"a", W/"b"') }),
    contentType: fc.constantFrom('application/scim+json', 'application/scim+json', 'application/json', 'application/json; charset=utf-8'),
  });
}

export function patchRequest(kind: ResourceKind, input: PatchCase, fuzz: FuzzGateway): FuzzRequest {
  const headers: Record<string, string> = { authorization: `Bearer ${fuzz.tokens.write}`, 'content-type': input.contentType };
  if (input.ifMatch !== undefined) headers['if-match'] = input.ifMatch;
  const id = resolveReferences(input.target, fuzz);
  return { method: 'PATCH', path: `/scim/v2/${kind}/${encodeURIComponent(id)}`, headers, body: resolveReferences(JSON.stringify(input.body), fuzz) };
}
