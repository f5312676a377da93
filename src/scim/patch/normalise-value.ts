/**
 * Types a PATCH value by its schema definition (RFC 7644 section 3.5.2: "each operation ... MUST
 * be compatible with the attribute's ... schema"; data types in RFC 7643 section 2.3), and
 * normalises the value dialects IdPs send. `undefined` means "no value" (a removal to the caller).
 * Used by the parser and again by the applier, so hand-built operations get the same checks;
 * normalising a normalised value changes nothing.
 */
import { sameName } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u;

/**
 * No value: null, and the empty string. AWS rejects "" (Okta KB "request is unparsable"), and
 * Entra clears an attribute by sending "" (its validator's manager-removal test), so "" is a removal.
 */
export function isNoValue(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '';
}

function mismatch(label: string, expected: string, raw: unknown): ScimError {
  return ScimError.invalidValue(`"${label}" must be ${expected}, not ${JSON.stringify(raw) ?? String(raw)}`);
}

function simple(raw: unknown, definition: AttributeDefinition, label: string): JsonValue {
  switch (definition.type) {
    case 'string':
    case 'reference':
      if (typeof raw === 'string') return raw;
      throw mismatch(label, 'a string', raw);
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      // Entra (default PATCH dialect) sends `"value": "False"` for active: read the words, any case.
      if (typeof raw === 'string' && /^(?:true|false)$/iu.test(raw)) return raw.toLowerCase() === 'true';
      throw mismatch(label, 'a boolean', raw);
    case 'integer':
      if (typeof raw === 'number' && Number.isSafeInteger(raw)) return raw;
      throw mismatch(label, 'an integer', raw);
    case 'decimal':
      if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
      throw mismatch(label, 'a number', raw);
    case 'dateTime':
      if (typeof raw === 'string' && DATE_TIME.test(raw) && !Number.isNaN(Date.parse(raw))) return raw;
      throw mismatch(label, 'an xsd:dateTime such as 2024-05-01T12:00:00Z', raw);
    case 'binary':
      if (typeof raw === 'string' && BASE64.test(raw)) return raw;
      throw mismatch(label, 'base64 text', raw);
    case 'complex':
      throw mismatch(label, 'a complex value', raw);
    default: {
      const unreachable: never = definition.type;
      return unreachable;
    }
  }
}

function complex(raw: unknown, definition: AttributeDefinition, label: string): JsonObject | undefined {
  const subAttributes = definition.subAttributes ?? [];
  const valueSub = subAttributes.find((sub) => sub.name === 'value');
  // Entra sends the enterprise `manager` as a bare id string instead of `{value}` (SCIMple #1242,
  // SCIM-SDK #686): a primitive given for a complex attribute with a `value` is that value.
  if (!isJsonObject(raw)) {
    if (valueSub !== undefined && (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean')) {
      return complex({ value: raw }, definition, label);
    }
    throw mismatch(label, 'an object', raw);
  }
  const out: Record<string, JsonValue> = {};
  for (const [key, subRaw] of Object.entries(raw)) {
    const sub = subAttributes.find((candidate) => sameName(candidate.name, key));
    // A value of a reference attribute without its `value` (Entra: manager `{"value": ""}`) is no value at all.
    if (sub !== undefined && sub === valueSub && isNoValue(subRaw)) return undefined;
    // Unknown sub-attributes (`display` on emails, which the Identity Store cannot hold) are dropped,
    // as input is elsewhere; readOnly ones (`members.display`, `manager.displayName`) are echoes
    // IdPs send back (Okta sends members with display) and RFC 7644 section 3.5.1 ignores them.
    if (sub === undefined || sub.mutability === 'readOnly') continue;
    const value = normaliseValue(subRaw, sub, `${label}.${sub.name}`);
    if (value !== undefined) out[sub.name] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** One value of `definition` (an element, for a multi-valued attribute). */
export function normaliseElement(raw: unknown, definition: AttributeDefinition, label: string): JsonValue | undefined {
  if (isNoValue(raw)) return undefined;
  return definition.type === 'complex' ? complex(raw, definition, label) : simple(raw, definition, label);
}

/**
 * The whole value of `definition`. A multi-valued attribute gives an array (a lone value is
 * wrapped: some clients send one object where the RFC wants an array), without its empty values.
 */
export function normaliseValue(raw: unknown, definition: AttributeDefinition, label: string): JsonValue | undefined {
  if (isNoValue(raw)) return undefined;
  if (!definition.multiValued) return normaliseElement(raw, definition, label);
  const items: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  const out: JsonValue[] = [];
  for (const item of items) {
    if (Array.isArray(item)) throw mismatch(label, 'a list of values, not a list of lists', item);
    const value = normaliseElement(item, definition, label);
    if (value !== undefined) out.push(value);
  }
  return out;
}
