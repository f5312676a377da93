/**
 * At most one value of a multi-valued attribute is primary (RFC 7643 section 2.4), and "a PATCH
 * operation that sets a value's primary sub-attribute to true SHALL cause the server to
 * automatically set primary to false for any other values" (RFC 7644 section 3.5.2). The values
 * the operation wrote win over the ones it left; among those, the first one sent wins (never a
 * failure: an IdP must not be refused because it sent two primary emails).
 */
import type { JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';

export function enforcePrimary(values: readonly JsonValue[], written: ReadonlySet<number>, attribute: AttributeDefinition): JsonValue[] {
  const isPrimary = (value: JsonValue | undefined): boolean => isJsonObject(value) && value['primary'] === true;
  const primaries = values.flatMap((value, index) => (isPrimary(value) ? [index] : []));
  const hasPrimary = attribute.subAttributes?.some((sub) => sub.name === 'primary') === true;
  if (!hasPrimary || primaries.length <= 1) return [...values];
  const winner = primaries.find((index) => written.has(index)) ?? primaries[0];
  return values.map((value, index) => (index !== winner && isJsonObject(value) && isPrimary(value) ? { ...value, primary: false } : value));
}
