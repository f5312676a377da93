// Pins every known difference between moto 5.2.1 and our emulator (moto-quirks.ts) by running
// the same scenario against both: if either side changes (a moto upgrade fixes a quirk, or the
// emulator drifts), this fails and docs/emulator.md needs updating. A last case checks the doc
// lists every quirk id, so the comparison table cannot silently fall behind.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { CreateGroupCommand, CreateGroupMembershipCommand, CreateUserCommand, IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { startEmulator } from '../../../src/emulator/start-emulator.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { MOTO_CREDENTIALS, startMotoServer } from '../../helpers/moto-server.ts';
import type { MotoServer } from '../../helpers/moto-server.ts';
import { MOTO_QUIRKS, STORE } from './moto-quirks.ts';
import type { QuirkContext } from './moto-quirks.ts';

function context(endpoint: string): QuirkContext {
  const client = new IdentitystoreClient({ endpoint, region: 'us-east-1', credentials: MOTO_CREDENTIALS, maxAttempts: 1 });
  return {
    endpoint,
    client,
    createUser: async (userName, extra = {}) =>
      (await client.send(new CreateUserCommand({ IdentityStoreId: STORE, UserName: userName, DisplayName: userName, Name: { GivenName: 'G', FamilyName: 'F' }, ...extra }))).UserId!,
    createGroup: async (displayName) => (await client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: displayName }))).GroupId!,
    addMember: async (groupId, userId) =>
      (await client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: groupId, MemberId: { UserId: userId } }))).MembershipId!,
  };
}

describe('moto 5.2.1 and the emulator differ exactly where docs/emulator.md says', () => {
  let moto: MotoServer;
  let emulator: RunningEmulator;
  let motoCtx: QuirkContext;
  let emulatorCtx: QuirkContext;

  before(async () => {
    // The emulator checks signatures (with the key moto's clients use), so SigV4 is compared too.
    [moto, emulator] = await Promise.all([startMotoServer(), startEmulator({ credentials: [MOTO_CREDENTIALS] })]);
    motoCtx = context(moto.url);
    emulatorCtx = context(emulator.endpoint);
  });
  after(async () => {
    motoCtx.client.destroy();
    emulatorCtx.client.destroy();
    await Promise.all([moto.close(), emulator.close()]);
  });
  beforeEach(async () => {
    await moto.reset();
    emulator.reset();
  });

  for (const quirk of MOTO_QUIRKS) {
    it(`${quirk.id}: ${quirk.operation}, ${quirk.scenario}`, async () => {
      const observed = { moto: await quirk.run(motoCtx), emulator: await quirk.run(emulatorCtx) };
      assert.deepEqual(observed, { moto: quirk.moto, emulator: quirk.emulator });
    });
  }

  it('every quirk id appears in the "Comparison with moto" section of docs/emulator.md', async () => {
    const doc = await readFile(new URL('../../../docs/emulator.md', import.meta.url), 'utf8');
    const start = doc.indexOf('## Comparison with moto');
    assert.ok(start >= 0, 'docs/emulator.md has a "## Comparison with moto" section');
    const next = doc.indexOf('\n## ', start + 1);
    const section = doc.slice(start, next === -1 ? undefined : next);
    const missing = MOTO_QUIRKS.map((q) => q.id).filter((id) => !section.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });
});
