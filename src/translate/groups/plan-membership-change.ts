/**
 * Folds canonical PATCH operations (patch-operation.ts, RFC 7644 section 3.5.2) on a Group into
 * a MembershipPlan plus the operations on other attributes. parsePatchRequest has already
 * normalised the dialects, so the member forms that reach this fold are:
 * - `add members [...]`: RFC 7644 section 3.5.2.1; Okta, Entra (`"$ref": null` already dropped);
 * - `remove members[value eq "x"]`: RFC filter path (Okta, Entra with aadOptscim062020), and
 *   what Entra's default and JumpCloud's `Remove members` with a value array became;
 * - `remove members`: every member (RFC 7644 section 3.5.2.2);
 * - `replace members [...]`: the full list (Okta, ForgeRock); `replace members []` arrives as
 *   `remove members`;
 * - `replace members[value eq "x"]` with one value: that member swapped for the given one.
 * Operations apply in order, so a later operation on a user overrides an earlier one. Pure.
 */
import { sameName } from '../../scim/attribute-path.ts';
import { ScimError } from '../../scim/errors.ts';
import type { Filter } from '../../scim/filter/ast.ts';
import { printFilter } from '../../scim/filter/print-filter.ts';
import type { PatchOperation, PatchPath } from '../../scim/patch/patch-operation.ts';
import { formatPatchPath } from '../../scim/patch/patch-operation.ts';
import type { JsonValue } from '../../scim/resource.ts';
import { isJsonObject } from '../../scim/resource.ts';
import type { MembershipPlan } from './membership-plan.ts';

type Fold =
  | { kind: 'delta'; add: Set<string>; remove: Set<string> }
  | { kind: 'replace'; members: Set<string> };

function isMembersPath(path: PatchPath): boolean {
  return path.attribute.schema === undefined && sameName(path.attribute.attribute, 'members');
}

/** The user ids in a normalised `members` value (an array of `{value, type?, $ref?}`, or one such object). */
function memberIds(value: JsonValue, label: string): string[] {
  const items: readonly JsonValue[] = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    const id = isJsonObject(item) ? item['value'] : undefined;
    if (typeof id !== 'string') throw ScimError.invalidValue(`Each value of "${label}" needs a "value": the member's user id`);
    const type = isJsonObject(item) ? item['type'] : undefined;
    // The Identity Store has no nested groups: a member is always a user (group-schema.ts).
    if (typeof type === 'string' && !sameName(type, 'User')) {
      throw ScimError.invalidValue(`Member "${id}" has type "${type}": only users can be members of a group`);
    }
    return id;
  });
}

/**
 * The user ids a value filter on `members` selects. Without the current member list only
 * `value eq` (and `or` of them) can be answered; any other filter would need a read of every
 * member, which RFC 7644 Table 9 lets a server refuse as an unsupported filter (invalidFilter).
 */
function selectedIds(filter: Filter): string[] {
  switch (filter.kind) {
    case 'compare':
      if (filter.op === 'eq' && filter.path.attribute === 'value' && filter.path.subAttribute === undefined) {
        // A non-string compValue (`value eq 5`) can equal no user id: it selects nobody.
        return typeof filter.value === 'string' ? [filter.value] : [];
      }
      break;
    case 'or':
      return filter.operands.flatMap(selectedIds);
    case 'and':
    case 'not':
    case 'present':
    case 'valuePath':
      break;
    default: {
      const unreachable: never = filter;
      return unreachable;
    }
  }
  throw ScimError.invalidFilter(`members[${printFilter(filter)}]: only members[value eq "<user id>"] filters are supported`);
}

function addTo(fold: Fold, ids: readonly string[]): void {
  for (const id of ids) {
    if (fold.kind === 'replace') fold.members.add(id);
    else {
      fold.add.add(id);
      fold.remove.delete(id);
    }
  }
}

function removeFrom(fold: Fold, ids: readonly string[]): void {
  for (const id of ids) {
    if (fold.kind === 'replace') fold.members.delete(id);
    else {
      fold.remove.add(id);
      fold.add.delete(id);
    }
  }
}

/** One operation on `members` applied to the fold; returns the fold (a full replace starts a new one). */
function step(fold: Fold, operation: PatchOperation): Fold {
  const { path } = operation;
  const label = formatPatchPath(path);
  // `members.value`, `members[...].display` and the like: member values are immutable (RFC 7643
  // section 8.7.1) and `display` is read-only; a member is added or removed whole.
  if (path.subAttribute !== undefined) throw ScimError.invalidPath(`"${label}": add or remove whole members ({"value": "<user id>"}), not their sub-attributes`);
  switch (operation.op) {
    case 'add':
      if (path.filter !== undefined) throw ScimError.invalidPath(`"${label}": an add of members takes the path "members" without a filter`);
      addTo(fold, memberIds(operation.value, label));
      return fold;
    case 'remove':
      if (path.filter === undefined) return { kind: 'replace', members: new Set() };
      removeFrom(fold, selectedIds(path.filter));
      return fold;
    case 'replace':
      if (path.filter === undefined) return { kind: 'replace', members: new Set(memberIds(operation.value, label)) };
      // RFC 7644 section 3.5.2.3: the selected values are replaced by the given value.
      removeFrom(fold, selectedIds(path.filter));
      addTo(fold, memberIds(operation.value, label));
      return fold;
    default: {
      const unreachable: never = operation;
      return unreachable;
    }
  }
}

export function planMembershipChange(operations: readonly PatchOperation[]): MembershipPlan {
  let fold: Fold = { kind: 'delta', add: new Set(), remove: new Set() };
  const attributeOperations: PatchOperation[] = [];
  for (const operation of operations) {
    if (isMembersPath(operation.path)) fold = step(fold, operation);
    else attributeOperations.push(operation);
  }
  return fold.kind === 'delta'
    ? { kind: 'delta', add: fold.add, remove: fold.remove, attributeOperations }
    : { kind: 'replace', members: fold.members, attributeOperations };
}
