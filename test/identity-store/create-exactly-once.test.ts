// CreateGroup and CreateUser through the AWS adapter when the answer is lost
// (src/identity-store/create-exactly-once.ts), against the emulator's faults.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AwsIdentityStore } from '../../src/identity-store/aws-identity-store.ts';
import { isIdentityStoreCallError } from '../../src/identity-store/identity-store-call-error.ts';
import { STORE_ID, startUpstreamHarness, type UpstreamHarness } from './upstream-client.ts';

function groupsNamed(h: UpstreamHarness, displayName: string): number {
  const output = h.emulator.core.invoke('ListGroups', { IdentityStoreId: STORE_ID }, { actor: 'test' });
  return (output.Groups as readonly { DisplayName?: string }[]).filter((group) => group.DisplayName === displayName).length;
}

describe('createExactlyOnce through the AWS adapter', () => {
  let h: UpstreamHarness;
  let store: AwsIdentityStore;
  before(async () => {
    h = await startUpstreamHarness();
    store = new AwsIdentityStore(h.client, STORE_ID, { createAttempts: 3 });
  });
  afterEach(() => h.emulator.reset());
  after(() => h.close());

  it('returns the group the store made before the answer was lost, found by displayName', async () => {
    h.emulator.faults.add({ operation: 'CreateGroup', times: 1, action: { kind: 'drop-connection', afterApplying: true } });
    const id = await store.createGroup({ displayName: 'Pilots', description: 'Fly things' });
    assert.equal(groupsNamed(h, 'Pilots'), 1);
    assert.equal((await store.describeGroup(id))?.displayName, 'Pilots');
    assert.deepEqual(h.emulator.calls.list().map((call) => call.operation).slice(0, 3), ['CreateGroup', 'GetGroupId', 'DescribeGroup']);
  });

  it('resolves a re-sent create that meets its own earlier create (it landed after the lookup)', async () => {
    h.emulator.faults.add({ operation: 'CreateGroup', times: 1, action: { kind: 'drop-connection', afterApplying: true } });
    // The store answers the first lookup as if the group were not there yet.
    h.emulator.faults.add({ operation: 'GetGroupId', times: 1, action: { kind: 'error', type: 'ResourceNotFoundException' } });
    const id = await store.createGroup({ displayName: 'Late' });
    assert.equal(groupsNamed(h, 'Late'), 1);
    assert.equal((await store.describeGroup(id))?.displayName, 'Late');
    assert.deepEqual(h.emulator.calls.list().map((call) => call.operation).slice(0, 5), ['CreateGroup', 'GetGroupId', 'CreateGroup', 'GetGroupId', 'DescribeGroup']);
  });

  it('reports a uniqueness conflict when the holder of the displayName differs from what was sent', async () => {
    await store.createGroup({ displayName: 'Taken', description: 'theirs' });
    h.emulator.calls.clear();
    h.emulator.faults.add({ operation: 'CreateGroup', times: 1, action: { kind: 'internal-error' } });
    await assert.rejects(store.createGroup({ displayName: 'Taken', description: 'ours' }), (error: unknown) => {
      assert.ok(isIdentityStoreCallError(error));
      assert.equal(error.failure.reason, 'UNIQUENESS_CONSTRAINT_VIOLATION');
      assert.equal(error.toScimError().status, 409);
      assert.match(error.toScimError().detail, /displayName "Taken" belongs to a resource that differs/);
      return true;
    });
    assert.equal(h.emulator.calls.count('CreateGroup'), 1);
  });

  it('gives the create\'s own failure back when the lookup fails too: the question stays open', async () => {
    h.emulator.faults.add({ operation: 'CreateGroup', times: 1, action: { kind: 'internal-error', retryAfterSeconds: 4 } });
    h.emulator.faults.add({ operation: 'GetGroupId', action: { kind: 'error', type: 'AccessDeniedException' } });
    await assert.rejects(store.createGroup({ displayName: 'Unknown' }), (error: unknown) => {
      assert.ok(isIdentityStoreCallError(error));
      assert.equal(error.failure.exception, 'InternalServerException');
      assert.equal(error.toScimError().status, 503);
      assert.equal(error.toScimError().retryAfterSeconds, 4);
      return true;
    });
    assert.equal(h.emulator.calls.count('CreateGroup'), 1);
  });

  it('passes definite refusals through untouched: no lookup after a validation error', async () => {
    h.emulator.faults.add({ operation: 'CreateUser', times: 1, action: { kind: 'error', type: 'ValidationException' } });
    await assert.rejects(store.createUser({ userName: 'refused', displayName: 'Refused', name: { givenName: 'R', familyName: 'F' } }));
    assert.deepEqual(h.emulator.calls.list().map((call) => call.operation), ['CreateUser']);
  });

  it('matches a user with its nested attributes and enterprise extension as sent', async () => {
    h.emulator.faults.add({ operation: 'CreateUser', times: 1, action: { kind: 'drop-connection', afterApplying: true } });
    const sent = {
      userName: 'full@example.com', displayName: 'Full Person', name: { givenName: 'Full', familyName: 'Person' },
      emails: [{ value: 'full@example.com', type: 'work', primary: true }], title: 'Pilot',
      enterprise: { department: 'Air', manager: { value: 'boss' } },
    };
    const id = await store.createUser(sent);
    const user = await store.describeUser(id, { enterprise: true });
    assert.equal(user?.userName, 'full@example.com');
    assert.equal(h.emulator.calls.count('CreateUser'), 1);
  });
});
