/**
 * The Identity Store's own rules on a user, checked before any call so the IdP gets a precise
 * SCIM 400 (RFC 7644 section 3.12, scimType invalidValue) instead of the store's opaque
 * ValidationException. docs/attribute-mapping.md ("Character rules", "Derived displayName") is
 * this file in prose.
 *
 * - userName: none of `<>;:%`, no control characters, not a reserved name (`Administrator`,
 *   `AWSAdministrators`, ignoring case): Identity Center refuses them.
 * - displayName is required by the store but optional in SCIM: when missing it is derived
 *   (name.formatted, else "givenName familyName", else userName), so no IdP fails for leaving it out.
 * - name.givenName and name.familyName are required by the store too. They are not derived:
 *   splitting a display name into given and family names guesses wrong for many names, and a
 *   guessed surname would be written into the directory as if the IdP had sent it.
 */
import { ScimError } from '../../scim/errors.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { NewStoreUser } from '../../identity-store/port.ts';
import { scimUserToStore } from '../user-mapping.ts';

const EXCLUDED_CHARACTERS = /[<>;:%]/u;
// C0 and C1 control characters and DEL: never part of a sign-in name.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;
const RESERVED_NAMES = new Set(['administrator', 'awsadministrators']);

function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkUserName(userName: string): void {
  const excluded = EXCLUDED_CHARACTERS.exec(userName);
  if (excluded !== null) {
    throw ScimError.invalidValue(`"userName" must not contain the character "${excluded[0]}": the Identity Store refuses any of <>;:%`);
  }
  const control = CONTROL_CHARACTER.exec(userName);
  if (control !== null) {
    throw ScimError.invalidValue(`"userName" must not contain the control character ${describeCharacter(control[0])}`);
  }
  if (RESERVED_NAMES.has(userName.toLowerCase())) {
    throw ScimError.invalidValue(`"userName" ${JSON.stringify(userName)} is a name the Identity Store reserves and cannot be used for a user`);
  }
}

/** The displayName the store will hold when the IdP sent none (docs/attribute-mapping.md). */
export function deriveDisplayName(user: NewStoreUser): string {
  const formatted = user.name?.formatted;
  if (formatted !== undefined) return formatted;
  const parts = [user.name?.givenName, user.name?.familyName].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : user.userName;
}

/** A validated SCIM User -> the store user to write, or a 400 naming what the store would refuse. */
export function prepareStoreUser(resource: ScimResource): NewStoreUser {
  const user = scimUserToStore(resource);
  checkUserName(user.userName);
  const missing = (['givenName', 'familyName'] as const).filter((part) => user.name?.[part] === undefined);
  if (missing.length > 0) {
    const paths = missing.map((part) => `name.${part}`).join(' and ');
    throw ScimError.invalidValue(`The Identity Store requires ${paths} on every user; ${paths} ${missing.length > 1 ? 'are' : 'is'} missing`);
  }
  return user.displayName === undefined ? { ...user, displayName: deriveDisplayName(user) } : user;
}
