/**
 * Converts between the SDK's PascalCase shapes and the port's lowerCamel ones. Structures in the
 * Identity Store model are PascalCase on the wire (`Name.GivenName`, `Emails[].Primary`) while
 * UpdateUser paths and values are lowerCamel, so the port uses lowerCamel throughout and this file
 * is the one place that knows both. Extension documents are already lowerCamel and pass unchanged.
 */
import type { Group, User } from '@aws-sdk/client-identitystore';
import { ENTERPRISE_EXTENSION, type NewStoreUser, type StoreEnterprise, type StoreExternalId, type StoreGroup, type StoreUser } from './port.ts';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function rekey(value: unknown, key: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rekey(item, key));
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [name, inner] of Object.entries(value)) {
    // The SDK leaves absent members undefined and moto sends explicit nulls: both mean "not set".
    if (inner === undefined || inner === null) continue;
    out[key(name)] = rekey(inner, key);
  }
  return out;
}

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

export const toLowerCamel = (value: unknown): unknown => rekey(value, lowerFirst);
export const toPascal = (value: unknown): unknown => rekey(value, upperFirst);

function externalIdsOf(list: readonly { Issuer?: string | undefined; Id?: string | undefined }[] | undefined): StoreExternalId[] {
  return (list ?? []).flatMap((entry) => (entry.Issuer !== undefined && entry.Id !== undefined ? [{ issuer: entry.Issuer, id: entry.Id }] : []));
}

function enterpriseOf(extensions: Record<string, unknown> | undefined): StoreEnterprise | undefined {
  const document = extensions?.[ENTERPRISE_EXTENSION];
  return isPlain(document) ? (rekey(document, (name) => name) as StoreEnterprise) : undefined;
}

/** DescribeUser's response and ListUsers' items share the User shape. */
export function fromSdkUser(user: User): StoreUser {
  const { UserId, ExternalIds, Extensions, IdentityStoreId: _store, CreatedBy: _cb, UpdatedBy: _ub, CreatedAt, UpdatedAt, UserStatus, ...rest } = user;
  const enterprise = enterpriseOf(Extensions);
  return {
    ...(toLowerCamel(rest) as Omit<StoreUser, 'id' | 'externalIds'>),
    id: UserId ?? '',
    externalIds: externalIdsOf(ExternalIds),
    ...(UserStatus === 'ENABLED' || UserStatus === 'DISABLED' ? { userStatus: UserStatus } : {}),
    ...(CreatedAt === undefined ? {} : { createdAt: new Date(CreatedAt) }),
    ...(UpdatedAt === undefined ? {} : { updatedAt: new Date(UpdatedAt) }),
    ...(enterprise === undefined ? {} : { enterprise }),
  };
}

export function fromSdkGroup(group: Group): StoreGroup {
  return {
    id: group.GroupId ?? '',
    displayName: group.DisplayName ?? '',
    ...(group.Description === undefined || group.Description === null ? {} : { description: group.Description }),
    externalIds: externalIdsOf(group.ExternalIds),
    ...(group.CreatedAt === undefined ? {} : { createdAt: new Date(group.CreatedAt) }),
    ...(group.UpdatedAt === undefined ? {} : { updatedAt: new Date(group.UpdatedAt) }),
  };
}

/** CreateUser's members, PascalCase, with the enterprise attributes as an Extensions document. */
export function toSdkNewUser(user: NewStoreUser): Plain {
  const { enterprise, ...core } = user;
  const input = toPascal(core) as Plain;
  if (enterprise !== undefined && Object.keys(enterprise).length > 0) input.Extensions = { [ENTERPRISE_EXTENSION]: enterprise };
  return input;
}
