/**
 * Whether two values of a multi-valued attribute are "the same value" for a PATCH add
 * (RFC 7644 section 3.5.2.1: "If the target location already contains the value specified, no
 * changes SHOULD be made"), so Entra retries and Okta re-sends do not duplicate members or emails.
 *
 * Complex values with a `value` sub-attribute are the same when `value` and `type` agree (case
 * per the schema's caseExact): `{value: "u1"}` and `{value: "u1", display: "Ann"}` are one member,
 * while a work and a home email with the same address stay two. Values without `value`
 * (addresses) are the same only when equal in everything but `primary`.
 */
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import { jsonEqual } from './json-equal.ts';

function sameScalar(a: JsonValue | undefined, b: JsonValue | undefined, definition: AttributeDefinition | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string' && definition?.caseExact !== true) return a.toLowerCase() === b.toLowerCase();
  return jsonEqual(a, b);
}

function withoutPrimary(value: JsonObject): JsonObject {
  const { primary: _primary, ...rest } = value;
  return rest;
}

export function sameValue(a: JsonValue, b: JsonValue, attribute: AttributeDefinition): boolean {
  if (attribute.type !== 'complex') return sameScalar(a, b, attribute);
  if (!isJsonObject(a) || !isJsonObject(b)) return jsonEqual(a, b);
  // `primary` says which value is preferred, not what the value is: a re-sent address that only
  // differs in it is the same address (and enforce-primary.ts may have cleared the stored flag).
  if (a['value'] === undefined && b['value'] === undefined) return jsonEqual(withoutPrimary(a), withoutPrimary(b));
  const sub = (name: string): AttributeDefinition | undefined => attribute.subAttributes?.find((candidate) => candidate.name === name);
  return sameScalar(a['value'], b['value'], sub('value')) && sameScalar(a['type'], b['type'], sub('type'));
}
