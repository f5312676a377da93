/**
 * Shapes a resource for a response (RFC 7644 section 3.4.2.5, RFC 7643 section 2.4): applies
 * `attributes`/`excludedAttributes` and the `returned` characteristic of every attribute, and
 * writes the attributes the schema defines, in its spelling and order, and nothing else.
 *
 * `schemas` is always returned; extension attributes live under their schema URN, and an
 * extension left empty is left out. Unset (null) values are not returned (RFC 7643 section 2.5).
 */
import type { AttributeSelection } from '../list/list-query.ts';
import type { JsonObject, JsonValue, ScimResource } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { COMMON_ATTRIBUTES } from '../schema/common-attributes.ts';
import { getMember } from '../schema/get-member.ts';
import type { AttributeDefinition, ResourceSchema } from '../schema/types.ts';
import type { SubAttributeFilter } from './select-attribute.ts';
import { selectAttribute } from './select-attribute.ts';

type MutableObject = Record<string, JsonValue>;

function projectComplex(value: JsonValue, subAttributes: readonly AttributeDefinition[], keep: SubAttributeFilter): JsonValue | undefined {
  if (!isJsonObject(value)) return undefined;
  const out: MutableObject = {};
  for (const sub of subAttributes) {
    const subValue = getMember(value, sub.name);
    if (subValue !== undefined && subValue !== null && keep(sub)) out[sub.name] = subValue;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function projectValue(value: JsonValue, attribute: AttributeDefinition, keep: SubAttributeFilter): JsonValue | undefined {
  const subAttributes = attribute.subAttributes;
  if (attribute.type !== 'complex' || subAttributes === undefined) return value;
  if (!Array.isArray(value)) return projectComplex(value, subAttributes, keep);
  const values = (value as readonly JsonValue[]).flatMap((item) => {
    const projected = projectComplex(item, subAttributes, keep);
    return projected === undefined ? [] : [projected];
  });
  return values.length === 0 ? undefined : values;
}

function projectAttributes(
  source: JsonObject,
  attributes: readonly AttributeDefinition[],
  extensionId: string | undefined,
  selection: AttributeSelection,
  out: MutableObject,
): void {
  for (const attribute of attributes) {
    const value = getMember(source, attribute.name);
    if (value === undefined || value === null) continue;
    const keep = selectAttribute(attribute, extensionId, selection);
    if (keep === undefined) continue;
    const projected = projectValue(value, attribute, keep);
    if (projected !== undefined) out[attribute.name] = projected;
  }
}

export function projectResource(resource: ScimResource, schema: ResourceSchema, selection: AttributeSelection): ScimResource {
  const out: MutableObject = {};
  const schemas = getMember(resource, 'schemas');
  if (schemas !== undefined) out['schemas'] = schemas;
  const [metaless, meta] = [COMMON_ATTRIBUTES.filter((a) => a.name !== 'meta'), COMMON_ATTRIBUTES.filter((a) => a.name === 'meta')];
  projectAttributes(resource, metaless, undefined, selection, out);
  projectAttributes(resource, schema.core.attributes, undefined, selection, out);
  for (const extension of schema.extensions) {
    const container = getMember(resource, extension.id);
    if (!isJsonObject(container)) continue;
    const projected: MutableObject = {};
    projectAttributes(container, extension.attributes, extension.id, selection, projected);
    if (Object.keys(projected).length > 0) out[extension.id] = projected;
  }
  // meta last, as RFC 7643 examples show it.
  projectAttributes(resource, meta, undefined, selection, out);
  return out;
}
