/**
 * The new value of one attribute after an add or replace (RFC 7644 sections 3.5.2.1 and
 * 3.5.2.3). Pure: takes the attribute's current value, returns its next one (undefined =
 * unassigned). The caller has typed `value` against the schema and checks mutability.
 *
 * - single-valued simple: the value is set (add and replace agree, RFC 7644 section 3.5.2.1).
 * - single-valued complex: the given sub-attributes are written, the others kept.
 * - multi-valued, no filter: add appends the values not already there (same-value.ts); replace
 *   replaces them all. Either way a value sent twice in one list is kept once.
 * - multi-valued with a filter (or `emails.value`, which names every value): the matched values
 *   are merged with the value, or get the sub-attribute; when none matches, a new value is added
 *   if the filter describes one and the new value matches it (seed-from-filter.ts says why), else
 *   `noTarget`. Add and replace agree here: the RFC defines add only for whole values, and IdPs
 *   use both words alike.
 * - primary stays unique (enforce-primary.ts).
 */
import { ScimError } from '../errors.ts';
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { compileValueFilter } from './compile-value-filter.ts';
import { enforcePrimary } from './enforce-primary.ts';
import { mergeRecord } from './merge-record.ts';
import { normaliseElement } from './normalise-value.ts';
import type { PatchPath } from './patch-operation.ts';
import { formatPatchPath } from './patch-operation.ts';
import type { PatchTarget } from './resolve-patch-target.ts';
import { sameValue } from './same-value.ts';
import { seedFromFilter } from './seed-from-filter.ts';
import { valuesOf } from './values-of.ts';

const objectOf = (value: JsonValue | undefined): JsonObject => (isJsonObject(value) ? value : {});

function finish(values: readonly JsonValue[], written: ReadonlySet<number>, target: PatchTarget): JsonValue[] | undefined {
  return values.length === 0 ? undefined : enforcePrimary(values, written, target.attribute);
}

function append(values: JsonValue[], incoming: readonly JsonValue[], target: PatchTarget, label: string): JsonValue[] | undefined {
  const { attribute } = target;
  const written = new Set<number>();
  for (const item of incoming) {
    const index = values.findIndex((existing) => sameValue(existing, item, attribute));
    if (index === -1) {
      written.add(values.push(item) - 1);
    } else {
      const existing = values[index];
      values[index] = isJsonObject(existing) && isJsonObject(item) ? mergeRecord(existing, item, attribute, label) : item;
      written.add(index);
    }
  }
  return finish(values, written, target);
}

export function setValue(op: 'add' | 'replace', before: JsonValue | undefined, path: PatchPath, target: PatchTarget, value: JsonValue): JsonValue | undefined {
  const { attribute, subAttribute } = target;
  const label = formatPatchPath(path);
  // What the operation writes into one complex value: the sub-attribute, or the value's sub-attributes.
  const patch: JsonObject = subAttribute === undefined ? objectOf(value) : { [subAttribute.name]: value };
  if (!attribute.multiValued) {
    return attribute.type === 'complex' ? mergeRecord(objectOf(before), patch, attribute, label) : value;
  }
  const values = valuesOf(before);
  if (path.filter === undefined && subAttribute === undefined) {
    const incoming = valuesOf(value);
    return append(op === 'add' ? values : [], incoming, target, label);
  }
  const matches = path.filter === undefined ? () => true : compileValueFilter(path.filter, attribute, label);
  const written = new Set<number>();
  values.forEach((existing, index) => {
    if (!matches(existing)) return;
    values[index] = attribute.type === 'complex' ? mergeRecord(objectOf(existing), patch, attribute, label) : value;
    written.add(index);
  });
  if (written.size > 0) return finish(values, written, target);
  const seed = path.filter === undefined ? {} : seedFromFilter(path.filter);
  if (seed === undefined) throw ScimError.noTarget(`"${label}" matches no value to ${op}`);
  const added = attribute.type === 'complex' ? normaliseElement({ ...seed, ...patch }, attribute, label) : value;
  if (added === undefined) return finish(values, written, target);
  // The new value must be one the filter selects, or a repeat of the request would add it again.
  if (!matches(added)) throw ScimError.noTarget(`"${label}" matches no value, and the value given would not match it either`);
  written.add(values.push(added) - 1);
  return finish(values, written, target);
}
