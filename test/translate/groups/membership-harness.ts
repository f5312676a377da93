/**
 * The real stack for membership tests: the emulator over HTTP, the SDK client from
 * createIdentityStoreClient and the AwsIdentityStore adapter. Seeds users, a group and its
 * members directly (not through the calls under test) and reads the truth back from the core.
 */
import { randomUUID } from 'node:crypto';
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { startEmulator } from '../../../src/emulator/start-emulator.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { AwsIdentityStore } from '../../../src/identity-store/aws-identity-store.ts';
import { createIdentityStoreClient } from '../../../src/identity-store/create-identity-store-client.ts';
import { NO_WAIT_UPSTREAM } from '../../helpers/no-wait-upstream.ts';

export const STORE_ID = 'd-1234567890';
const CREDENTIALS = { accessKeyId: 'AKIAMEMBERSTEST00001', secretAccessKey: 'members-test-secret' };

export interface Harness {
  readonly emulator: RunningEmulator;
  readonly store: AwsIdentityStore;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const emulator = await startEmulator({ credentials: [CREDENTIALS], knownIdentityStoreIds: [STORE_ID], faultSeed: 11 });
  // Throttle and error faults with RetryAfterSeconds: the retry decisions as in production, without sleeping them.
  const client: IdentitystoreClient = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials: CREDENTIALS }, NO_WAIT_UPSTREAM);
  return {
    emulator,
    store: new AwsIdentityStore(client, STORE_ID),
    close: async () => {
      client.destroy();
      await emulator.close();
    },
  };
}

export interface SeededGroup {
  readonly groupId: string;
  /** Every seeded user; the first `members` of them are members of the group. */
  readonly userIds: readonly string[];
}

/** Resets the emulator and seeds `users` users and one group holding the first `members` of them. */
export function seedGroup(emulator: RunningEmulator, users: number, members: number): SeededGroup {
  emulator.reset();
  const userIds = Array.from({ length: users }, () => randomUUID());
  const groupId = randomUUID();
  emulator.seed({
    stores: {
      [STORE_ID]: {
        users: userIds.map((UserId, index) => ({ UserId, UserName: `user${index}`, DisplayName: `User ${index}`, Name: { GivenName: 'User', FamilyName: String(index) } })),
        groups: [{ GroupId: groupId, DisplayName: 'Engineering' }],
        memberships: userIds.slice(0, members).map((UserId) => ({ GroupId: groupId, UserId })),
      },
    },
  });
  emulator.calls.clear();
  return { groupId, userIds };
}

/** The group's members as the emulator holds them. */
export function membersOf(emulator: RunningEmulator, groupId: string): Set<string> {
  const store = emulator.core.snapshot().stores[STORE_ID];
  return new Set((store?.memberships ?? []).filter((m) => m.GroupId === groupId).map((m) => m.UserId ?? ''));
}

/** Calls per operation, for budget assertions. */
export function callCounts(emulator: RunningEmulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of emulator.calls.list()) counts[call.operation] = (counts[call.operation] ?? 0) + 1;
  return counts;
}

export const MEMBERSHIP_WRITES = ['CreateGroupMembership', 'DeleteGroupMembership'] as const;
