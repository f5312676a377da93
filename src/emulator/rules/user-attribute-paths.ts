/**
 * The attribute paths UpdateUser accepts (AttributeOperation.AttributePath), lowerCamel as the
 * API documents them: the profile members of CreateUserRequest (`displayName`, `emails`, ...),
 * one level into `name` (`name.givenName`), `userStatus`, and the enterprise extension
 * (`aws:identitystore:enterprise.department`, `...manager`, `...manager.value`).
 */
import { shapeOf } from '../model/constraints.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { ENTERPRISE_EXTENSION } from './enterprise-extension.ts';

export type UserPathTarget =
  /** A top-level member of the user (`UserName`, `Emails`, ...) with the shape of its value. */
  | { readonly kind: 'member'; readonly member: string; readonly shape: string }
  /** One part of `Name` (`GivenName`, ...). */
  | { readonly kind: 'name-part'; readonly part: string }
  | { readonly kind: 'status' }
  /** The whole extension (key undefined) or one attribute of it. */
  | { readonly kind: 'extension'; readonly name: string; readonly key: string | undefined; readonly sub: string | undefined };

/** CreateUserRequest members that are not profile attributes an update may set. */
const NOT_ATTRIBUTES = new Set(['IdentityStoreId', 'Extensions']);

/** Attributes Identity Center requires on every user (seed 004: "this parameter is required"). */
export const REQUIRED_USER_PATHS = new Set(['userName', 'displayName', 'name', 'name.givenName', 'name.familyName']);

function unknownPath(path: string): IdentityStoreError {
  return IdentityStoreError.validation(`Invalid attribute path ${JSON.stringify(path)}.`);
}

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

function isLowerCamel(segment: string): boolean {
  return /^[a-z][A-Za-z]*$/u.test(segment);
}

export function resolveUserPath(path: string): UserPathTarget {
  if (path === ENTERPRISE_EXTENSION || path.startsWith(`${ENTERPRISE_EXTENSION}.`)) {
    const [key, sub, ...rest] = path.slice(ENTERPRISE_EXTENSION.length + 1).split('.');
    if (rest.length > 0 || (sub !== undefined && !(key === 'manager' && sub === 'value'))) throw unknownPath(path);
    return { kind: 'extension', name: ENTERPRISE_EXTENSION, key: key === '' ? undefined : key, sub };
  }
  const [head, part, ...rest] = path.split('.');
  if (head === undefined || rest.length > 0 || !isLowerCamel(head)) throw unknownPath(path);
  if (head === 'userStatus' && part === undefined) return { kind: 'status' };
  const request = shapeOf('CreateUserRequest');
  if (request.type !== 'structure') throw new Error('CreateUserRequest must be a structure');
  const member = pascal(head);
  const shape = request.members[member];
  if (shape === undefined || NOT_ATTRIBUTES.has(member)) throw unknownPath(path);
  if (part === undefined) return { kind: 'member', member, shape };
  const name = shapeOf('Name');
  if (member !== 'Name' || name.type !== 'structure' || !isLowerCamel(part) || name.members[pascal(part)] === undefined) throw unknownPath(path);
  return { kind: 'name-part', part: pascal(part) };
}
