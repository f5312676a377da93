import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TokenBucketLimiter } from '../../../src/http/rate-limit/token-bucket-limiter.ts';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('TokenBucketLimiter', () => {
  it('allows a burst, then refuses with the time until the next request is allowed', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ requestsPerSecond: 2, burst: 3 }, { now: time.now });
    for (let i = 0; i < 3; i += 1) assert.equal(limiter.take('a').allowed, true);
    const refused = limiter.take('a');
    assert.ok(!refused.allowed);
    assert.equal(refused.retryAfterSeconds, 0.5);
    time.advance(250);
    const stillRefused = limiter.take('a');
    assert.ok(!stillRefused.allowed);
    assert.equal(stillRefused.retryAfterSeconds, 0.25);
    time.advance(250);
    assert.equal(limiter.take('a').allowed, true);
  });

  it('refills at the sustained rate, never above the burst', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ requestsPerSecond: 10, burst: 5 }, { now: time.now });
    for (let i = 0; i < 5; i += 1) limiter.take('a');
    time.advance(60_000);
    let allowed = 0;
    while (limiter.take('a').allowed) allowed += 1;
    assert.equal(allowed, 5);
  });

  it('keeps one bucket per key', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ requestsPerSecond: 1, burst: 1 }, { now: time.now });
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('a').allowed, false);
    assert.equal(limiter.take('b').allowed, true);
  });

  it('stays within maxKeys by dropping the least recently used bucket', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ requestsPerSecond: 1, burst: 1 }, { now: time.now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('a'); // a is now the most recently used
    limiter.take('c');
    assert.equal(limiter.size, 2);
    assert.equal(limiter.take('a').allowed, false, 'a kept its (empty) bucket');
    assert.equal(limiter.take('b').allowed, true, 'b was dropped and comes back full');
  });

  it('refuses a limit that allows nothing', () => {
    assert.throws(() => new TokenBucketLimiter({ requestsPerSecond: 0, burst: 1 }), RangeError);
    assert.throws(() => new TokenBucketLimiter({ requestsPerSecond: 1, burst: 0 }), RangeError);
  });
});
