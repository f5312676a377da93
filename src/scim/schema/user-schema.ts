/**
 * The core User schema (RFC 7643 sections 4.1 and 8.7.1), trimmed to what the AWS Identity Store
 * can hold (User shape in identitystore-2020-06-15): emails, addresses, phoneNumbers and roles
 * hold one value, photos three. `ims`, `entitlements` and `x509Certificates` have no place in the
 * Identity Store, so they are left out: input carrying them is ignored like any unknown attribute,
 * and clients reading `/Schemas` (scim2-tester, Entra) do not expect them back.
 */
import { defineAttribute as attr } from './define-attribute.ts';
import type { AttributeDefinition, SchemaDefinition } from './types.ts';

export const USER_SCHEMA_ID = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** The rule every single-valued-in-AWS attribute states, so `/Schemas` says what we keep. */
function keepOneRule(noun: string, plural: string): string {
  return `The Identity Store holds one ${noun}; when several ${plural} are sent, the primary one, else the one of type work, else the first is kept.`;
}

const typeSub = (canonicalValues: readonly string[], what: string): AttributeDefinition =>
  attr({ name: 'type', canonicalValues, description: `A label indicating the ${what}'s function, e.g. ${canonicalValues.map((v) => `'${v}'`).join(', ')}.` });

const primarySub = (what: string): AttributeDefinition =>
  attr({ name: 'primary', type: 'boolean', description: `Whether this is the preferred ${what}. At most one value is primary.` });

const NAME = attr({
  name: 'name', type: 'complex', description: "The components of the user's real name.",
  subAttributes: [
    attr({ name: 'formatted', description: 'The full name, formatted for display.' }),
    attr({ name: 'familyName', description: 'The family name (last name in most Western languages). IAM Identity Center requires it.' }),
    attr({ name: 'givenName', description: 'The given name (first name in most Western languages). IAM Identity Center requires it.' }),
    attr({ name: 'middleName', description: 'The middle name(s).' }),
    attr({ name: 'honorificPrefix', description: "The honorific prefix(es), e.g. 'Ms.'." }),
    attr({ name: 'honorificSuffix', description: "The honorific suffix(es), e.g. 'III'." }),
  ],
});

const EMAILS = attr({
  name: 'emails', type: 'complex', multiValued: true, maxValues: 1,
  description: `Email address for the user. ${keepOneRule('email', 'emails')} The display sub-attribute is not stored.`,
  subAttributes: [
    attr({ name: 'value', description: 'Email address, canonicalized per RFC 5321. IAM Identity Center keeps it unique per user.' }),
    typeSub(['work', 'home', 'other'], 'email'),
    primarySub('email address'),
  ],
});

const PHONE_NUMBERS = attr({
  name: 'phoneNumbers', type: 'complex', multiValued: true, maxValues: 1,
  description: `Phone number for the user. ${keepOneRule('phone number', 'phone numbers')} The display sub-attribute is not stored.`,
  subAttributes: [
    attr({ name: 'value', description: 'Phone number, preferably in RFC 3966 form, e.g. tel:+1-201-555-0123.' }),
    typeSub(['work', 'home', 'mobile', 'fax', 'pager', 'other'], 'phone number'),
    primarySub('phone number'),
  ],
});

const PHOTOS = attr({
  name: 'photos', type: 'complex', multiValued: true, maxValues: 3,
  description: 'URLs of images of the user. The Identity Store holds up to three photos; when more are sent, the primary one comes first, then those of type work, then the rest in order, and the first three are kept.',
  subAttributes: [
    attr({ name: 'value', type: 'reference', referenceTypes: ['external'], caseExact: true, description: 'URL of an image of the user.' }),
    attr({ name: 'display', description: 'A human-readable description of the photo.' }),
    typeSub(['photo', 'thumbnail'], 'photo'),
    primarySub('photo'),
  ],
});

const ADDRESSES = attr({
  name: 'addresses', type: 'complex', multiValued: true, maxValues: 1,
  description: `A physical mailing address for the user. ${keepOneRule('address', 'addresses')}`,
  subAttributes: [
    attr({ name: 'formatted', description: 'The full mailing address, formatted for display.' }),
    attr({ name: 'streetAddress', description: 'The full street address, which may include house number, street name and P.O. box.' }),
    attr({ name: 'locality', description: 'The city or locality.' }),
    attr({ name: 'region', description: 'The state or region.' }),
    attr({ name: 'postalCode', description: 'The zip code or postal code.' }),
    attr({ name: 'country', description: 'The country name, in ISO 3166-1 alpha-2 code form, e.g. US.' }),
    typeSub(['work', 'home', 'other'], 'address'),
    primarySub('address'),
  ],
});

const GROUPS = attr({
  name: 'groups', type: 'complex', multiValued: true, mutability: 'readOnly',
  description: 'Groups the user belongs to, directly. Read-only: membership is changed through the Group resource, and values sent here are dropped.',
  subAttributes: [
    attr({ name: 'value', mutability: 'readOnly', caseExact: true, description: 'The id of the group.' }),
    attr({ name: '$ref', type: 'reference', referenceTypes: ['Group'], mutability: 'readOnly', caseExact: true, description: 'The URI of the group.' }),
    attr({ name: 'display', mutability: 'readOnly', description: "The group's displayName." }),
    attr({ name: 'type', mutability: 'readOnly', canonicalValues: ['direct', 'indirect'], description: "How the user belongs to the group: 'direct' (the Identity Store has no nested groups)." }),
  ],
});

const ROLES = attr({
  name: 'roles', type: 'complex', multiValued: true, maxValues: 1,
  description: `A role for the user. ${keepOneRule('role', 'roles')} The display sub-attribute is not stored.`,
  subAttributes: [
    attr({ name: 'value', description: 'The role name.' }),
    attr({ name: 'type', description: "A label indicating the role's function." }),
    primarySub('role'),
  ],
});

export const USER_SCHEMA: SchemaDefinition = {
  id: USER_SCHEMA_ID,
  name: 'User',
  description: 'User Account. ims, entitlements and x509Certificates cannot be held by the Identity Store and are ignored on input.',
  attributes: [
    attr({ name: 'userName', required: true, uniqueness: 'server',
      description: 'Unique identifier for the user, used to sign in; matched case-insensitively. At most 128 characters, none of <>;:%, and not Administrator or AWSAdministrators.' }),
    NAME,
    attr({ name: 'displayName', description: 'The name of the user, suitable for display. IAM Identity Center requires it.' }),
    attr({ name: 'nickName', description: 'The casual way to address the user.' }),
    attr({ name: 'profileUrl', type: 'reference', referenceTypes: ['external'], description: "A URI pointing to the user's online profile." }),
    attr({ name: 'title', description: "The user's title, e.g. 'Vice President'." }),
    attr({ name: 'userType', description: "The relationship between the organization and the user, e.g. 'Employee', 'Contractor'." }),
    attr({ name: 'preferredLanguage', description: "The user's preferred written or spoken language, e.g. 'en-US' (RFC 7231 Accept-Language form)." }),
    attr({ name: 'locale', description: "The user's default location for localizing items, e.g. 'en-US'." }),
    attr({ name: 'timezone', description: "The user's time zone in IANA form, e.g. 'America/Los_Angeles'." }),
    attr({ name: 'active', type: 'boolean', description: "The user's administrative status. false means the user cannot sign in (how this is enforced depends on the gateway's deactivation mode)." }),
    attr({ name: 'password', mutability: 'writeOnly', returned: 'never',
      description: 'Never stored: the Identity Store holds no passwords (users sign in through IAM Identity Center). Any value sent is dropped.' }),
    EMAILS,
    PHONE_NUMBERS,
    PHOTOS,
    ADDRESSES,
    GROUPS,
    ROLES,
  ],
};
