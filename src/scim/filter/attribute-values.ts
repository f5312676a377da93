/**
 * Reading attribute values out of a resource for filter evaluation (RFC 7644 section 3.4.2.2).
 * Resources are arbitrary JSON here (what the Identity Store mapping produced, or a client's
 * body), so every reader is total: a wrong shape yields "no value", never an exception.
 */
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';

/**
 * The value of `name` in `object`, matching keys case-insensitively (RFC 7643 section 2.1):
 * the exact key first, then any key that differs only in case. Own properties only, so
 * `constructor` or `__proto__` never reach the prototype.
 */
export function getAttribute(object: JsonObject, name: string): JsonValue | undefined {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

/** The values a (possibly multi-valued) attribute holds: an array's elements, or the value itself. */
export function valuesOf(value: JsonValue | undefined): readonly JsonValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly JsonValue[]) : [value];
}

/** Every value of sub-attribute `name` across the elements of a complex (multi-)value. */
export function subValuesOf(value: JsonValue | undefined, name: string): readonly JsonValue[] {
  return valuesOf(value).flatMap((element) => (isJsonObject(element) ? valuesOf(getAttribute(element, name)) : []));
}

/**
 * `pr` (RFC 7644 section 3.4.2.2): the attribute has a non-empty value. null, "", [] and {} are
 * not values (RFC 7643 section 2.5 treats null and empty as unassigned); an array or object is
 * present when one of its members is. The depth cap keeps pathological input from recursing far.
 */
export function isPresent(value: JsonValue | undefined, depth = 0): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (depth > 4) return true;
  if (Array.isArray(value)) return (value as readonly JsonValue[]).some((element) => isPresent(element, depth + 1));
  if (isJsonObject(value)) return Object.values(value).some((member) => isPresent(member, depth + 1));
  return true;
}
