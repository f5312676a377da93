/**
 * `members` of a POST or PUT /Groups body (RFC 7644 sections 3.3 and 3.5.1) as the full list of
 * member user ids, through the same rules as a PATCH `replace members` (plan-membership-change.ts:
 * members are users, each with a `value`). `undefined` when the body does not name `members` at
 * all, which a PUT takes as "memberships unchanged" (docs/groups.md); `"members": []` or `null`
 * is an empty group.
 */
import { sameName } from '../../scim/attribute-path.ts';
import { ScimError } from '../../scim/errors.ts';
import type { JsonValue, ScimResource } from '../../scim/resource.ts';
import { isJsonObject } from '../../scim/resource.ts';
import { planMembershipChange } from './plan-membership-change.ts';

function hasValue(member: JsonValue): boolean {
  return isJsonObject(member) && Object.entries(member).some(([key, value]) => sameName(key, 'value') && typeof value === 'string' && value !== '');
}

export function bodyMembers(body: unknown, validated: ScimResource): ReadonlySet<string> | undefined {
  // validateResourceInput drops empty values (and members without a value), so what was sent is read from the raw body.
  const key = isJsonObject(body) ? Object.keys(body).find((candidate) => sameName(candidate, 'members')) : undefined;
  if (key === undefined || !isJsonObject(body)) return undefined;
  const raw = body[key];
  if (Array.isArray(raw) && !raw.every(hasValue)) {
    throw ScimError.invalidValue('Each value of "members" needs a "value": the member\'s user id');
  }
  const plan = planMembershipChange([{ op: 'replace', path: { attribute: { attribute: 'members' } }, value: validated.members ?? [] }]);
  return plan.kind === 'replace' ? plan.members : new Set();
}
