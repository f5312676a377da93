/**
 * Applies canonical PATCH operations to a resource (RFC 7644 section 3.5.2). Pure: returns a new
 * resource and never touches the one given. Operations apply in order; the first failure throws
 * a ScimError and nothing is returned, which is the RFC's "all or nothing".
 *
 * Per operation: the path must name an attribute of the schema (`invalidPath`); a readOnly
 * attribute or sub-attribute (`id`, `meta`, `groups`) cannot be written or removed, an immutable
 * one cannot change once set, a required one cannot become unassigned (all `mutability`, RFC 7644
 * sections 3.5.2 and 3.5.2.2, RFC 7643 section 2.2); values are typed by the schema
 * (`invalidValue`). The value semantics are in set-value.ts and remove-value.ts.
 */
import { ScimError } from '../errors.ts';
import type { JsonValue, ScimResource } from '../resource.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { jsonEqual } from './json-equal.ts';
import { isNoValue, normaliseElement, normaliseValue } from './normalise-value.ts';
import type { PatchOperation } from './patch-operation.ts';
import { formatPatchPath } from './patch-operation.ts';
import { removeValue } from './remove-value.ts';
import type { PatchTarget } from './resolve-patch-target.ts';
import { resolvePatchTarget } from './resolve-patch-target.ts';
import { ResourceDraft } from './resource-draft.ts';
import { setValue } from './set-value.ts';

/** Types the value as parsePatchRequest does, so hand-built operations meet the same rules. */
function typedValue(op: PatchOperation & { readonly value: JsonValue }, target: PatchTarget, label: string): JsonValue | undefined {
  if (target.subAttribute !== undefined) return normaliseValue(op.value, target.subAttribute, label);
  if (target.attribute.multiValued && op.path.filter !== undefined) return normaliseElement(op.value, target.attribute, label);
  return normaliseValue(op.value, target.attribute, label);
}

function nextValue(op: PatchOperation, before: JsonValue | undefined, target: PatchTarget, label: string): JsonValue | undefined {
  switch (op.op) {
    case 'add':
    case 'replace': {
      const value = typedValue(op, target, label);
      if (value !== undefined) return setValue(op.op, before, op.path, target, value);
      // A value with nothing the schema can hold (`{}`, only unknown sub-attributes) changes nothing.
      if (!isNoValue(op.value)) return before;
      // null or "": a removal, except that adding nothing to a list never empties it (see normalise-operation.ts).
      const addToList = op.op === 'add' && target.attribute.multiValued && op.path.filter === undefined && target.subAttribute === undefined;
      return addToList ? before : removeValue(before, op.path, target);
    }
    case 'remove':
      return removeValue(before, op.path, target);
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

function checkMutability(target: PatchTarget, before: JsonValue | undefined, after: JsonValue | undefined, label: string): void {
  const { attribute } = target;
  if (before === undefined || jsonEqual(before, after)) return;
  if (attribute.mutability === 'immutable') throw ScimError.mutability(`"${label}" is immutable once set`);
  if (after === undefined && attribute.required) throw ScimError.mutability(`"${label}" is required and cannot be removed`);
}

export function applyPatch(resource: ScimResource, ops: readonly PatchOperation[], schema: ResourceSchema): ScimResource {
  const draft = new ResourceDraft(resource);
  for (const op of ops) {
    const target = resolvePatchTarget(op.path, schema);
    const label = formatPatchPath(op.path);
    if (target.attribute.mutability === 'readOnly' || target.subAttribute?.mutability === 'readOnly') {
      throw ScimError.mutability(`"${label}" is read-only`);
    }
    const before = draft.read(target);
    const after = nextValue(op, before, target, label);
    checkMutability(target, before, after, label);
    draft.write(target, after);
  }
  return draft.result();
}
