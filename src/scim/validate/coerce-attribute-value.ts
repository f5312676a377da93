/**
 * Checks one attribute value sent by a client against its definition (RFC 7643 sections 2.3
 * and 2.4) and returns it in canonical form, or `undefined` when it carries nothing to store.
 *
 * Normalisations, each for a client that needs it (style: quirks are fixed where input is read):
 * - `null` and `""` are "no value": AWS rejects empty strings and RFC 7643 section 2.5 treats
 *   null as unassigned (Okta KB on the Identity Center "request is unparsable" error).
 * - `"True"`/`"False"` in any case are booleans (Entra ID's default PATCH and POST dialect).
 * - A bare string for a complex attribute with a `value` sub-attribute is `{value}` (Entra ID
 *   sends `manager` as the manager's id).
 * - A single object for a multi-valued attribute is a list of one (hand-written clients).
 * - Sub-attribute names in any case are rewritten to the schema's spelling; unknown and
 *   read-only sub-attributes (`members.display`, `manager.displayName`) are dropped.
 * - Multi-valued attributes are collapsed to `maxValues` (see collapseMultiValued).
 */
import { ScimError } from '../errors.ts';
import type { JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import { collapseMultiValued } from './collapse-multi-valued.ts';

const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, false: false };
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function mismatch(where: string, expected: string): ScimError {
  return ScimError.invalidValue(`"${where}" must be ${expected}`);
}

function coerceSimple(value: unknown, definition: AttributeDefinition, where: string): JsonValue | undefined {
  switch (definition.type) {
    case 'string':
    case 'reference':
      if (typeof value !== 'string') throw mismatch(where, 'a string');
      return value === '' ? undefined : value;
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const parsed = typeof value === 'string' ? BOOLEAN_TEXT[value.trim().toLowerCase()] : undefined;
      if (parsed === undefined) throw mismatch(where, 'true or false');
      return parsed;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw mismatch(where, 'an integer');
      return value;
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw mismatch(where, 'a number');
      return value;
    case 'dateTime':
      if (typeof value !== 'string') throw mismatch(where, 'a dateTime string');
      if (value === '') return undefined;
      if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) throw mismatch(where, 'an xsd:dateTime such as 2025-01-31T12:00:00Z');
      return value;
    case 'binary':
      if (typeof value !== 'string' || !BASE64.test(value)) throw mismatch(where, 'base64-encoded binary');
      return value === '' ? undefined : value;
    case 'complex':
      throw mismatch(where, 'a simple value');
    default: {
      const unreachable: never = definition.type;
      return unreachable;
    }
  }
}

function coerceComplex(value: unknown, definition: AttributeDefinition, where: string): JsonValue | undefined {
  const subAttributes = definition.subAttributes ?? [];
  const valueSub = subAttributes.find((sub) => sub.name === 'value');
  if (typeof value === 'string' && valueSub !== undefined) {
    const coerced = coerceSimple(value, valueSub, `${where}.value`);
    return coerced === undefined ? undefined : { [valueSub.name]: coerced };
  }
  if (!isJsonObject(value)) throw mismatch(where, 'a JSON object');
  const out: Record<string, JsonValue> = {};
  for (const [key, raw] of Object.entries(value)) {
    const sub = subAttributes.find((candidate) => candidate.name.toLowerCase() === key.toLowerCase());
    if (sub === undefined || sub.mutability === 'readOnly' || raw === null) continue;
    if (Object.hasOwn(out, sub.name)) throw ScimError.invalidSyntax(`"${where}.${sub.name}" is given more than once`);
    const coerced = coerceSimple(raw, sub, `${where}.${sub.name}`);
    if (coerced !== undefined) out[sub.name] = coerced;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function coerceSingle(value: unknown, definition: AttributeDefinition, where: string): JsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return definition.type === 'complex' ? coerceComplex(value, definition, where) : coerceSimple(value, definition, where);
}

export function coerceAttributeValue(value: unknown, definition: AttributeDefinition, where: string): JsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (!definition.multiValued) {
    if (Array.isArray(value)) throw mismatch(where, 'a single value, not an array');
    return coerceSingle(value, definition, where);
  }
  const items: readonly unknown[] = Array.isArray(value) ? value : [value];
  const values = items.flatMap((item, index) => {
    if (Array.isArray(item)) throw mismatch(`${where}[${index}]`, 'a value, not an array');
    const coerced = coerceSingle(item, definition, where);
    return coerced === undefined ? [] : [coerced];
  });
  const collapsed = collapseMultiValued(values, definition.maxValues);
  return collapsed.length === 0 ? undefined : collapsed;
}
