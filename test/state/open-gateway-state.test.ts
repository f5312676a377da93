import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openGatewayState } from '../../src/state/open-gateway-state.ts';
import { tempDirForThisFile } from './temp-dir.ts';
import { createTestClock } from './test-clock.ts';

const dir = tempDirForThisFile('open-gateway-state');

describe('openGatewayState', () => {
  it('opens a relative sqlite path under the given working directory, creating it', async () => {
    const state = await openGatewayState('sqlite:./data/state.db', { cwd: dir });
    try {
      await state.health();
      assert.equal(existsSync(join(dir, 'data', 'state.db')), true);
    } finally {
      await state.close();
    }
  });

  it('opens memory: and sqlite::memory: with the injected clock', async () => {
    for (const url of ['memory:', 'sqlite::memory:']) {
      const clock = createTestClock();
      const state = await openGatewayState(url, { clock: clock.now });
      try {
        await state.putEphemeral('cursor', 'k', 'v', 100);
        clock.advance(100);
        assert.equal(await state.getEphemeral('cursor', 'k'), undefined, url);
      } finally {
        await state.close();
      }
    }
  });

  it('rejects an unknown scheme naming SCIM_BRIDGE_STATE', async () => {
    await assert.rejects(openGatewayState('mongodb://db/scim'), /SCIM_BRIDGE_STATE has an unsupported scheme "mongodb:"; accepted forms: memory:/);
  });
});
