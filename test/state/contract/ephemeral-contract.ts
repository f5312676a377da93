/**
 * Contract: short-lived values for paging (cursor -> NextToken chains), with expiry.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestClock } from '../test-clock.ts';
import { openFor, type GatewayStateHarness } from './harness.ts';

export function ephemeralContract(harness: GatewayStateHarness): void {
  describe('ephemeral values', () => {
    it('returns a value until its ttl has passed, then undefined', async (t) => {
      const clock = createTestClock();
      const state = await openFor(t, harness, { clock: clock.now });
      await state.putEphemeral('cursor', 'c-1', 'next-token-1', 1_000);
      assert.equal(await state.getEphemeral('cursor', 'c-1'), 'next-token-1');
      clock.advance(999);
      assert.equal(await state.getEphemeral('cursor', 'c-1'), 'next-token-1');
      clock.advance(1);
      assert.equal(await state.getEphemeral('cursor', 'c-1'), undefined, 'expired at exactly ttl');
      assert.equal(await state.getEphemeral('cursor', 'never'), undefined);
    });

    it('keeps namespaces apart and lets a put overwrite value and expiry', async (t) => {
      const clock = createTestClock();
      const state = await openFor(t, harness, { clock: clock.now });
      await state.putEphemeral('cursor', 'k', 'a', 1_000);
      await state.putEphemeral('page', 'k', 'b', 1_000);
      assert.equal(await state.getEphemeral('cursor', 'k'), 'a');
      assert.equal(await state.getEphemeral('page', 'k'), 'b');
      clock.advance(900);
      await state.putEphemeral('cursor', 'k', 'a2', 1_000);
      clock.advance(500);
      assert.equal(await state.getEphemeral('cursor', 'k'), 'a2', 'the rewrite restarted the ttl');
      assert.equal(await state.getEphemeral('page', 'k'), undefined);
    });

    it('revives an expired key when it is written again, even after a purge', async (t) => {
      const clock = createTestClock();
      const state = await openFor(t, harness, { clock: clock.now, ephemeralPurgeIntervalMs: 0 });
      await state.putEphemeral('cursor', 'k', 'old', 10);
      clock.advance(20);
      await state.putEphemeral('cursor', 'other', 'x', 10);
      assert.equal(await state.getEphemeral('cursor', 'k'), undefined);
      await state.putEphemeral('cursor', 'k', 'new', 10);
      assert.equal(await state.getEphemeral('cursor', 'k'), 'new');
    });

    it('rejects (never throws synchronously) a ttl that is not a positive number', async (t) => {
      const state = await openFor(t, harness);
      for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await assert.rejects(state.putEphemeral('cursor', 'k', 'v', ttl), RangeError, String(ttl));
      }
      assert.equal(await state.getEphemeral('cursor', 'k'), undefined);
    });
  });
}
