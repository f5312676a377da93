/**
 * Checks a POST or PUT body for a User or Group (RFC 7644 sections 3.3 and 3.5.1, RFC 7643
 * sections 2 and 3) and returns it in the one canonical form the rest of the gateway reads:
 * schema spelling for every name, extension attributes under their URN, no empty values,
 * multi-valued attributes fitted to what the Identity Store holds.
 *
 * Choices, each lenient where an IdP would otherwise fail for no gain:
 * - `schemas` may be missing (hand-written clients, ForgeRock); when present it must list the
 *   resource's core schema, which catches a Group body posted to /Users. Unknown schema URIs
 *   (Entra's ADSCIM Group URN) are ignored.
 * - Unknown attributes are dropped, including `ims`, `entitlements` and `x509Certificates`,
 *   which the Identity Store cannot hold (RFC 7644 section 3.3 lets a provider ignore them).
 * - readOnly attributes (`id`, `meta`, `groups`) are ignored (RFC 7644 section 3.5.1), and so
 *   is `password` (writeOnly): the Identity Store holds no passwords, so it is never stored.
 * - Extension attributes may also arrive as top-level URN-qualified keys
 *   (`urn:...:enterprise:2.0:User:employeeNumber`), as Entra ID writes them.
 * - The same attribute twice (`userName` and `UserName`) is refused: neither can be preferred.
 * Both modes apply the same rules: required attributes are required for PUT too (RFC 7644
 * section 3.5.1), and comparing immutable values needs the stored resource, which the
 * translation layer has.
 */
import { sameName } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { JsonValue, ScimResource } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { COMMON_ATTRIBUTES } from '../schema/common-attributes.ts';
import type { AttributeDefinition, ResourceSchema, SchemaDefinition } from '../schema/types.ts';
import { coerceAttributeValue } from './coerce-attribute-value.ts';

export type InputMode = 'create' | 'replace';

/** Where a body member goes: an attribute of the core schema (or common) or of an extension. */
interface Target {
  readonly schema: SchemaDefinition | undefined;
  readonly attribute: AttributeDefinition;
}

function checkSchemas(body: Record<string, unknown>, schema: ResourceSchema): void {
  const key = Object.keys(body).find((candidate) => sameName(candidate, 'schemas'));
  if (key === undefined) return;
  const schemas = body[key];
  if (!Array.isArray(schemas) || schemas.some((urn) => typeof urn !== 'string')) {
    throw ScimError.invalidSyntax('"schemas" must be an array of schema URIs');
  }
  if (!schemas.some((urn: string) => sameName(urn, schema.core.id))) {
    throw ScimError.invalidSyntax(`"schemas" must include ${schema.core.id} for a ${schema.resourceType.name}`);
  }
}

function findTarget(key: string, schema: ResourceSchema): Target | undefined {
  const lower = key.toLowerCase();
  for (const candidate of [schema.core, ...schema.extensions]) {
    const prefix = `${candidate.id.toLowerCase()}:`;
    if (!lower.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    const attribute =
      candidate.attributes.find((a) => sameName(a.name, name)) ??
      (candidate === schema.core ? COMMON_ATTRIBUTES.find((a) => sameName(a.name, name)) : undefined);
    const isCommon = attribute !== undefined && COMMON_ATTRIBUTES.includes(attribute);
    return attribute === undefined ? undefined : { schema: candidate === schema.core || isCommon ? undefined : candidate, attribute };
  }
  const attribute = COMMON_ATTRIBUTES.find((a) => sameName(a.name, key)) ?? schema.core.attributes.find((a) => sameName(a.name, key));
  return attribute === undefined ? undefined : { schema: undefined, attribute };
}

/** Whether the gateway keeps what a client writes to this attribute. */
function isWritable(attribute: AttributeDefinition): boolean {
  return attribute.mutability !== 'readOnly' && attribute.mutability !== 'writeOnly';
}

export function validateResourceInput(body: unknown, schema: ResourceSchema, _mode: InputMode): ScimResource {
  if (!isJsonObject(body)) throw ScimError.invalidSyntax(`A ${schema.resourceType.name} must be sent as a JSON object`);
  checkSchemas(body, schema);

  // Canonical values by schema URN ('' for core and common attributes), then attribute name.
  const values = new Map<string, Map<string, JsonValue>>();
  const seen = new Set<string>();
  const put = (schemaId: string, attribute: AttributeDefinition, raw: unknown, where: string): void => {
    if (!isWritable(attribute)) return;
    const slot = `${schemaId}|${attribute.name}`;
    if (seen.has(slot)) throw ScimError.invalidSyntax(`"${where}" is given more than once`);
    seen.add(slot);
    const value = coerceAttributeValue(raw, attribute, where);
    if (value === undefined) return;
    const bucket = values.get(schemaId) ?? new Map<string, JsonValue>();
    bucket.set(attribute.name, value);
    values.set(schemaId, bucket);
  };

  for (const [key, raw] of Object.entries(body)) {
    const extension = schema.extensions.find((candidate) => sameName(candidate.id, key));
    if (extension !== undefined) {
      if (raw === null) continue;
      if (!isJsonObject(raw)) throw ScimError.invalidValue(`"${extension.id}" must be a JSON object`);
      for (const [name, value] of Object.entries(raw)) {
        const attribute = extension.attributes.find((a) => sameName(a.name, name));
        if (attribute !== undefined) put(extension.id, attribute, value, `${extension.id}:${attribute.name}`);
      }
      continue;
    }
    const target = findTarget(key, schema);
    if (target === undefined) continue;
    const schemaId = target.schema?.id ?? '';
    put(schemaId, target.attribute, raw, schemaId === '' ? target.attribute.name : `${schemaId}:${target.attribute.name}`);
  }

  const out: Record<string, JsonValue> = {};
  const core = values.get('') ?? new Map<string, JsonValue>();
  const presentExtensions = schema.extensions.filter((extension) => values.has(extension.id));
  out['schemas'] = [schema.core.id, ...presentExtensions.map((extension) => extension.id)];
  for (const attribute of [...COMMON_ATTRIBUTES, ...schema.core.attributes]) {
    const value = core.get(attribute.name);
    if (value !== undefined) out[attribute.name] = value;
    else if (attribute.required) throw ScimError.invalidValue(`"${attribute.name}" is required for a ${schema.resourceType.name}`);
  }
  for (const extension of schema.extensions) {
    const bucket = values.get(extension.id);
    const missing = extension.attributes.find((attribute) => attribute.required && bucket?.get(attribute.name) === undefined);
    if (missing !== undefined && bucket !== undefined) {
      throw ScimError.invalidValue(`"${extension.id}:${missing.name}" is required when ${extension.name} attributes are sent`);
    }
    if (bucket !== undefined) out[extension.id] = Object.fromEntries(extension.attributes.flatMap((a) => {
      const value = bucket.get(a.name);
      return value === undefined ? [] : [[a.name, value]];
    }));
  }
  return out;
}
