/**
 * Bodies for POST and PUT (RFC 7643 sections 4.1 and 4.2, RFC 7644 sections 3.3 and 3.5.1): valid
 * users and groups with one attribute replaced by something of the wrong type or shape, records of
 * real attribute names with random values, random JSON, and text that is not JSON at all.
 * `@user#n` / `@group#n` name seeded resources (resolve-references.ts).
 */
import fc from 'fast-check';
import { memberReference } from './patch-body.ts';
import { ENTERPRISE_URN, GROUP_SCHEMA_URN, USER_SCHEMA_URN, attributePath, randomCase, scimText, smallJson, unicodeText, type ResourceKind } from './scim-vocabulary.ts';

/** Values of every JSON type, weighted toward the ones SCIM attributes hold. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scimText },
  { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.integer(), fc.double(), fc.constant(null)) },
  { weight: 2, arbitrary: fc.array(fc.record({ value: fc.oneof(scimText, memberReference), type: fc.constantFrom('work', 'home'), primary: fc.oneof(fc.boolean(), fc.constant('true')) }, { requiredKeys: [] }), { maxLength: 4 }) },
  { weight: 1, arbitrary: smallJson },
);

/** Text the Identity Store accepts, so a valid resource is valid all the way down. */
const plainText = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .'-]{0,20}$/) }, { weight: 1, arbitrary: scimText });

const uniqueName = fc.tuple(fc.nat(), fc.constantFrom('@example.com', '', '@EXAMPLE.com', '.contractor@example.org')).map(([n, domain]) => `gen-${n}${domain}`);

const validUser = fc.record({
  schemas: fc.constantFrom([USER_SCHEMA_URN], [USER_SCHEMA_URN, ENTERPRISE_URN]),
  userName: fc.oneof({ weight: 4, arbitrary: uniqueName }, { weight: 1, arbitrary: plainText }),
  name: fc.record({ givenName: plainText, familyName: plainText, formatted: plainText, middleName: plainText }, { requiredKeys: ['givenName', 'familyName'] }),
  displayName: plainText,
  externalId: fc.oneof(plainText, uniqueName),
  active: fc.oneof(fc.boolean(), fc.constantFrom('True', 'false')),
  title: plainText,
  emails: fc.array(fc.record({ value: fc.oneof(uniqueName, plainText), type: fc.constantFrom('work', 'home', 'other'), primary: fc.boolean() }, { requiredKeys: ['value'] }), { maxLength: 3 }),
  phoneNumbers: fc.array(fc.record({ value: plainText, type: fc.constantFrom('work', 'mobile') }), { maxLength: 2 }),
  addresses: fc.array(fc.record({ streetAddress: plainText, locality: plainText, country: fc.constantFrom('US', 'DE', 'usa', '') }, { requiredKeys: [] }), { maxLength: 2 }),
  photos: fc.array(fc.record({ value: fc.constantFrom('https://example.com/a.png', 'not a url', ''), type: fc.constantFrom('photo', 'thumbnail') }), { maxLength: 4 }),
  roles: fc.array(fc.record({ value: plainText, primary: fc.boolean() }, { requiredKeys: [] }), { maxLength: 2 }),
  locale: fc.constantFrom('en-US', 'xx', ''),
  timezone: fc.constantFrom('Europe/Paris', 'Mars/Olympus', ''),
  [ENTERPRISE_URN]: fc.record({ employeeNumber: plainText, department: plainText, manager: fc.oneof(fc.record({ value: memberReference }), plainText) }, { requiredKeys: [] }),
}, { requiredKeys: ['schemas', 'userName', 'name', 'displayName'] });

const validGroup = fc.record({
  schemas: fc.constant([GROUP_SCHEMA_URN]),
  displayName: fc.oneof({ weight: 4, arbitrary: uniqueName }, { weight: 1, arbitrary: plainText }),
  externalId: plainText,
  members: fc.array(fc.record({ value: memberReference, type: fc.constantFrom('User', 'Group', 'user'), display: plainText }, { requiredKeys: ['value'] }), { maxLength: 5 }),
}, { requiredKeys: ['schemas', 'displayName'] });

/** A valid resource with one attribute given something else, under a name in odd case. */
function oneAttributeWrong(valid: fc.Arbitrary<Record<string, unknown>>, kind: ResourceKind): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(valid, attributePath(kind).chain(randomCase), anyValue).map(([resource, name, value]) => ({ ...resource, [name]: value }));
}

/** Text sent with a JSON content type that is not a JSON object, or not JSON at all. */
export const notJsonObject: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', 'null', '[]', '"text"', '42', 'true', '{', '{"a":', '{"schemas":[}', '\u0000', '{}{}', '{"a":1,}', "{'a':1}", 'NaN', '\ufeff{}'),
  unicodeText(30),
  fc.nat({ max: 5000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.nat({ max: 5000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
);

export function resourceBody(kind: ResourceKind): fc.Arbitrary<unknown> {
  const valid: fc.Arbitrary<Record<string, unknown>> = kind === 'Users' ? validUser : validGroup;
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 4, arbitrary: oneAttributeWrong(valid, kind) },
    { weight: 2, arbitrary: fc.dictionary(attributePath(kind), anyValue, { maxKeys: 8 }).map((attributes) => ({ schemas: [kind === 'Users' ? USER_SCHEMA_URN : GROUP_SCHEMA_URN], ...attributes })) },
    { weight: 1, arbitrary: valid.map((resource) => ({ ...resource, id: 'client-chosen', meta: { version: 'W/"x"', created: 'yesterday' }, schemas: ['urn:unknown'] })) },
    { weight: 1, arbitrary: smallJson },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }) },
  );
}
