/**
 * The Identity Store's rules on a group's `displayName` (GroupDisplayName in the service model,
 * and Identity Center's documented character rules), checked before any call so the IdP gets a
 * precise SCIM 400 (RFC 7644 section 3.12, invalidValue) instead of the store's opaque
 * ValidationException:
 * - at most 1024 characters;
 * - letters, marks, symbols, numbers, punctuation, space, no-break space, tab, CR and LF only
 *   (other control and separator characters are refused by the model's pattern);
 * - none of `<>;:%`;
 * - not `Administrator` or `AWSAdministrators` (ignoring case): reserved for users and groups.
 */
import type { NewStoreGroup } from '../../identity-store/port.ts';
import { ScimError } from '../../scim/errors.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { scimGroupToStore } from './group-mapping.ts';

export const MAX_GROUP_DISPLAY_NAME_LENGTH = 1024;
const EXCLUDED_CHARACTERS = /[<>;:%]/u;
const OUTSIDE_PATTERN = /[^\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r \u00a0]/u;
const RESERVED_NAMES = new Set(['administrator', 'awsadministrators']);

function describeCharacter(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function checkGroupDisplayName(displayName: string): void {
  if ([...displayName].length > MAX_GROUP_DISPLAY_NAME_LENGTH) {
    throw ScimError.invalidValue(`"displayName" may have at most ${MAX_GROUP_DISPLAY_NAME_LENGTH} characters`);
  }
  const excluded = EXCLUDED_CHARACTERS.exec(displayName);
  if (excluded !== null) {
    throw ScimError.invalidValue(`"displayName" must not contain the character "${excluded[0]}": the Identity Store refuses any of <>;:%`);
  }
  const outside = OUTSIDE_PATTERN.exec(displayName);
  if (outside !== null) {
    throw ScimError.invalidValue(`"displayName" must not contain the character ${describeCharacter(outside[0])}: the Identity Store refuses it in a group name`);
  }
  if (RESERVED_NAMES.has(displayName.toLowerCase())) {
    throw ScimError.invalidValue(`"displayName" ${JSON.stringify(displayName)} is a name the Identity Store reserves and cannot be used for a group`);
  }
}

/** A validated SCIM Group -> the store group to write, or a 400 naming what the store would refuse. */
export function prepareStoreGroup(resource: ScimResource): NewStoreGroup {
  const group = scimGroupToStore(resource);
  checkGroupDisplayName(group.displayName);
  return group;
}
