/**
 * Orders resources for `sortBy`/`sortOrder` (RFC 7644 section 3.4.2.3) by the schema's rules:
 * strings compare case-insensitively unless the attribute is caseExact, dateTimes by instant,
 * numbers numerically, false before true. A multi-valued attribute sorts by its primary value,
 * else its first. Resources without a value come last when ascending and first when descending.
 * The sort is stable, so pages stay consistent for equal keys (Okta pages through imports).
 */
import type { AttributePath } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { JsonValue, ScimResource } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { getMember } from '../schema/get-member.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { AttributeDefinition, ResourceSchema } from '../schema/types.ts';
import type { SortOrder } from './list-query.ts';

type SortKey = string | number | boolean;

function pickValue(value: JsonValue | undefined): JsonValue | undefined {
  if (!Array.isArray(value)) return value;
  const values = value as readonly JsonValue[];
  const primary = values.find((item) => isJsonObject(item) && getMember(item, 'primary') === true);
  return primary ?? values[0];
}

function toKey(value: JsonValue | undefined, definition: AttributeDefinition): SortKey | undefined {
  if (value === undefined || value === null) return undefined;
  if (definition.type === 'dateTime' && typeof value === 'string') {
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? undefined : instant;
  }
  if (typeof value === 'string') {
    if (value === '') return undefined;
    return definition.caseExact ? value : value.toLowerCase();
  }
  return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  // Code-unit order: deterministic and the same on every node, unlike a locale collation.
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function sortResources(
  resources: readonly ScimResource[],
  sortBy: AttributePath,
  order: SortOrder,
  schema: ResourceSchema,
): ScimResource[] {
  const resolved = resolveAttribute(schema, sortBy);
  if (resolved === undefined) throw ScimError.invalidValue(`sortBy names no attribute of a ${schema.resourceType.name}`);
  const { attribute, subAttribute } = resolved;
  const extensionId = resolved.schemaId !== undefined && resolved.schemaId !== schema.core.id ? resolved.schemaId : undefined;
  // A multi-valued complex attribute named alone sorts by its `value` (RFC 7644 section 3.4.2.3).
  const leaf = subAttribute ?? attribute.subAttributes?.find((sub) => sub.name === 'value') ?? attribute;

  const keyOf = (resource: ScimResource): SortKey | undefined => {
    const container = extensionId === undefined ? resource : getMember(resource, extensionId);
    if (!isJsonObject(container)) return undefined;
    let value = pickValue(getMember(container, attribute.name));
    if (leaf !== attribute) value = isJsonObject(value) ? getMember(value, leaf.name) : undefined;
    return toKey(value, leaf);
  };

  const direction = order === 'descending' ? -1 : 1;
  return resources
    .map((resource, index) => ({ resource, index, key: keyOf(resource) }))
    .sort((a, b) => {
      let result: number;
      if (a.key === undefined || b.key === undefined) {
        // Missing values sort as if greater than any value, so they end last ascending, first descending.
        result = a.key === undefined ? (b.key === undefined ? 0 : 1) : -1;
      } else {
        result = compareKeys(a.key, b.key);
      }
      return result * direction || a.index - b.index;
    })
    .map((entry) => entry.resource);
}
