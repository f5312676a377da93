// The gateway's SDK retry strategy over HTTP against the emulator (docs/resilience.md): which
// failures are retried, how long it waits (full jitter, never less than RetryAfterSeconds, never
// more than the wait limit), creates never re-sent after an ambiguous failure, adaptive pacing
// after throttles, per-attempt timeouts, the concurrency bound, and what the observer hears.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGroupCommand, CreateUserCommand, ListGroupsCommand, ListUsersCommand, ThrottlingException } from '@aws-sdk/client-identitystore';
import { classifyAwsError } from '../../src/identity-store/classify-aws-error.ts';
import { STORE_ID, startUpstreamHarness, type UpstreamHarness } from './upstream-client.ts';

const listUsers = new ListUsersCommand({ IdentityStoreId: STORE_ID });
const attemptsOf = (h: UpstreamHarness, operation: string): number => h.emulator.calls.count(operation);

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('upstream retries', () => {
  let h: UpstreamHarness;
  before(async () => { h = await startUpstreamHarness(); });
  afterEach(() => {
    h.emulator.reset();
    h.sleeps.length = 0;
    h.calls.length = 0;
    h.throttled.length = 0;
  });
  after(() => h.close());

  it('retries throttling with full-jitter exponential backoff until it succeeds', async () => {
    h.emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 }, times: 3 });
    const output = await h.client.send(listUsers);
    assert.equal(output.$metadata.attempts, 4);
    assert.deepEqual(h.sleeps, [99, 199, 399], 'at most 100, 200, 400 ms');
    assert.deepEqual(h.throttled, ['ListUsers', 'ListUsers', 'ListUsers']);
    assert.deepEqual(h.calls, [{ operation: 'ListUsers', outcome: 'ok', durationMs: h.calls[0]?.durationMs, attempts: 4 }]);
  });

  it('waits at least the RetryAfterSeconds the store sent', async () => {
    h.emulator.faults.add({ action: { kind: 'internal-error', retryAfterSeconds: 2 }, times: 1 });
    await h.client.send(listUsers);
    assert.deepEqual(h.sleeps, [2000]);
  });

  it('does not wait a RetryAfterSeconds beyond the wait limit: the failure comes back at once, hint included', async () => {
    h.emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 6 }, times: 1 });
    const error = await failure(h.client.send(listUsers));
    assert.ok(error instanceof ThrottlingException);
    assert.equal(classifyAwsError(error).retryAfterSeconds, 6);
    assert.deepEqual(h.sleeps, []);
    assert.equal(attemptsOf(h, 'ListUsers'), 1);
  });

  it('stops after the configured attempts and reports the last failure', async () => {
    h.emulator.faults.add({ action: { kind: 'internal-error' } });
    const error = await failure(h.client.send(listUsers));
    assert.equal(classifyAwsError(error).exception, 'InternalServerException');
    assert.equal(attemptsOf(h, 'ListUsers'), 4);
    assert.deepEqual(h.calls.map((call) => [call.outcome, call.attempts]), [['InternalServerException', 4]]);
  });

  it('retries a dropped connection on a read', async () => {
    h.emulator.faults.add({ action: { kind: 'drop-connection' }, times: 2 });
    const output = await h.client.send(listUsers);
    assert.equal(output.$metadata.attempts, 3);
  });

  it('never retries what the error table marks `never`, nor a concurrent modification (re-read by the translation layer)', async () => {
    h.emulator.faults.add({ operation: 'ListUsers', action: { kind: 'error', type: 'ValidationException' } });
    h.emulator.faults.add({ operation: 'ListGroups', action: { kind: 'error', type: 'ConflictException', reason: 'CONCURRENT_MODIFICATION' } });
    await failure(h.client.send(listUsers));
    await failure(h.client.send(new ListGroupsCommand({ IdentityStoreId: STORE_ID })));
    assert.equal(attemptsOf(h, 'ListUsers'), 1);
    assert.equal(attemptsOf(h, 'ListGroups'), 1);
  });

  it('re-sends a create after a throttle (AWS refused it before doing anything)', async () => {
    h.emulator.faults.add({ operation: 'CreateGroup', action: { kind: 'throttle', retryAfterSeconds: 0 }, times: 2 });
    const output = await h.client.send(new CreateGroupCommand({ IdentityStoreId: STORE_ID, DisplayName: 'throttled' }));
    assert.equal(output.$metadata.attempts, 3);
  });

  it('never re-sends a create whose answer may have been lost: one attempt, the failure is the caller\'s to resolve', async () => {
    for (const action of [{ kind: 'drop-connection', afterApplying: true }, { kind: 'internal-error' }] as const) {
      h.emulator.faults.add({ operation: 'CreateUser', action, times: 1 });
      await failure(h.client.send(new CreateUserCommand({ IdentityStoreId: STORE_ID, UserName: `once-${action.kind}`, DisplayName: 'Once' })));
    }
    assert.equal(attemptsOf(h, 'CreateUser'), 2, 'one attempt per create');
    assert.deepEqual(h.sleeps, []);
  });
});

describe('adaptive pacing after throttles (the SDK token bucket)', () => {
  it('slows this process down after the store throttled, and answers ClientSideThrottling rather than wait too long', async () => {
    const h = await startUpstreamHarness({ minRate: 0.5, maxWaitMs: 200, maxAttempts: 1 }, { realSleep: true });
    try {
      await h.client.send(listUsers);
      h.emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 }, times: 1 });
      await failure(h.client.send(listUsers));
      const before = h.emulator.calls.count();
      const error = await failure(h.client.send(listUsers));
      assert.equal(classifyAwsError(error).exception, 'ClientSideThrottling');
      assert.equal(classifyAwsError(error).rule.status, 429);
      assert.equal(h.emulator.calls.count(), before, 'the paced call never reached the store');
      assert.deepEqual(h.calls.at(-1), { operation: 'ListUsers', outcome: 'ClientSideThrottling', durationMs: h.calls.at(-1)?.durationMs, attempts: 0 });
    } finally {
      await h.close();
    }
  });

  it('paces calls at the adapted rate while it stays within the wait limit', async () => {
    const h = await startUpstreamHarness({ minRate: 10, maxWaitMs: 2000, maxAttempts: 1 }, { realSleep: true });
    try {
      h.emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 }, times: 1 });
      await failure(h.client.send(listUsers));
      const started = Date.now();
      for (let n = 0; n < 4; n += 1) await h.client.send(listUsers);
      // About 10 calls per second after the throttle (the CUBIC recovery speeds up from there).
      assert.ok(Date.now() - started >= 150, `4 calls took ${Date.now() - started} ms`);
    } finally {
      await h.close();
    }
  });
});

describe('per-attempt timeouts and the concurrency bound', () => {
  it('times out a hung attempt and retries it', async () => {
    const h = await startUpstreamHarness({ timeoutMs: 400, maxAttempts: 2 });
    try {
      h.emulator.faults.add({ action: { kind: 'latency', ms: 1500 }, times: 1 });
      const output = await h.client.send(listUsers);
      assert.equal(output.$metadata.attempts, 2);
      h.emulator.faults.add({ action: { kind: 'latency', ms: 1500 } });
      const error = await failure(h.client.send(listUsers));
      assert.equal(classifyAwsError(error).exception, 'TimeoutError');
      assert.equal(classifyAwsError(error).rule.status, 503);
    } finally {
      await h.close();
    }
  });

  it('keeps at most `concurrency` attempts in flight; the rest wait their turn', async () => {
    const h = await startUpstreamHarness({ concurrency: 2 });
    try {
      h.emulator.faults.add({ action: { kind: 'latency', ms: 40 } });
      await Promise.all(Array.from({ length: 8 }, () => h.client.send(listUsers)));
      assert.equal(h.maxInFlight(), 2);
      assert.equal(h.calls.length, 8);
    } finally {
      await h.close();
    }
  });
});
