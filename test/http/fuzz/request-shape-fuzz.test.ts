// Fuzzing the shape of requests over HTTP (issue #8 "Bad input"): methods, paths and ids (encoded
// junk, traversal, malformed percent-encoding, very long), Authorization variants, content types,
// Content-Encoding with and without a matching body, Accept, If-Match / If-None-Match junk and
// X-Request-Id, on every SCIM endpoint. Whatever the request, the gateway answers below 500 with a
// valid SCIM error or a JSON resource.
import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { authorization, contentEncoding, contentType, entityTags, headerText, idSegment, resourcePath, type Authorization, type BodyEncoding } from './support/arbitraries/request-shape.ts';
import { PATCH_OP_URN, USER_SCHEMA_URN, smallJson } from './support/arbitraries/scim-vocabulary.ts';
import { defineFuzzSuite } from './support/define-fuzz-suite.ts';
import { FUZZ_CASES } from './support/fuzz-budget.ts';
import type { FuzzRequest } from './support/fuzz-client.ts';
import type { FuzzGateway } from './support/fuzz-gateway.ts';
import { resolveReferences } from './support/resolve-references.ts';

interface ShapeCase {
  // OPTIONS is left out: express answers it by itself with 200 and a text/plain Allow list.
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  readonly resource: string;
  readonly id: string | undefined;
  readonly authorization: Authorization;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly encoding: BodyEncoding;
  readonly contentEncoding: string;
}

const optionalHeaders = fc.record({
  'content-type': contentType,
  accept: fc.constantFrom('application/scim+json', 'application/json', '*/*', 'text/html', 'application/xml', '', 'application/scim+json;q=0'),
  'if-match': entityTags,
  'if-none-match': entityTags,
  'x-request-id': fc.oneof(headerText, fc.constant('x'.repeat(200))),
  'x-http-method-override': fc.constantFrom('DELETE', 'PATCH'),
  'x-forwarded-proto': fc.constantFrom('https', 'gopher', ''),
  'x-forwarded-host': fc.oneof(headerText, fc.constant('evil.example')),
}, { requiredKeys: [] });

const validBodies = fc.constantFrom<unknown>(
  { schemas: [USER_SCHEMA_URN], userName: 'shape@example.com', name: { givenName: 'S', familyName: 'H' }, displayName: 'S H' },
  { schemas: [PATCH_OP_URN], Operations: [{ op: 'replace', path: 'title', value: 'Shaped' }] },
  { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'userName sw "fuzz"', count: 2 },
  { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Shaped group', members: [{ value: '@user#1' }] },
  {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
    Operations: [
      { method: 'POST', path: '/Users', bulkId: 'b1', data: { schemas: [USER_SCHEMA_URN], userName: 'bulk-shape@example.com', name: { givenName: 'B', familyName: 'S' }, displayName: 'B S' } },
      { method: 'PATCH', path: '/Users/bulkId:b1', data: { schemas: [PATCH_OP_URN], Operations: [{ op: 'replace', path: 'title', value: 'Bulk' }] } },
      { method: 'DELETE', path: '/Groups/@group#2' },
    ],
  },
);

const inputs: fc.Arbitrary<ShapeCase> = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  resource: resourcePath,
  id: fc.option(idSegment, { nil: undefined, freq: 3 }),
  authorization,
  headers: optionalHeaders,
  body: fc.oneof({ weight: 3, arbitrary: validBodies }, { weight: 1, arbitrary: smallJson }, { weight: 1, arbitrary: fc.constant(undefined) }),
  encoding: fc.constantFrom<BodyEncoding>('plain', 'plain', 'plain', 'compressed', 'mislabelled'),
  contentEncoding,
});

function authorizationHeader(value: Authorization, fuzz: FuzzGateway): string | undefined {
  return value.kind === 'raw' ? value.value : `${value.scheme}${fuzz.tokens[value.token]}${value.suffix}`;
}

function encodeBody(input: ShapeCase, text: string): { body: Buffer; contentEncoding: string | undefined } {
  switch (input.encoding) {
    case 'plain': return { body: Buffer.from(text), contentEncoding: undefined };
    case 'compressed': return input.contentEncoding.toLowerCase().includes('deflate')
      ? { body: deflateSync(text), contentEncoding: 'deflate' }
      : { body: gzipSync(text), contentEncoding: 'gzip' };
    // Says it is compressed but is not (or says an encoding the body is not in).
    case 'mislabelled': return { body: Buffer.from(text), contentEncoding: input.contentEncoding };
  }
}

function toRequest(input: ShapeCase, fuzz: FuzzGateway): FuzzRequest {
  // Deleting the seeded users would leave nothing to read: DELETE targets the last user and group only.
  const id = input.id === undefined ? undefined : input.method === 'DELETE' ? input.id.replace(/@user#\d+/, '@user#5').replace(/@group#\d+/, '@group#2') : input.id;
  const path = `/scim/v2/${input.resource}${id === undefined ? '' : `/${resolveReferences(id, fuzz)}`}`;
  const headers: Record<string, string> = { ...input.headers };
  const bearer = authorizationHeader(input.authorization, fuzz);
  if (bearer !== undefined) headers['authorization'] = bearer;
  if (input.body === undefined) return { method: input.method, path, headers };
  const encoded = encodeBody(input, resolveReferences(JSON.stringify(input.body), fuzz));
  if (encoded.contentEncoding !== undefined) headers['content-encoding'] = encoded.contentEncoding;
  return { method: input.method, path, headers, body: encoded.body };
}

defineFuzzSuite<ShapeCase>({
  file: 'test/http/fuzz/request-shape-fuzz.test.ts',
  title: 'request shapes (methods, paths, ids, headers)',
  cases: FUZZ_CASES.requests,
  inputs,
  toRequest,
});
