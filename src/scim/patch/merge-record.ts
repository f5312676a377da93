/**
 * Writes sub-attributes into an existing complex value (RFC 7644 section 3.5.2.1 and 3.5.2.3:
 * "Sub-attributes that are not specified in the value parameter are left unchanged"), refusing
 * to change an immutable sub-attribute once it has a value (RFC 7643 section 2.2: `members.value`).
 */
import { ScimError } from '../errors.ts';
import type { JsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import { jsonEqual } from './json-equal.ts';

export function mergeRecord(existing: JsonObject, incoming: JsonObject, attribute: AttributeDefinition, label: string): JsonObject {
  for (const [key, value] of Object.entries(incoming)) {
    const sub = attribute.subAttributes?.find((candidate) => candidate.name === key);
    const current = existing[key];
    if (sub?.mutability === 'immutable' && current !== undefined && !jsonEqual(current, value)) {
      throw ScimError.mutability(`"${label}": ${attribute.name}.${key} is immutable once set`);
    }
  }
  return { ...existing, ...incoming };
}
