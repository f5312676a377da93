/**
 * The values of a multi-valued attribute as a fresh array (RFC 7643 section 2.4), reading a lone
 * value as a list of one, so the PATCH applier (RFC 7644 section 3.5.2) can work on any stored shape.
 */
import type { JsonValue } from '../resource.ts';

export function valuesOf(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly JsonValue[])] : [value];
}
