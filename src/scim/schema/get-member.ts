/**
 * Reads a member of a JSON object by attribute name, case-insensitively (RFC 7643 section 2.1:
 * attribute names are case-insensitive), preferring an exact match. Sorting, projection and
 * validation read resources through it so `UserName` and `userName` name the same attribute.
 */
import type { JsonObject, JsonValue } from '../resource.ts';

export function getMember(object: JsonObject, name: string): JsonValue | undefined {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(object)) {
    if (key.toLowerCase() === lower) return object[key];
  }
  return undefined;
}
