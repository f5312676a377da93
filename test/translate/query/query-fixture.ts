/**
 * Shared setup for the listing tests: the emulator over HTTP, the real SDK adapter, `memory:`
 * state and the real UserRenderer (src/translate/users, status deactivation mode), so listing
 * is tested with exactly what the gateway renders.
 */
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import type { SeedUser } from '../../../src/emulator/state/seed-data.ts';
import { AwsIdentityStore } from '../../../src/identity-store/aws-identity-store.ts';
import { createIdentityStoreClient } from '../../../src/identity-store/create-identity-store-client.ts';
import type { IdentityStore } from '../../../src/identity-store/port.ts';
import { ScimError } from '../../../src/scim/errors.ts';
import type { ListQuery } from '../../../src/scim/list/list-query.ts';
import { openGatewayState } from '../../../src/state/open-gateway-state.ts';
import type { GatewayState } from '../../../src/state/port.ts';
import type { ScimRequestContext } from '../../../src/translate/resource-service.ts';
import type { UserRenderer } from '../../../src/translate/user-renderer.ts';
import { createUserRenderer } from '../../../src/translate/users/create-user-renderer.ts';

export const STORE_ID = 'd-1234567890';
export const CONTEXT: ScimRequestContext = { issuer: 'okta', baseUrl: 'https://scim.example.com/scim/v2' };

export interface QueryFixture {
  readonly emulator: RunningEmulator;
  readonly store: IdentityStore;
  readonly state: GatewayState;
  readonly renderer: UserRenderer;
  close(): Promise<void>;
}

function testRenderer(state: GatewayState): UserRenderer {
  return createUserRenderer({ state, deactivation: 'status' });
}

export async function openQueryFixture(): Promise<QueryFixture> {
  const emulator = await startEmulator({ port: 0 });
  const client = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' } });
  const store = new AwsIdentityStore(client, STORE_ID);
  const state = await openGatewayState('memory:');
  return {
    emulator, store, state, renderer: testRenderer(state),
    async close() {
      client.destroy();
      await state.close();
      await emulator.close();
    },
  };
}

/** user-000 ... : family names cycle through a few values so `co` filters match a known subset. */
export function seedUser(index: number, extra: Partial<SeedUser> = {}): SeedUser {
  const n = String(index).padStart(3, '0');
  return {
    UserName: `user-${n}`,
    DisplayName: `User ${n}`,
    Name: { GivenName: `Given${n}`, FamilyName: index % 10 === 0 ? 'Xavier' : 'Smith' },
    Emails: [{ Value: `user-${n}@example.com`, Type: 'work', Primary: true }],
    ...extra,
  };
}

export function seedUsers(fixture: QueryFixture, users: readonly SeedUser[]): void {
  fixture.emulator.seed({ stores: { [STORE_ID]: { users } } });
}

/** The operations the emulator saw since the last clear, in order. */
export function operations(fixture: QueryFixture): string[] {
  return fixture.emulator.calls.list().map((call) => call.operation);
}

/** A ListQuery with defaults: index paging from 1 by 100, store order, default attributes. */
export function listQuery(overrides: Partial<ListQuery> = {}): ListQuery {
  return { pagination: { method: 'index', startIndex: 1, count: 100 }, sortOrder: 'ascending', attributes: { kind: 'default' }, ...overrides };
}

/** Awaits a rejection with a ScimError of this status, scimType and detail fragment. */
export async function rejectsScim(run: () => Promise<unknown>, expected: { status: number; scimType?: string; detail: RegExp }): Promise<ScimError> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ScimError, `expected a ScimError, got ${String(caught)}`);
  assert.equal(caught.status, expected.status);
  assert.equal(caught.scimType, expected.scimType);
  assert.match(caught.detail, expected.detail);
  return caught;
}
