import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAwsError } from '../../../src/identity-store/classify-aws-error.ts';
import { decideRetry, type FailedAttempt } from '../../../src/identity-store/upstream/decide-retry.ts';

const rules = { maxAttempts: 4, backoffMs: 100, maxWaitMs: 5000 };
const top = (): number => 0.999_999;

function attempt(error: object, extra: Partial<FailedAttempt> = {}): FailedAttempt {
  const failure = classifyAwsError(error);
  return { failure, retries: 0, nonIdempotent: false, hintMs: failure.retryAfterSeconds === undefined ? undefined : failure.retryAfterSeconds * 1000, ...extra };
}

const throttle = { name: 'ThrottlingException', message: 'slow down' };
const internal = { name: 'InternalServerException', message: 'oops' };
const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

describe('decideRetry', () => {
  it('retries the `backoff` rows of the error table: throttling, internal errors, timeouts, network failures', () => {
    for (const error of [throttle, internal, { name: 'TimeoutError', message: 't' }, reset]) {
      assert.equal(decideRetry(attempt(error), rules, top).kind, 'retry', classifyAwsError(error).exception);
    }
  });

  it('never retries `never` rows, nor a concurrent modification (the translation layer re-reads and retries)', () => {
    const refusals = [
      { name: 'ValidationException', message: 'bad' },
      { name: 'AccessDeniedException', message: 'no' },
      { name: 'ConflictException', Reason: 'CONCURRENT_MODIFICATION', message: 'busy' },
      { name: 'ClientSideThrottling', message: 'paced' },
      { name: 'SomethingNew', message: '?' },
    ];
    for (const error of refusals) assert.deepEqual(decideRetry(attempt(error), rules, top), { kind: 'give-up', reason: 'not-retryable' }, error.name);
  });

  it('doubles the backoff ceiling per retry, jittered over the whole range, capped at the wait limit', () => {
    const delays = [0, 1, 2, 3].map((retries) => decideRetry(attempt(internal, { retries }), { ...rules, maxAttempts: 10 }, top));
    assert.deepEqual(delays, [99, 199, 399, 799].map((delayMs) => ({ kind: 'retry', delayMs })));
    assert.deepEqual(decideRetry(attempt(internal, { retries: 0 }), rules, () => 0), { kind: 'retry', delayMs: 0 });
    assert.deepEqual(decideRetry(attempt(internal, { retries: 2 }), { ...rules, maxWaitMs: 250 }, top), { kind: 'retry', delayMs: 249 });
  });

  it('waits at least the store\'s hint, and gives up at once when the hint exceeds the wait limit', () => {
    assert.deepEqual(decideRetry(attempt({ ...throttle, RetryAfterSeconds: 2 }), rules, top), { kind: 'retry', delayMs: 2000 });
    assert.deepEqual(decideRetry(attempt({ ...throttle, RetryAfterSeconds: 6 }), rules, top), { kind: 'give-up', reason: 'wait-too-long' });
    assert.deepEqual(decideRetry(attempt(throttle, { hintMs: 1500 }), rules, () => 0), { kind: 'retry', delayMs: 1500 });
  });

  it('stops after maxAttempts attempts in total', () => {
    assert.equal(decideRetry(attempt(throttle, { retries: 2 }), rules, top).kind, 'retry');
    assert.deepEqual(decideRetry(attempt(throttle, { retries: 3 }), rules, top), { kind: 'give-up', reason: 'attempts-exhausted' });
    assert.deepEqual(decideRetry(attempt(throttle), { ...rules, maxAttempts: 1 }, top), { kind: 'give-up', reason: 'attempts-exhausted' });
  });

  it('re-sends a create only after a throttle; anything else may have created it', () => {
    assert.equal(decideRetry(attempt(throttle, { nonIdempotent: true }), rules, top).kind, 'retry');
    for (const error of [internal, reset, { name: 'TimeoutError', message: 't' }]) {
      assert.deepEqual(decideRetry(attempt(error, { nonIdempotent: true }), rules, top), { kind: 'give-up', reason: 'may-have-applied' });
    }
  });
});
