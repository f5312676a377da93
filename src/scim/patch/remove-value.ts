/**
 * The new value of one attribute after a remove (RFC 7644 section 3.5.2.2). Pure: takes the
 * attribute's current value, returns its next one (undefined = unassigned).
 *
 * - no filter: the attribute (or the sub-attribute of a single-valued complex) goes.
 * - a filter: the matched values go; a value with the sub-attribute named loses only that
 *   (all of it when that sub-attribute is `value`).
 * - a filter that matches nothing, or an attribute that has no value, is success, not an error:
 *   RFC 7644 section 3.5.2.2 names no error for it, Entra retries removals, and the product's
 *   rule is that removing an absent member succeeds (scimgateway changelog, research 3.5 #7).
 * - a required or immutable sub-attribute that has a value cannot be removed: `mutability`
 *   (RFC 7644 section 3.5.2.2; RFC 7643 section 2.2).
 */
import { ScimError } from '../errors.ts';
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import { compileValueFilter } from './compile-value-filter.ts';
import type { PatchPath } from './patch-operation.ts';
import { formatPatchPath } from './patch-operation.ts';
import type { PatchTarget } from './resolve-patch-target.ts';
import { valuesOf } from './values-of.ts';

function withoutSub(record: JsonObject, sub: AttributeDefinition, label: string): JsonObject | undefined {
  if (record[sub.name] === undefined) return record;
  // A value without its `value` is no value (normalise-value.ts reads `{"value": ""}` the same
  // way): Entra clears the work email with `replace emails[type eq "work"].value ""`, which must
  // not leave `{type: "work", primary: true}` behind. The whole value goes.
  if (sub.name === 'value') return undefined;
  if (sub.required || sub.mutability === 'immutable') {
    throw ScimError.mutability(`"${label}" cannot be removed: ${sub.name} is ${sub.required ? 'required' : 'immutable'}`);
  }
  const { [sub.name]: _removed, ...rest } = record;
  return Object.keys(rest).length === 0 ? undefined : rest;
}

export function removeValue(before: JsonValue | undefined, path: PatchPath, target: PatchTarget): JsonValue | undefined {
  const { attribute, subAttribute } = target;
  const label = formatPatchPath(path);
  if (before === undefined) return undefined;
  if (!attribute.multiValued) {
    if (subAttribute === undefined) return undefined;
    return isJsonObject(before) ? withoutSub(before, subAttribute, label) : before;
  }
  if (path.filter === undefined && subAttribute === undefined) return undefined;
  const matches = path.filter === undefined ? () => true : compileValueFilter(path.filter, attribute, label);
  const kept = valuesOf(before).flatMap((value): JsonValue[] => {
    if (!matches(value)) return [value];
    if (subAttribute === undefined) return [];
    if (!isJsonObject(value)) return [value];
    const rest = withoutSub(value, subAttribute, label);
    return rest === undefined ? [] : [rest];
  });
  return kept.length === 0 ? undefined : kept;
}
