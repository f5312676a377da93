import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { judgeClockOffset } from '../../../src/cli/doctor/check-clock.ts';
import { DEFAULT_CLOCK_SKEW_MS } from '../../../src/identity-store/aws-identity-store.ts';

describe('doctor clock verdict', () => {
  it('passes offsets a whole-second Date header cannot tell from none', () => {
    for (const offset of [0, 900, -1_500, 1_999]) assert.equal(judgeClockOffset(offset).status, 'ok', String(offset));
  });

  it('warns within the allowance exactly-once creates use, and says which clock is ahead', () => {
    const behind = judgeClockOffset(3_000);
    assert.equal(behind.status, 'warn');
    assert.match(behind.summary, /about 3\.0 s behind the identity store's, within the 5 s the gateway allows/);
    assert.match(behind.advice ?? '', /Synchronise this host's clock/);
    assert.match(judgeClockOffset(-4_200).summary, /about 4\.2 s ahead of the identity store's/);
  });

  it('fails at and beyond the allowance', () => {
    assert.equal(judgeClockOffset(DEFAULT_CLOCK_SKEW_MS).status, 'fail');
    const far = judgeClockOffset(-90_000);
    assert.equal(far.status, 'fail');
    assert.match(far.summary, /about 90\.0 s ahead of the identity store's, more than the 5 s the gateway allows/);
  });
});
