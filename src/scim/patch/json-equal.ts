/**
 * Structural equality of JSON values, used where RFC 7644 section 3.5.2 asks whether a PATCH
 * changes anything: an immutable attribute may be written again with the value it has
 * (RFC 7643 section 2.2), and an add of a value already present changes nothing (section 3.5.2.1).
 * Object key order does not matter; array order does (SCIM arrays are ordered lists).
 */
import type { JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';

export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item: JsonValue, index) => jsonEqual(item, b[index] as JsonValue));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]));
  }
  return false;
}
