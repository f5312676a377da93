/**
 * The in-memory state of one identity store and the lookups the operations share: by id, by the
 * case-insensitive unique attributes (UserName, group DisplayName) and by membership pair, each
 * indexed so that creating the N-th user costs the same as the first. Maps keep insertion order,
 * which is creation order, which is the order lists come back in. All writes go through the
 * methods here, which keep the indexes and the cascades (memberships die with their user or group).
 */
import { groupDisplayNameOf, userNameOf } from './records.ts';
import type { GroupRecord, JsonObject, MembershipRecord, UserRecord } from './records.ts';

/** Identity Center compares user names and group display names without regard to case. */
export function uniqueKey(value: string): string {
  return value.toLowerCase();
}

function pairKey(groupId: string, userId: string): string {
  return `${groupId}\u0000${userId}`;
}

export class StoreState {
  readonly #users = new Map<string, UserRecord>();
  readonly #groups = new Map<string, GroupRecord>();
  readonly #memberships = new Map<string, MembershipRecord>();
  readonly #userIdByName = new Map<string, string>();
  readonly #groupIdByName = new Map<string, string>();
  readonly #membershipIdByPair = new Map<string, string>();
  #seq = 0;

  constructor(readonly identityStoreId: string) {}

  get users(): ReadonlyMap<string, UserRecord> {
    return this.#users;
  }

  get groups(): ReadonlyMap<string, GroupRecord> {
    return this.#groups;
  }

  get memberships(): ReadonlyMap<string, MembershipRecord> {
    return this.#memberships;
  }

  nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  userByName(userName: string): UserRecord | undefined {
    const id = this.#userIdByName.get(uniqueKey(userName));
    return id === undefined ? undefined : this.#users.get(id);
  }

  groupByDisplayName(displayName: string): GroupRecord | undefined {
    const id = this.#groupIdByName.get(uniqueKey(displayName));
    return id === undefined ? undefined : this.#groups.get(id);
  }

  membershipOf(groupId: string, userId: string): MembershipRecord | undefined {
    const id = this.#membershipIdByPair.get(pairKey(groupId, userId));
    return id === undefined ? undefined : this.#memberships.get(id);
  }

  /** Callers check uniqueness first (the error differs per caller); this only indexes. */
  addUser(user: UserRecord): void {
    this.#users.set(user.UserId, user);
    this.#userIdByName.set(uniqueKey(userNameOf(user)), user.UserId);
  }

  /** Replaces a user's profile, moving the name index when UserName changed. */
  setUserAttributes(user: UserRecord, attributes: JsonObject): void {
    this.#userIdByName.delete(uniqueKey(userNameOf(user)));
    user.attributes = attributes;
    this.#userIdByName.set(uniqueKey(userNameOf(user)), user.UserId);
  }

  /** Deleting a user takes its group memberships with it, as Identity Center does. */
  removeUser(user: UserRecord): void {
    this.#users.delete(user.UserId);
    this.#userIdByName.delete(uniqueKey(userNameOf(user)));
    for (const m of [...this.#memberships.values()]) if (m.MemberId.UserId === user.UserId) this.removeMembership(m);
  }

  addGroup(group: GroupRecord): void {
    this.#groups.set(group.GroupId, group);
    this.#groupIdByName.set(uniqueKey(groupDisplayNameOf(group)), group.GroupId);
  }

  setGroupAttributes(group: GroupRecord, attributes: JsonObject): void {
    this.#groupIdByName.delete(uniqueKey(groupDisplayNameOf(group)));
    group.attributes = attributes;
    this.#groupIdByName.set(uniqueKey(groupDisplayNameOf(group)), group.GroupId);
  }

  /** Deleting a group takes its memberships with it. */
  removeGroup(group: GroupRecord): void {
    this.#groups.delete(group.GroupId);
    this.#groupIdByName.delete(uniqueKey(groupDisplayNameOf(group)));
    for (const m of [...this.#memberships.values()]) if (m.GroupId === group.GroupId) this.removeMembership(m);
  }

  addMembership(membership: MembershipRecord): void {
    this.#memberships.set(membership.MembershipId, membership);
    this.#membershipIdByPair.set(pairKey(membership.GroupId, membership.MemberId.UserId), membership.MembershipId);
  }

  removeMembership(membership: MembershipRecord): void {
    this.#memberships.delete(membership.MembershipId);
    this.#membershipIdByPair.delete(pairKey(membership.GroupId, membership.MemberId.UserId));
  }
}
