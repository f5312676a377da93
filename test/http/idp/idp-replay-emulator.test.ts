/**
 * Every IdP replay sequence (test/fixtures/idp/<idp>/sequences/, docs/idp/replays.md) over real
 * HTTP against a fresh gateway on the embedded emulator. The emulator's call log also keeps each
 * fixture's `requiredOperations` honest, which is what decides where else a sequence can run
 * (idp-replay-moto.test.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSequences } from '../../helpers/idp-replay/load-sequences.ts';
import { replaySequence } from '../../helpers/idp-replay/replay-sequence.ts';
import { IDPS } from '../../helpers/idp-replay/sequence.ts';
import { startScimGateway } from '../helpers/scim-gateway.ts';
import { REPLAY_GATEWAY_ENV } from './replay-gateway-env.ts';

const sequences = loadSequences();

describe('IdP replays against the emulator', () => {
  for (const idp of IDPS) {
    const ofIdp = sequences.filter((sequence) => sequence.idp === idp);
    describe(idp, () => {
      it(`${idp} has replay sequences`, () => {
        assert.ok(ofIdp.length > 0, `no sequences for ${idp} under test/fixtures/idp/${idp}/sequences/`);
      });
      for (const sequence of ofIdp) {
        it(`${idp}: ${sequence.name}`, async () => {
          const scim = await startScimGateway(REPLAY_GATEWAY_ENV);
          try {
            const emulator = scim.emulator;
            assert.ok(emulator !== undefined);
            emulator.calls.clear();
            await replaySequence(sequence, { baseUrl: scim.gateway.url, token: scim.tokenFor(['scim:read', 'scim:write'], idp) });
            const seen = [...new Set(emulator.calls.list().map((call) => call.operation))].sort();
            assert.deepEqual(seen, sequence.requiredOperations, `${sequence.file}: requiredOperations must be what the emulator saw: ${JSON.stringify(seen)}`);
          } finally {
            await scim.close();
          }
        });
      }
    });
  }
});
