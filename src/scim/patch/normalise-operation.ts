/**
 * Turns one PATCH operation as sent (RFC 7644 section 3.5.2) into canonical operations. Every IdP
 * quirk that depends on the target attribute is one commented rule here; the message-level rules
 * (op case, the PatchOp schema) are in parse-patch-request.ts, the path-less forms in
 * expand-path-less-value.ts, the value dialects in normalise-value.ts.
 */
import { ScimError } from '../errors.ts';
import type { JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { ResourceSchema, SchemaDefinition } from '../schema/types.ts';
import { sameName } from '../attribute-path.ts';
import { expandPathLessValue } from './expand-path-less-value.ts';
import { isNoValue, normaliseElement, normaliseValue } from './normalise-value.ts';
import type { PatchOperation, PatchPath } from './patch-operation.ts';
import { formatPatchPath } from './patch-operation.ts';
import { parsePatchPath } from './parse-patch-path.ts';
import { resolvePatchTarget } from './resolve-patch-target.ts';

export interface RawOperation {
  readonly op: 'add' | 'replace' | 'remove';
  readonly path: string | undefined;
  /** Whether the operation had a `value` member at all (null counts as present). */
  readonly hasValue: boolean;
  readonly value: unknown;
}

type SetOp = 'add' | 'replace';

const remove = (path: PatchPath): PatchOperation => ({ op: 'remove', path });
const set = (op: SetOp, path: PatchPath, value: JsonValue): PatchOperation =>
  op === 'add' ? { op, path, value } : { op, path, value };

/** An add or replace whose target is known: `raw` is the value as sent. */
function normaliseSet(op: SetOp, path: PatchPath, raw: unknown, schema: ResourceSchema): PatchOperation[] {
  const { attribute, subAttribute } = resolvePatchTarget(path, schema);
  const label = formatPatchPath(path);
  if (attribute.mutability === 'readOnly' || subAttribute?.mutability === 'readOnly') {
    throw ScimError.mutability(`"${label}" is read-only`);
  }
  if (subAttribute !== undefined) {
    const value = normaliseValue(raw, subAttribute, label);
    return [value === undefined ? remove(path) : set(op, path, value)];
  }
  if (attribute.multiValued && path.filter !== undefined) {
    // The filter selects values, so the value is one value; tolerate it wrapped in a one-item list.
    const one = Array.isArray(raw) && raw.length === 1 ? (raw as unknown[])[0] : raw;
    const value = normaliseElement(one, attribute, label);
    return [value === undefined ? remove(path) : set(op, path, value)];
  }
  if (attribute.multiValued) {
    const value = normaliseValue(raw, attribute, label);
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    // Adding nothing changes nothing: an `add` of null or [] (Okta creates groups with
    // `members: []`) must never wipe the attribute. Replacing with nothing clears it (RFC 7644
    // section 3.5.2.3 replaces all values).
    if (empty) return op === 'add' ? [] : [remove(path)];
    return [set(op, path, value)];
  }
  if (attribute.type === 'complex') return expandComplex(op, path, raw, schema);
  const value = normaliseValue(raw, attribute, label);
  return [value === undefined ? remove(path) : set(op, path, value)];
}

/**
 * A single-valued complex attribute becomes one operation per sub-attribute: RFC 7644 section
 * 3.5.2.3 leaves sub-attributes not in the value unchanged, and a path-less `{"name":
 * {"givenName": "x"}}` from Entra or Okta means exactly that (scim-patch drops familyName here).
 */
function expandComplex(op: SetOp, path: PatchPath, raw: unknown, schema: ResourceSchema): PatchOperation[] {
  if (isNoValue(raw)) return [remove(path)];
  const { attribute } = resolvePatchTarget(path, schema);
  const subAttributes = attribute.subAttributes ?? [];
  const hasValueSub = subAttributes.some((sub) => sub.name === 'value');
  // Entra sends the manager as a bare id string (SCIMple #1242): it is `{value: id}`.
  const object: unknown = !isJsonObject(raw) && hasValueSub && typeof raw !== 'object' ? { value: raw } : raw;
  if (!isJsonObject(object)) throw ScimError.invalidValue(`"${formatPatchPath(path)}" must be an object`);
  const ops: PatchOperation[] = [];
  for (const [key, subRaw] of Object.entries(object)) {
    const sub = subAttributes.find((candidate) => sameName(candidate.name, key));
    // Entra removes a manager with an empty value (`""`, `{"value": ""}`): without its id there is
    // no manager left, so the whole attribute goes.
    if (sub?.name === 'value' && isNoValue(subRaw)) return [remove(path)];
    // Unknown and read-only sub-attributes are dropped, as in any value (normalise-value.ts).
    if (sub === undefined || sub.mutability === 'readOnly') continue;
    ops.push(...normaliseSet(op, { ...path, subAttribute: sub.name }, subRaw, schema));
  }
  return ops;
}

/**
 * Entra (default dialect) and JumpCloud remove members with `{"op": "Remove", "path": "members",
 * "value": [{"value": "id"}]}`. Read as RFC 7644 section 3.5.2.2 it would remove every member
 * (SCIMReferenceCode #10, SCIMple #436): it means "remove these", so each listed value becomes
 * a remove with the filter `members[value eq "id"]`, and an empty list removes nothing.
 */
function removeByValue(path: PatchPath, raw: unknown, schema: ResourceSchema): PatchOperation[] {
  const { attribute } = resolvePatchTarget(path, schema);
  const label = formatPatchPath(path);
  const values = normaliseValue(raw, attribute, label);
  if (!Array.isArray(values)) return [];
  return (values as readonly JsonValue[]).map((value) => {
    const id = attribute.type === 'complex' ? (isJsonObject(value) ? value['value'] : undefined) : value;
    if (typeof id !== 'string' && typeof id !== 'number' && typeof id !== 'boolean') {
      throw ScimError.invalidValue(`A remove of "${label}" with a value needs each value's "value"`);
    }
    return remove({ ...path, filter: { kind: 'compare', op: 'eq', path: { attribute: 'value' }, value: id } });
  });
}

/**
 * A path that is an extension's URN alone (`"path": "urn:...:enterprise:2.0:User"`) is not an
 * RFC 7644 attrPath, but clients send it to mean the extension object: its value is read like the
 * container form of a path-less value, and a remove clears each of its attributes.
 */
function wholeExtension(raw: RawOperation, extension: SchemaDefinition, schema: ResourceSchema): PatchOperation[] {
  if (raw.op === 'remove') {
    return extension.attributes
      .filter((attribute) => attribute.mutability !== 'readOnly')
      .map((attribute) => remove({ attribute: { schema: extension.id, attribute: attribute.name } }));
  }
  if (!raw.hasValue) throw ScimError.invalidValue(`An ${raw.op} of "${extension.id}" needs a "value"`);
  return normaliseOperation({ op: raw.op, path: undefined, hasValue: true, value: { [extension.id]: raw.value as JsonValue } }, schema);
}

export function normaliseOperation(raw: RawOperation, schema: ResourceSchema): PatchOperation[] {
  if (raw.path === undefined) {
    // RFC 7644 section 3.5.2.2: a remove without path fails with noTarget.
    if (raw.op === 'remove') throw ScimError.noTarget('A remove operation needs a "path"');
    if (!raw.hasValue) throw ScimError.invalidValue(`An ${raw.op} operation needs a "value"`);
    const op = raw.op;
    return expandPathLessValue(raw.value, schema).flatMap(({ path, value }) => normaliseSet(op, path, value, schema));
  }
  const extension = schema.extensions.find((candidate) => sameName(candidate.id, raw.path?.trim() ?? ''));
  if (extension !== undefined) return wholeExtension(raw, extension, schema);
  const path = parsePatchPath(raw.path, schema);
  switch (raw.op) {
    case 'remove': {
      const { attribute, subAttribute } = resolvePatchTarget(path, schema);
      if (attribute.mutability === 'readOnly' || subAttribute?.mutability === 'readOnly') {
        throw ScimError.mutability(`"${formatPatchPath(path)}" is read-only`);
      }
      const byValue = raw.hasValue && !isNoValue(raw.value) && attribute.multiValued
        && path.filter === undefined && path.subAttribute === undefined;
      return byValue ? removeByValue(path, raw.value, schema) : [remove(path)];
    }
    case 'add':
    case 'replace':
      // RFC 7644 section 3.5.2.1: the operation "MUST contain a value member". A required value
      // that is missing is `invalidValue` by RFC 7644 Table 9; the message itself parsed fine.
      if (!raw.hasValue) throw ScimError.invalidValue(`An ${raw.op} of "${raw.path}" needs a "value"`);
      return normaliseSet(raw.op, path, raw.value, schema);
    default: {
      const unreachable: never = raw.op;
      return unreachable;
    }
  }
}
