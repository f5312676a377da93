/**
 * Issue #8's bar: every IdP replay sequence passes, unchanged, while the Identity Store throttles
 * 30% of calls and fails 5% with internal errors. The IdP must never see the store's bad moments:
 * the gateway's retries absorb them. The emulator's faults are seeded per sequence, so a failure
 * replays with the same faults.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSequences } from '../../helpers/idp-replay/load-sequences.ts';
import { replaySequence } from '../../helpers/idp-replay/replay-sequence.ts';
import type { Sequence } from '../../helpers/idp-replay/sequence.ts';
import { startScimGateway } from '../helpers/scim-gateway.ts';
import { REPLAY_GATEWAY_ENV } from './replay-gateway-env.ts';

const THROTTLED_SHARE = 0.3;
const INTERNAL_ERROR_SHARE = 0.05;

/** A stable seed per sequence (FNV-1a of its file name). */
function seedOf(sequence: Sequence): number {
  let hash = 0x811c9dc5;
  for (const char of sequence.file) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

const sequences = loadSequences();

describe('IdP replays with 30% throttling and 5% internal errors', () => {
  for (const sequence of sequences) {
    it(`${sequence.idp}: ${sequence.name}`, async () => {
      const scim = await startScimGateway(REPLAY_GATEWAY_ENV, { faultSeed: seedOf(sequence) });
      try {
        const emulator = scim.emulator;
        assert.ok(emulator !== undefined);
        // The first call always meets a throttle, so no sequence gets through without a fault.
        emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 }, times: 1 });
        // RetryAfterSeconds 0: how long the gateway backs off is its own retry policy's business
        // here (the emulator's default hint of 1 s per throttle would make this file take minutes).
        emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 }, probability: THROTTLED_SHARE });
        // The first rule that fires decides a call, so this one sees only the calls that were not
        // throttled: this share of them is 5% of all calls.
        emulator.faults.add({ action: { kind: 'internal-error' }, probability: INTERNAL_ERROR_SHARE / (1 - THROTTLED_SHARE) });
        await replaySequence(sequence, { baseUrl: scim.gateway.url, token: scim.tokenFor(['scim:read', 'scim:write'], sequence.idp) });
        const injected = emulator.calls.list().filter((call) => call.outcome.kind === 'error' && call.outcome.injected).length;
        assert.ok(injected > 0, 'no fault fired: the sequence proved nothing about resilience');
      } finally {
        await scim.close();
      }
    });
  }
});
