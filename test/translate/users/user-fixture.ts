/**
 * Shared setup for the /Users service tests: the emulator over HTTP, the real SDK adapter,
 * `memory:` state and one service per deactivation mode. No mocks: every call is a real
 * Identity Store call the emulator logs.
 */
import assert from 'node:assert/strict';
import type { DeactivationMode } from '../../../src/config/config.ts';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { AwsIdentityStore } from '../../../src/identity-store/aws-identity-store.ts';
import { createIdentityStoreClient } from '../../../src/identity-store/create-identity-store-client.ts';
import type { IdentityStore } from '../../../src/identity-store/port.ts';
import { isScimError } from '../../../src/scim/errors.ts';
import type { AttributeSelection } from '../../../src/scim/list/list-query.ts';
import { buildListResponse } from '../../../src/scim/list/build-list-response.ts';
import { openGatewayState } from '../../../src/state/open-gateway-state.ts';
import type { GatewayState } from '../../../src/state/port.ts';
import type { ResourceResult, ResourceService, ScimRequestContext } from '../../../src/translate/resource-service.ts';
import type { UserRenderer } from '../../../src/translate/user-renderer.ts';
import { createUserService } from '../../../src/translate/users/create-user-service.ts';

export const STORE_ID = 'd-1234567890';
export const OKTA: ScimRequestContext = { issuer: 'okta', baseUrl: 'https://scim.example.com/scim/v2' };
export const ENTRA: ScimRequestContext = { issuer: 'entra', baseUrl: 'https://scim.example.com/scim/v2' };
export const ALL: AttributeSelection = { kind: 'default' };
export const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export interface UserFixture {
  readonly emulator: RunningEmulator;
  readonly store: IdentityStore;
  readonly state: GatewayState;
  service(mode?: DeactivationMode): ResourceService & UserRenderer;
  /** Operation names the emulator saw since the last clear, in order. */
  operations(): string[];
  close(): Promise<void>;
}

export async function openUserFixture(): Promise<UserFixture> {
  const emulator = await startEmulator({ port: 0 });
  const client = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' } });
  const store = new AwsIdentityStore(client, STORE_ID);
  const state = await openGatewayState('memory:');
  return {
    emulator, store, state,
    service: (mode = 'status') => createUserService({
      store, state, deactivation: mode,
      list: () => Promise.resolve(buildListResponse({ resources: [], totalResults: 0, startIndex: 1 })),
    }),
    operations: () => emulator.calls.list().map((call) => call.operation),
    async close() {
      client.destroy();
      await state.close();
      await emulator.close();
    },
  };
}

export function userBody(userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: [USER_URN],
    userName,
    name: { givenName: 'Barbara', familyName: 'Jensen' },
    displayName: 'Babs Jensen',
    emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
    ...extra,
  };
}

/** Asserts a SCIM error by status, scimType and a detail fragment. */
export async function rejectsScim(promise: Promise<unknown>, status: number, scimType: string | undefined, detail: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isScimError(error), `expected a ScimError, got ${String(error)}`);
    assert.equal(error.status, status);
    assert.equal(error.scimType, scimType);
    assert.match(error.detail, detail);
    return true;
  });
}

/** The id of a created or read user, checked to be a string. */
export function idOf(result: ResourceResult): string {
  const id = result.resource.id;
  assert.equal(typeof id, 'string');
  return id as string;
}
