/**
 * A SCIM resource as JSON (RFC 7643 section 3): what parsers, the filter evaluator, the PATCH
 * applier and projection take and return. Plain data, so every step is a pure function over it.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };
export type ScimResource = JsonObject;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
