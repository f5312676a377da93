// The emulator can inject throttling, 5xx, latency and dropped connections but not
// ConflictException CONCURRENT_MODIFICATION, so the retry is tested as a pure function with an
// operation that throws what the SDK adapter would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdentityStoreCallError } from '../../src/identity-store/identity-store-call-error.ts';
import { retryOnConcurrentModification } from '../../src/translate/retry-on-concurrent-modification.ts';
import { asScimError } from '../../src/translate/as-scim-error.ts';

function conflict(reason: string): IdentityStoreCallError {
  return new IdentityStoreCallError('UpdateUser', Object.assign(new Error('conflict'), { name: 'ConflictException', Reason: reason }));
}

describe('retryOnConcurrentModification', () => {
  const sleeps: number[] = [];
  const options = { attempts: 3, baseDelayMs: 100, random: () => 0.5, sleep: (ms: number) => { sleeps.push(ms); return Promise.resolve(); } };

  it('runs again after CONCURRENT_MODIFICATION with growing jittered backoff', async () => {
    sleeps.length = 0;
    let calls = 0;
    const result = await retryOnConcurrentModification(() => {
      calls += 1;
      return calls < 3 ? Promise.reject(conflict('CONCURRENT_MODIFICATION')) : Promise.resolve('done');
    }, options);
    assert.equal(result, 'done');
    assert.equal(calls, 3);
    assert.deepEqual(sleeps, [50, 100]);
  });

  it('gives up after the last attempt with a 409', async () => {
    let calls = 0;
    const error = await retryOnConcurrentModification(() => { calls += 1; return Promise.reject(conflict('CONCURRENT_MODIFICATION')); }, options).catch((e: unknown) => e);
    assert.equal(calls, 3);
    const scim = asScimError(error);
    assert.equal(scim.status, 409);
    assert.equal(scim.scimType, undefined);
  });

  it('does not retry uniqueness conflicts or anything else', async () => {
    let calls = 0;
    await assert.rejects(retryOnConcurrentModification(() => { calls += 1; return Promise.reject(conflict('UNIQUENESS_CONSTRAINT_VIOLATION')); }, options));
    await assert.rejects(retryOnConcurrentModification(() => { calls += 1; return Promise.reject(new Error('bug')); }, options), /bug/);
    assert.equal(calls, 2);
  });
});
