/**
 * The parts of a request around its body: methods, paths (resource names in odd case, ids that
 * are percent-encoded junk, path traversal, malformed percent-encoding, very long), and headers
 * (Authorization variants, content types, Content-Encoding with and without a matching body,
 * Accept, If-Match / If-None-Match junk, X-Request-Id). Header values stay within what HTTP
 * allows on the wire (tab, visible ASCII, Latin-1): node's client refuses anything else.
 */
import fc from 'fast-check';
import { percentEncode } from '../percent-encode.ts';
import { oddText, randomCase } from './scim-vocabulary.ts';

const headerChar = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 1, arbitrary: fc.constantFrom(0x09, 0x80, 0xa0, 0xe9, 0xff) },
).map((code) => String.fromCharCode(code));

export const headerText = fc.string({ unit: headerChar, maxLength: 60 });

export type TokenKind = 'write' | 'read' | 'foreign' | 'expired';

export type Authorization =
  | { readonly kind: 'token'; readonly token: TokenKind; readonly scheme: string; readonly suffix: string }
  | { readonly kind: 'raw'; readonly value: string | undefined };

export const authorization: fc.Arbitrary<Authorization> = fc.oneof(
  { weight: 14, arbitrary: fc.record({ kind: fc.constant('token' as const), token: fc.constant<TokenKind>('write'), scheme: fc.constant('Bearer '), suffix: fc.constant('') }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('token' as const),
      token: fc.constantFrom<TokenKind>('write', 'read', 'foreign', 'expired'),
      scheme: fc.constantFrom('Bearer ', 'bearer ', 'BEARER  ', 'Bearer\t', 'Basic ', 'Token ', ''),
      suffix: fc.constantFrom('', '', 'x', '.', ' ', '==', '.e30'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), value: fc.oneof(fc.constant(undefined), headerText, fc.constantFrom('Bearer', 'Bearer ', 'Bearer a.b.c', `Bearer ${'a'.repeat(8000)}`, 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.')) }) },
);

export const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('application/scim+json', 'application/json', 'application/scim+json; charset=utf-8') },
  { weight: 3, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/scim+json; charset=latin1', 'application/json; charset=utf-16', 'application/*', '*/*', 'application/scim+xml', 'application/json;;', 'application/json; charset="utf-8"', 'APPLICATION/SCIM+JSON', '') },
  { weight: 1, arbitrary: headerText },
);

export const entityTags = fc.oneof(
  fc.constantFrom('*', 'W/"1"', '"x"', '', 'W/', '"', '"a", W/"b"', 'W/"x", *', '*, *', '"\u00e9"', 'W/"@etag"'),
  headerText,
);

export const contentEncoding = fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-gzip', 'gzip, gzip', 'compress', 'GZIP');

/** What a generated body is sent as. */
export type BodyEncoding = 'plain' | 'compressed' | 'mislabelled';

const RESOURCE_PATHS = ['Users', 'Groups', 'Users/.search', 'Groups/.search', '.search', 'Me', 'Schemas', 'ResourceTypes', 'ServiceProviderConfig', 'Bulk', 'Unknown', ''];

/** The resource part of a path, in the case and shape clients get wrong. */
export const resourcePath = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Users', 'Groups') },
  { weight: 1, arbitrary: fc.constantFrom('Bulk', '.search') },
  { weight: 2, arbitrary: fc.constantFrom(...RESOURCE_PATHS).chain(randomCase) },
  { weight: 1, arbitrary: fc.constantFrom('Users/', 'Users//', '/Users', 'Users/./', 'Users/..', 'users', 'Users;x=1', 'Users%2F') },
);

/** An id path segment, already as it goes on the wire. `@user#n` / `@group#n` are resolved later. */
export const idSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 4 }).map((n) => `@user#${n}`) },
  { weight: 2, arbitrary: fc.nat({ max: 1 }).map((n) => `@group#${n}`) },
  { weight: 3, arbitrary: oddText.map(percentEncode) },
  { weight: 2, arbitrary: fc.constantFrom('..', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%2F', '%00', '%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', 'a%20b', '.', '~', '0000000000-00000000-0000-4000-8000-000000000000', 'd-0000000000', '@user#0%00', '@user#0.json', '@user#0/extra', '@user#0?', '@user#0;v=1') },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 12_000 }).map((length) => 'a'.repeat(length)) },
);
