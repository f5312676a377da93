/**
 * Fault injection over HTTP with the real SDK: throttling and server errors arrive as the typed
 * exceptions with RetryAfterSeconds, the SDK's retry classification sees them (and the call log
 * shows each attempt), latency delays, dropped connections get no answer; rules target
 * operations, fire a limited number of times or with a seeded probability.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { CreateGroupCommand, IdentitystoreClient, InternalServerException, ListGroupsCommand, ListUsersCommand, ThrottlingException } from '@aws-sdk/client-identitystore';
import { FaultInjector } from '../../../src/emulator/faults/fault-injector.ts';
import { startEmulator } from '../../../src/emulator/start-emulator.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';

const IdentityStoreId = 'd-1234567890';

describe('fault injection over HTTP', () => {
  let emulator: RunningEmulator;
  let client: IdentitystoreClient;
  before(async () => {
    emulator = await startEmulator({ faultSeed: 7 });
    client = new IdentitystoreClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  });
  after(async () => {
    client.destroy();
    await emulator.close();
  });
  beforeEach(() => emulator.reset());

  it('throttles with a ThrottlingException carrying RetryAfterSeconds, classified as throttling', async () => {
    emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 4 }, operation: 'ListUsers', times: 1 });
    await assert.rejects(client.send(new ListUsersCommand({ IdentityStoreId })), (error: unknown) => {
      assert.ok(error instanceof ThrottlingException);
      assert.equal(error.name, 'ThrottlingException');
      assert.equal(error.RetryAfterSeconds, 4);
      assert.deepEqual(error.$retryable, { throttling: true });
      assert.equal(error.$metadata.httpStatusCode, 400);
      return true;
    });
    // times: 1 -> the next call goes through; other operations were never affected.
    await client.send(new ListUsersCommand({ IdentityStoreId }));
    assert.deepEqual(
      emulator.calls.list().map((c) => c.outcome),
      [{ kind: 'error', error: 'ThrottlingException', injected: true }, { kind: 'ok' }],
    );
  });

  it('answers InternalServerException with HTTP 500, a generic message and RetryAfterSeconds', async () => {
    emulator.faults.add({ action: { kind: 'internal-error', retryAfterSeconds: 2 }, times: 1 });
    await assert.rejects(client.send(new ListGroupsCommand({ IdentityStoreId })), (error: unknown) => {
      assert.ok(error instanceof InternalServerException);
      assert.equal(error.RetryAfterSeconds, 2);
      assert.equal(error.$fault, 'server');
      assert.equal(error.$metadata.httpStatusCode, 500);
      assert.equal(error.message, 'An internal error occurred.');
      return true;
    });
  });

  it('only targets the named operations', async () => {
    emulator.faults.add({ action: { kind: 'throttle' }, operations: ['CreateGroup'] });
    await client.send(new ListGroupsCommand({ IdentityStoreId }));
    await assert.rejects(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'g' })), ThrottlingException);
    await assert.rejects(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'g' })), ThrottlingException);
    emulator.faults.clear();
    await client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'g' }));
    assert.equal(emulator.calls.count('CreateGroup'), 3);
  });

  it('lets the SDK retry a throttled call, each attempt in the call log', async () => {
    const retrying = new IdentitystoreClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 3 });
    emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 1 }, times: 1 });
    const answer = await retrying.send(new ListUsersCommand({ IdentityStoreId }));
    retrying.destroy();
    assert.equal(answer.$metadata.attempts, 2);
    assert.equal(emulator.calls.count('ListUsers'), 2);
  });

  it('adds latency before answering', async () => {
    emulator.faults.add({ action: { kind: 'latency', ms: 150 }, times: 1 });
    const started = Date.now();
    await client.send(new ListUsersCommand({ IdentityStoreId }));
    assert.ok(Date.now() - started >= 140);
    const again = Date.now();
    await client.send(new ListUsersCommand({ IdentityStoreId }));
    assert.ok(Date.now() - again < 140);
  });

  it('drops the connection without a response', async () => {
    emulator.faults.add({ action: { kind: 'drop-connection' }, times: 1 });
    await assert.rejects(client.send(new ListUsersCommand({ IdentityStoreId })), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'ECONNRESET');
      return true;
    });
    assert.deepEqual(emulator.calls.list()[0]?.outcome, { kind: 'dropped' });
    assert.equal((await client.send(new ListGroupsCommand({ IdentityStoreId }))).Groups?.length, 0);
  });

  it('drops the connection after applying the operation when asked: the change is kept, the answer lost', async () => {
    emulator.faults.add({ action: { kind: 'drop-connection', afterApplying: true }, operation: 'CreateGroup', times: 1 });
    await assert.rejects(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'applied' })), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'ECONNRESET');
      return true;
    });
    assert.deepEqual(emulator.calls.list()[0]?.outcome, { kind: 'dropped', applied: true });
    const groups = await client.send(new ListGroupsCommand({ IdentityStoreId }));
    assert.deepEqual(groups.Groups?.map((group) => group.DisplayName), ['applied']);
  });

  it('drops the answer of a failing operation after applying too, and nothing is changed', async () => {
    await client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'taken' }));
    emulator.faults.add({ action: { kind: 'drop-connection', afterApplying: true }, operation: 'CreateGroup', times: 1 });
    await assert.rejects(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'taken' })), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'ECONNRESET');
      return true;
    });
    assert.deepEqual(emulator.calls.list()[1]?.outcome, { kind: 'dropped' });
    assert.equal((await client.send(new ListGroupsCommand({ IdentityStoreId }))).Groups?.length, 1);
  });
});

describe('FaultInjector rules', () => {
  const throttle = { kind: 'throttle', retryAfterSeconds: 1 } as const;

  it('fires a rule with a probability that replays for the same seed', () => {
    const pattern = (seed: number): boolean[] => {
      const faults = new FaultInjector(seed);
      faults.add({ action: throttle, probability: 0.5 });
      return Array.from({ length: 40 }, () => faults.decide('ListUsers').fault !== undefined);
    };
    const first = pattern(42);
    assert.deepEqual(pattern(42), first);
    assert.notDeepEqual(pattern(43), first);
    const fired = first.filter(Boolean).length;
    assert.ok(fired > 5 && fired < 35, `fired ${fired} of 40`);
  });

  it('removes a rule after `times` firings and never fires probability 0', () => {
    const faults = new FaultInjector(1);
    faults.add({ action: throttle, times: 2 });
    faults.add({ action: { kind: 'internal-error' }, probability: 0 });
    assert.equal(faults.decide('ListUsers').fault?.kind, 'throttle');
    assert.equal(faults.decide('ListUsers').fault?.kind, 'throttle');
    assert.equal(faults.decide('ListUsers').fault, undefined);
    assert.equal(faults.list().length, 1);
  });

  it('adds up latency rules and lets the first terminal rule decide', () => {
    const faults = new FaultInjector(1);
    faults.add({ action: { kind: 'latency', ms: 10 } });
    faults.add({ action: { kind: 'drop-connection' }, operation: 'DeleteUser' });
    faults.add({ action: throttle });
    faults.add({ action: { kind: 'latency', ms: 5 } });
    assert.deepEqual(faults.decide('DeleteUser'), { delayMs: 15, fault: { kind: 'drop-connection' } });
    assert.deepEqual(faults.decide('ListUsers'), { delayMs: 15, fault: throttle });
  });

  it('refuses nonsensical rules and can remove one rule', () => {
    const faults = new FaultInjector(1);
    assert.throws(() => faults.add({ action: throttle, probability: 1.5 }), RangeError);
    assert.throws(() => faults.add({ action: throttle, times: 0 }), RangeError);
    const remove = faults.add({ action: throttle });
    remove();
    assert.equal(faults.decide('ListUsers').fault, undefined);
  });
});
