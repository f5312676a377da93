/**
 * SCIM User (RFC 7643 section 4.1, 4.3) <-> Identity Store user, both directions.
 * docs/attribute-mapping.md is this file in prose; test/docs/attribute-mapping.test.ts keeps the
 * table there equal to USER_ATTRIBUTE_MAP.
 *
 * Input has already passed validateResourceInput, so multi-valued attributes hold at most as many
 * values as the store can (one; photos three) and types are right. `active` and `externalId` are
 * not store attributes: the caller adds them from the deactivation mode and gateway state.
 */
import type { JsonObject, JsonValue, ScimResource } from '../scim/resource.ts';
import { isJsonObject } from '../scim/resource.ts';
import { ENTERPRISE_USER_SCHEMA_ID as ENTERPRISE_USER_SCHEMA } from '../scim/schema/enterprise-user-schema.ts';
import { USER_SCHEMA_ID as USER_SCHEMA } from '../scim/schema/user-schema.ts';
import type { NewStoreUser, StoreAddress, StoreEnterprise, StorePhoto, StoreTypedValue, StoreUser } from '../identity-store/port.ts';


/** SCIM attribute -> store attribute (UpdateUser path). One row per attribute the store can hold. */
export const USER_ATTRIBUTE_MAP = [
  { scim: 'userName', store: 'userName', note: 'required; unique (case-insensitive); `<>;:%`, control characters and the names `Administrator`, `AWSAdministrators` are refused' },
  { scim: 'name.formatted', store: 'name.formatted', note: '' },
  { scim: 'name.familyName', store: 'name.familyName', note: 'required by the store: a user without it is refused (400)' },
  { scim: 'name.givenName', store: 'name.givenName', note: 'required by the store: a user without it is refused (400)' },
  { scim: 'name.middleName', store: 'name.middleName', note: '' },
  { scim: 'name.honorificPrefix', store: 'name.honorificPrefix', note: '' },
  { scim: 'name.honorificSuffix', store: 'name.honorificSuffix', note: '' },
  { scim: 'displayName', store: 'displayName', note: 'required by the store: derived when missing' },
  { scim: 'nickName', store: 'nickName', note: '' },
  { scim: 'profileUrl', store: 'profileUrl', note: '' },
  { scim: 'title', store: 'title', note: '' },
  { scim: 'userType', store: 'userType', note: '' },
  { scim: 'preferredLanguage', store: 'preferredLanguage', note: '' },
  { scim: 'locale', store: 'locale', note: '' },
  { scim: 'timezone', store: 'timezone', note: '' },
  { scim: 'emails', store: 'emails', note: 'one value: primary, else type work, else the first' },
  { scim: 'addresses', store: 'addresses', note: 'one value: primary, else type work, else the first' },
  { scim: 'phoneNumbers', store: 'phoneNumbers', note: 'one value: primary, else type work, else the first' },
  { scim: 'photos', store: 'photos', note: 'up to three values' },
  { scim: 'roles', store: 'roles', note: 'one value: primary, else type work, else the first' },
  { scim: `${ENTERPRISE_USER_SCHEMA}:employeeNumber`, store: 'aws:identitystore:enterprise.employeeNumber', note: 'every user read asks for the extension (one version per user)' },
  { scim: `${ENTERPRISE_USER_SCHEMA}:costCenter`, store: 'aws:identitystore:enterprise.costCenter', note: '' },
  { scim: `${ENTERPRISE_USER_SCHEMA}:organization`, store: 'aws:identitystore:enterprise.organization', note: '' },
  { scim: `${ENTERPRISE_USER_SCHEMA}:division`, store: 'aws:identitystore:enterprise.division', note: '' },
  { scim: `${ENTERPRISE_USER_SCHEMA}:department`, store: 'aws:identitystore:enterprise.department', note: '' },
  { scim: `${ENTERPRISE_USER_SCHEMA}:manager.value`, store: 'aws:identitystore:enterprise.manager', note: 'sent as `{value}`; a bare string from Entra is accepted' },
] as const;

/** Single-valued string attributes with the same name on both sides (userName aside: it is required). */
export const SIMPLE_STRINGS = ['displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone'] as const;
export const NAME_PARTS = ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'] as const;
const ADDRESS_PARTS = ['streetAddress', 'locality', 'region', 'postalCode', 'country', 'formatted', 'type'] as const;
export const ENTERPRISE_STRINGS = ['employeeNumber', 'costCenter', 'organization', 'division', 'department'] as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function pick<K extends string>(source: JsonObject, keys: readonly K[]): Partial<Record<K, string>> | undefined {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = text(source[key]);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function objects(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

function typedValues(value: JsonValue | undefined): StoreTypedValue[] | undefined {
  const list = objects(value).flatMap((item): StoreTypedValue[] => {
    const entry: Mutable<StoreTypedValue> = { ...pick(item, ['value', 'type'] as const) };
    if (entry.value === undefined) return [];
    if (item.primary === true) entry.primary = true;
    return [entry];
  });
  return list.length === 0 ? undefined : list;
}

function photos(value: JsonValue | undefined): StorePhoto[] | undefined {
  const list = objects(value).flatMap((item): StorePhoto[] => {
    const url = text(item.value);
    if (url === undefined) return [];
    const entry: Mutable<StorePhoto> = { value: url, ...pick(item, ['type', 'display'] as const) };
    if (item.primary === true) entry.primary = true;
    return [entry];
  });
  return list.length === 0 ? undefined : list;
}

function addresses(value: JsonValue | undefined): StoreAddress[] | undefined {
  const list = objects(value).flatMap((item): StoreAddress[] => {
    const entry: Mutable<StoreAddress> = { ...pick(item, ADDRESS_PARTS) };
    if (Object.keys(entry).filter((key) => key !== 'type').length === 0) return [];
    if (item.primary === true) entry.primary = true;
    return [entry];
  });
  return list.length === 0 ? undefined : list;
}

function enterpriseFrom(resource: ScimResource): StoreEnterprise | undefined {
  const extension = resource[ENTERPRISE_USER_SCHEMA];
  if (!isJsonObject(extension)) return undefined;
  const out: Mutable<StoreEnterprise> = { ...pick(extension, ENTERPRISE_STRINGS) };
  const manager = extension.manager;
  const managerId = isJsonObject(manager) ? text(manager.value) : text(manager);
  if (managerId !== undefined) out.manager = { value: managerId };
  return Object.keys(out).length === 0 ? undefined : out;
}

/** A validated SCIM User body -> what CreateUser takes (and what a diff compares). */
export function scimUserToStore(resource: ScimResource): NewStoreUser {
  const user: Mutable<NewStoreUser> = { userName: text(resource.userName) ?? '' };
  const name = isJsonObject(resource.name) ? pick(resource.name, NAME_PARTS) : undefined;
  if (name !== undefined) user.name = name;
  for (const key of SIMPLE_STRINGS) {
    const value = text(resource[key]);
    if (value !== undefined) user[key] = value;
  }
  const emailList = typedValues(resource.emails);
  if (emailList !== undefined) user.emails = emailList;
  const addressList = addresses(resource.addresses);
  if (addressList !== undefined) user.addresses = addressList;
  const phoneList = typedValues(resource.phoneNumbers);
  if (phoneList !== undefined) user.phoneNumbers = phoneList;
  const photoList = photos(resource.photos);
  if (photoList !== undefined) user.photos = photoList;
  const roleList = typedValues(resource.roles);
  if (roleList !== undefined) user.roles = roleList;
  const enterprise = enterpriseFrom(resource);
  if (enterprise !== undefined) user.enterprise = enterprise;
  return user;
}

export interface UserResponseContext {
  readonly active: boolean;
  readonly externalId: string | undefined;
  readonly location: string;
  readonly version: string;
}

/** A store user -> the SCIM User representation (before projection). */
export function storeUserToScim(user: StoreUser, context: UserResponseContext): ScimResource {
  const enterprise = user.enterprise === undefined ? undefined : (JSON.parse(JSON.stringify(user.enterprise)) as JsonObject);
  const hasEnterprise = enterprise !== undefined && Object.keys(enterprise).length > 0;
  const copy = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;
  const resource: Record<string, JsonValue> = {
    schemas: hasEnterprise ? [USER_SCHEMA, ENTERPRISE_USER_SCHEMA] : [USER_SCHEMA],
    id: user.id,
  };
  if (context.externalId !== undefined) resource.externalId = context.externalId;
  resource.userName = user.userName;
  if (user.name !== undefined) resource.name = copy(user.name);
  for (const key of SIMPLE_STRINGS) if (user[key] !== undefined) resource[key] = user[key];
  resource.active = context.active;
  if (user.emails !== undefined) resource.emails = copy(user.emails);
  if (user.addresses !== undefined) resource.addresses = copy(user.addresses);
  if (user.phoneNumbers !== undefined) resource.phoneNumbers = copy(user.phoneNumbers);
  if (user.photos !== undefined) resource.photos = copy(user.photos);
  if (user.roles !== undefined) resource.roles = copy(user.roles);
  if (hasEnterprise) resource[ENTERPRISE_USER_SCHEMA] = enterprise;
  resource.meta = {
    resourceType: 'User',
    ...(user.createdAt === undefined ? {} : { created: user.createdAt.toISOString() }),
    ...(user.updatedAt === undefined ? {} : { lastModified: user.updatedAt.toISOString() }),
    location: context.location,
    version: context.version,
  };
  return resource;
}
