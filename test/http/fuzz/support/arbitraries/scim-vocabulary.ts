/**
 * The words SCIM requests are made of, for generators: every attribute path the User and Group
 * schemas define (read from the schema definitions, so new attributes are fuzzed too), in the
 * spellings IdPs use (URN-qualified, odd case), a few names no schema has, and value pools that
 * collide with the seeded data often enough to reach the code behind a match.
 */
import fc from 'fast-check';
import { COMMON_ATTRIBUTES } from '../../../../../src/scim/schema/common-attributes.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../../src/scim/schema/resource-schemas.ts';
import type { AttributeDefinition, ResourceSchema } from '../../../../../src/scim/schema/types.ts';

export const USER_SCHEMA_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_OP_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SEARCH_REQUEST_URN = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

export type ResourceKind = 'Users' | 'Groups';

interface SchemaPath {
  /** `name.givenName`, `emails.value`, `meta.lastModified`. */
  readonly path: string;
  /** The schema URN that may prefix it. */
  readonly urn: string;
  readonly definition: AttributeDefinition;
  readonly multiValuedParent: boolean;
}

function pathsOf(schema: ResourceSchema): SchemaPath[] {
  const walk = (urn: string, attributes: readonly AttributeDefinition[]): SchemaPath[] =>
    attributes.flatMap((attribute) => [
      { path: attribute.name, urn, definition: attribute, multiValuedParent: false },
      ...(attribute.subAttributes ?? []).map((sub) => ({ path: `${attribute.name}.${sub.name}`, urn, definition: sub, multiValuedParent: attribute.multiValued })),
    ]);
  return [
    ...walk(schema.core.id, [...COMMON_ATTRIBUTES, ...schema.core.attributes]),
    ...schema.extensions.flatMap((extension) => walk(extension.id, extension.attributes)),
  ];
}

const PATHS: Readonly<Record<ResourceKind, readonly SchemaPath[]>> = {
  Users: pathsOf(USER_RESOURCE_SCHEMA),
  Groups: pathsOf(GROUP_RESOURCE_SCHEMA),
};

export function schemaPaths(kind: ResourceKind): readonly SchemaPath[] {
  return PATHS[kind];
}

const UNKNOWN_NAMES = ['ims', 'entitlements', 'x509Certificates', 'foo', 'foo.bar', 'emails.display', 'name.nickName', 'urn:example:ext:1.0:Thing:x', '$ref', 'members.value.value', '_', 'a-b'];

/** Random upper/lower case: attribute names and keywords are case-insensitive (RFC 7643 section 2.1). */
export function randomCase(text: string): fc.Arbitrary<string> {
  return fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((flips) =>
    [...text].map((char, index) => (flips[index] === true ? (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) : char)).join(''),
  );
}

/** An attribute path as an IdP might write it: plain, URN-qualified, odd case, or unknown. */
export function attributePath(kind: ResourceKind): fc.Arbitrary<string> {
  const known = fc.constantFrom(...PATHS[kind]);
  return fc.oneof(
    { weight: 6, arbitrary: known.map((entry) => entry.path) },
    { weight: 2, arbitrary: known.map((entry) => `${entry.urn}:${entry.path}`) },
    { weight: 2, arbitrary: known.chain((entry) => randomCase(entry.path)) },
    { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_NAMES) },
  );
}

/** Strings that often equal what the seeded users hold, and some that never could. */
export const seededText = fc.constantFrom(
  'fuzz-0@example.com', 'FUZZ-1@EXAMPLE.COM', 'fuzz-3@example.com', 'Alice', 'Liddell', 'Alice Liddell', 'Engineer', 'Manager',
  'ext-0', 'ext-4', 'dept-1', '1002', 'work', 'home', 'true', 'false', 'fuzz-group-0', 'fuzz-group-2', 'x', '',
);

const codePoint = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((point) => String.fromCodePoint(point));

/**
 * One code point anywhere in Unicode, weighted toward the interesting parts: controls, Latin-1,
 * combining marks, right-to-left, zero-width and BOM, CJK, astral (emoji). Built from integers
 * because fast-check's own 'binary' and 'grapheme' units take seconds to construct.
 */
export const anyCodePoint: fc.Arbitrary<string> = fc.oneof(
  codePoint(0x00, 0x1f),
  codePoint(0x20, 0x7e),
  codePoint(0x80, 0xff),
  codePoint(0x300, 0x36f),
  codePoint(0x590, 0x6ff),
  codePoint(0x200b, 0x202e),
  codePoint(0x4e00, 0x4f00),
  codePoint(0xfff0, 0xffff),
  codePoint(0x1f300, 0x1f64f),
  codePoint(0x10000, 0x10ffff),
);

/** Strings of any code points (never lone surrogates: those cannot be sent as UTF-8). */
export function unicodeText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: anyCodePoint, maxLength });
}

/** Text a fuzzer should try anywhere a string goes. */
export const oddText = fc.oneof(
  fc.string({ maxLength: 20 }),
  unicodeText(12),
  fc.constantFrom('\u0000', '\\', '"', '\\"', '\u202e', '\ud83d\ude00', 'a'.repeat(2049), '<>;:%', 'Administrator', ' ', '\t\n', 'null', '%00', '${x}', '../..'),
);

export const scimText = fc.oneof({ weight: 3, arbitrary: seededText }, { weight: 2, arbitrary: oddText });

/** Any JSON value, small, for places a fuzzer puts "something else". */
export const smallJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Strings for dateTime attributes, valid and not. */
export const dateTimeText = fc.oneof(
  fc.date({ noInvalidDate: true, min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z') }).map((date) => date.toISOString()),
  fc.constantFrom('2011-05-13T04:42:34Z', '2011-05-13', 'yesterday', '9999-99-99T99:99:99Z', '-000001-01-01T00:00:00Z'),
);
