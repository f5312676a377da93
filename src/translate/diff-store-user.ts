/**
 * The minimal UpdateUser for a PUT or PATCH: one AttributeOperation per attribute whose value
 * changed, none when nothing did (product brief call budgets). Sending only what changed is also
 * what keeps two IdPs' concurrent updates to different attributes from overwriting each other.
 *
 * Paths follow UpdateUser's rules: scalar and `name.*` paths one by one; multi-valued attributes
 * (emails, addresses, ...) replaced whole, because the store refuses per-element updates
 * ("please provide full replacement of Multi-Value attribute types"); a missing value removes.
 * Only attributes the gateway maps are compared, so store attributes SCIM has no home for
 * (website, birthdate) are never touched.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AttributeOperation, NewStoreUser } from '../identity-store/port.ts';
import { ENTERPRISE_EXTENSION } from '../identity-store/port.ts';
import { ENTERPRISE_STRINGS, NAME_PARTS, SIMPLE_STRINGS } from './user-mapping.ts';

const SCALARS = ['userName', ...SIMPLE_STRINGS] as const;
const MULTI_VALUED = ['emails', 'addresses', 'phoneNumbers', 'photos', 'roles'] as const;
const ENTERPRISE_KEYS = [...ENTERPRISE_STRINGS, 'manager'] as const;

function change(path: string, before: unknown, after: unknown): AttributeOperation[] {
  if (isDeepStrictEqual(before, after)) return [];
  return [after === undefined ? { path } : { path, value: after }];
}

export function diffStoreUser(before: NewStoreUser, after: NewStoreUser): AttributeOperation[] {
  return [
    ...SCALARS.flatMap((key) => change(key, before[key], after[key])),
    ...NAME_PARTS.flatMap((part) => change(`name.${part}`, before.name?.[part], after.name?.[part])),
    ...MULTI_VALUED.flatMap((key) => change(key, before[key], after[key])),
    ...ENTERPRISE_KEYS.flatMap((key) => change(`${ENTERPRISE_EXTENSION}.${key}`, before.enterprise?.[key], after.enterprise?.[key])),
  ];
}
