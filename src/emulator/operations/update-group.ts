/**
 * UpdateGroup (Identity Store API reference): AttributeOperations on the paths `displayName`
 * (required, unique ignoring case, name rules) and `description`; an omitted value removes.
 * Applied to a copy, so a failing operation changes nothing.
 */
import { fromDocument } from '../rules/from-document.ts';
import { checkName } from '../rules/name-rules.ts';
import { groupDisplayNameOf } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { requireGroup, touch } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';
import type { AttributeOperationInput } from './update-user.ts';

export interface UpdateGroupInput {
  readonly GroupId: string;
  readonly Operations: readonly AttributeOperationInput[];
}

/** Group attribute paths and the wire member and shape each one sets. */
const GROUP_PATHS: Readonly<Record<string, { readonly member: string; readonly shape: string }>> = {
  displayName: { member: 'DisplayName', shape: 'GroupDisplayName' },
  description: { member: 'Description', shape: 'SensitiveStringType' },
};

export function updateGroup(input: UpdateGroupInput, ctx: OperationContext): Record<string, never> {
  const group = requireGroup(ctx.store, input.GroupId);
  const attributes = structuredClone(group.attributes);
  for (const { AttributePath: path, AttributeValue: value } of input.Operations) {
    const target = GROUP_PATHS[path];
    if (target === undefined) throw IdentityStoreError.validation(`Invalid attribute path ${JSON.stringify(path)}.`);
    if (value === undefined || value === null) {
      if (target.member === 'DisplayName') throw IdentityStoreError.validation('The attribute displayName is required and cannot be removed.');
      delete attributes[target.member];
      continue;
    }
    const stored = fromDocument(target.shape, value, path);
    if (target.member === 'DisplayName') checkName(stored as string, path);
    attributes[target.member] = stored;
  }
  const displayName = attributes['DisplayName'];
  const holder = typeof displayName === 'string' ? ctx.store.groupByDisplayName(displayName) : undefined;
  if (holder !== undefined && holder.GroupId !== group.GroupId) {
    throw IdentityStoreError.conflict('UNIQUENESS_CONSTRAINT_VIOLATION', `A group with DisplayName ${groupDisplayNameOf(holder)} already exists.`);
  }
  ctx.store.setGroupAttributes(group, attributes);
  touch(group, ctx);
  return {};
}
