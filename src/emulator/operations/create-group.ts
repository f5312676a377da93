/**
 * CreateGroup (Identity Store API reference). Identity Center requires DisplayName, keeps it
 * unique ignoring case, rejects `<>;:%` and the reserved name `AWSAdministrators`.
 */
import { checkName } from '../rules/name-rules.ts';
import { newResourceId } from '../state/new-resource-id.ts';
import type { GroupRecord, JsonObject } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { created } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface CreateGroupInput {
  readonly DisplayName?: string;
  readonly Description?: string;
}

/** The checks CreateGroup and seeding share, returning the attributes to store. */
export function checkNewGroup(input: CreateGroupInput): JsonObject {
  if (input.DisplayName === undefined || input.DisplayName === null) {
    throw IdentityStoreError.validation("1 validation error detected: Value at 'displayName' failed to satisfy constraint: Member must not be null");
  }
  checkName(input.DisplayName, 'displayName');
  return { DisplayName: input.DisplayName, ...(input.Description === undefined || input.Description === null ? {} : { Description: input.Description }) };
}

export function createGroup(input: CreateGroupInput, ctx: OperationContext): { IdentityStoreId: string; GroupId: string } {
  const attributes = checkNewGroup(input);
  if (ctx.store.groupByDisplayName(input.DisplayName ?? '') !== undefined) {
    throw IdentityStoreError.conflict('UNIQUENESS_CONSTRAINT_VIOLATION', `A group with DisplayName ${String(input.DisplayName)} already exists.`);
  }
  const group: GroupRecord = {
    GroupId: newResourceId(ctx.store.identityStoreId),
    seq: ctx.store.nextSeq(),
    attributes,
    ExternalIds: [],
    ...created(ctx),
  };
  ctx.store.addGroup(group);
  return { IdentityStoreId: ctx.store.identityStoreId, GroupId: group.GroupId };
}
