/**
 * The IdP replay sequences that moto can serve, against a gateway pointed at moto (an independent
 * Identity Store implementation, test/helpers/moto-server.ts), so the emulator cannot drift into
 * agreeing only with the gateway. A sequence runs here when every operation in its
 * `requiredOperations` (kept equal to the emulator's call log by idp-replay-emulator.test.ts)
 * is one moto implements.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSequences } from '../../helpers/idp-replay/load-sequences.ts';
import { replaySequence } from '../../helpers/idp-replay/replay-sequence.ts';
import { runsOnMoto } from '../../helpers/idp-replay/runs-on-moto.ts';
import { startMotoServer, type MotoServer } from '../../helpers/moto-server.ts';
import { startScimGatewayOnMoto } from '../helpers/scim-gateway.ts';
import { REPLAY_GATEWAY_ENV } from './replay-gateway-env.ts';

const sequences = loadSequences().filter(runsOnMoto);

describe('IdP replays against moto', () => {
  let moto: MotoServer;
  before(async () => {
    moto = await startMotoServer();
  });
  after(() => moto.close());

  it('some sequences of several IdPs run on moto', () => {
    assert.ok(new Set(sequences.map((sequence) => sequence.idp)).size >= 3, `only ${sequences.map((sequence) => sequence.file).join(', ')}`);
  });

  for (const sequence of sequences) {
    it(`${sequence.idp}: ${sequence.name}`, async () => {
      await moto.reset();
      const scim = await startScimGatewayOnMoto(moto.url, REPLAY_GATEWAY_ENV);
      try {
        await replaySequence(sequence, { baseUrl: scim.gateway.url, token: scim.tokenFor(['scim:read', 'scim:write'], sequence.idp) });
      } finally {
        await scim.close();
      }
    });
  }
});
