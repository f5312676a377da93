/**
 * Loads seed data (state/seed-data.ts) into identity stores, applying the same constraint tables
 * and rules as the operations (patterns, required attributes, reserved names, uniqueness), so a
 * seed cannot create what the API would refuse. Errors name the seed entry at fault.
 */
import { validateShape } from '../model/validate-input.ts';
import { checkNewGroup } from '../operations/create-group.ts';
import { checkNewUser } from '../operations/create-user.ts';
import { checkExtensions } from '../rules/enterprise-extension.ts';
import { newResourceId } from './new-resource-id.ts';
import type { Audit, GroupRecord, MembershipRecord, UserRecord } from './records.ts';
import type { SeedData, SeedGroup, SeedMembership, SeedUser } from './seed-data.ts';
import type { StoreState } from './store-state.ts';

function at(where: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    throw new Error(`Invalid seed ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function auditOf(seed: Partial<Record<keyof Audit, unknown>>, now: number, actor: string): Audit {
  const time = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : now);
  const created = time(seed.CreatedAt);
  const updated = time(seed.UpdatedAt ?? seed.CreatedAt);
  if (Number.isNaN(created) || Number.isNaN(updated)) throw new Error('CreatedAt/UpdatedAt must be ISO 8601 dates');
  return {
    CreatedAt: created,
    CreatedBy: typeof seed.CreatedBy === 'string' ? seed.CreatedBy : actor,
    UpdatedAt: updated,
    UpdatedBy: typeof seed.UpdatedBy === 'string' ? seed.UpdatedBy : actor,
  };
}

const USER_META = new Set(['UserId', 'ExternalIds', 'UserStatus', 'Extensions', 'CreatedAt', 'CreatedBy', 'UpdatedAt', 'UpdatedBy']);

function loadUser(store: StoreState, seed: SeedUser, now: number, actor: string): void {
  const profile = Object.fromEntries(Object.entries(seed).filter(([k]) => !USER_META.has(k)));
  validateShape('CreateUserRequest', { ...profile, IdentityStoreId: store.identityStoreId }, '');
  const attributes = checkNewUser({ ...profile, IdentityStoreId: store.identityStoreId });
  if (seed.ExternalIds !== undefined) validateShape('ExternalIds', seed.ExternalIds, 'externalIds');
  validateShape('UserStatus', seed.UserStatus ?? 'ENABLED', 'userStatus');
  if (seed.UserId !== undefined) validateShape('ResourceId', seed.UserId, 'userId');
  if (store.userByName(seed.UserName) !== undefined) throw new Error(`UserName ${seed.UserName} is already taken`);
  const user: UserRecord = {
    UserId: seed.UserId ?? newResourceId(store.identityStoreId),
    seq: store.nextSeq(),
    attributes,
    ExternalIds: [...(seed.ExternalIds ?? [])],
    UserStatus: seed.UserStatus ?? 'ENABLED',
    Extensions: seed.Extensions === undefined ? {} : checkExtensions(seed.Extensions),
    ...auditOf(seed, now, actor),
  };
  if (store.users.has(user.UserId)) throw new Error(`UserId ${user.UserId} is already taken`);
  store.addUser(user);
}

function loadGroup(store: StoreState, seed: SeedGroup, now: number, actor: string): void {
  validateShape('CreateGroupRequest', { DisplayName: seed.DisplayName, Description: seed.Description, IdentityStoreId: store.identityStoreId }, '');
  const attributes = checkNewGroup(seed);
  if (seed.ExternalIds !== undefined) validateShape('ExternalIds', seed.ExternalIds, 'externalIds');
  if (seed.GroupId !== undefined) validateShape('ResourceId', seed.GroupId, 'groupId');
  if (store.groupByDisplayName(seed.DisplayName) !== undefined) throw new Error(`DisplayName ${seed.DisplayName} is already taken`);
  const group: GroupRecord = {
    GroupId: seed.GroupId ?? newResourceId(store.identityStoreId),
    seq: store.nextSeq(),
    attributes,
    ExternalIds: [...(seed.ExternalIds ?? [])],
    ...auditOf(seed, now, actor),
  };
  if (store.groups.has(group.GroupId)) throw new Error(`GroupId ${group.GroupId} is already taken`);
  store.addGroup(group);
}

function loadMembership(store: StoreState, seed: SeedMembership, now: number, actor: string): void {
  const groupId = seed.GroupId ?? (seed.GroupDisplayName === undefined ? undefined : store.groupByDisplayName(seed.GroupDisplayName)?.GroupId);
  const userId = seed.UserId ?? (seed.UserName === undefined ? undefined : store.userByName(seed.UserName)?.UserId);
  if (groupId === undefined || !store.groups.has(groupId)) throw new Error('the group does not exist');
  if (userId === undefined || !store.users.has(userId)) throw new Error('the user does not exist');
  if (store.membershipOf(groupId, userId) !== undefined) throw new Error('the membership already exists');
  const membership: MembershipRecord = {
    MembershipId: seed.MembershipId ?? newResourceId(store.identityStoreId),
    seq: store.nextSeq(),
    GroupId: groupId,
    MemberId: { UserId: userId },
    ...auditOf(seed, now, actor),
  };
  store.addMembership(membership);
}

export function loadSeed(data: SeedData, storeFor: (identityStoreId: string) => StoreState, now: number, actor = 'seed'): void {
  if (typeof data !== 'object' || data === null || typeof data.stores !== 'object' || data.stores === null) {
    throw new Error('Invalid seed: expected an object with "stores"');
  }
  for (const [identityStoreId, seed] of Object.entries(data.stores)) {
    at(`store ${identityStoreId}`, () => validateShape('IdentityStoreId', identityStoreId, 'identityStoreId'));
    const store = storeFor(identityStoreId);
    (seed.users ?? []).forEach((u, i) => at(`${identityStoreId} users[${i}]`, () => loadUser(store, u, now, actor)));
    (seed.groups ?? []).forEach((g, i) => at(`${identityStoreId} groups[${i}]`, () => loadGroup(store, g, now, actor)));
    (seed.memberships ?? []).forEach((m, i) => at(`${identityStoreId} memberships[${i}]`, () => loadMembership(store, m, now, actor)));
  }
}
