/**
 * Several gateway processes on one SQLite file (real OS processes, so the file lock and
 * busy_timeout are what keep them apart): one contested externalId has exactly one winner, and
 * every uncontested link lands.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openSqliteGatewayState } from '../../../src/state/sqlite/open-sqlite-gateway-state.ts';
import { tempDirForThisFile } from '../temp-dir.ts';

const run = promisify(execFile);
const worker = fileURLToPath(new URL('./link-race-worker.ts', import.meta.url));
const dir = tempDirForThisFile('sqlite-processes');

it('keeps every mapping and one winner when four processes link at once', { timeout: 60_000 }, async () => {
  const file = join(dir, 'race.db');
  const processes = 4;
  const perProcess = 15;
  // Children take a while to boot tsx; a shared start time makes their writes overlap.
  const startAt = Date.now() + 3_000;
  const outputs = await Promise.all(Array.from({ length: processes }, (_, p) =>
    run(process.execPath, ['--import', 'tsx', worker, file, `p${p}`, String(perProcess), String(startAt)], { cwd: process.cwd() })));
  const outcomes = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
  const linked = outcomes.filter((outcome) => outcome === 'linked');
  assert.equal(linked.length, 1, outcomes.join(' '));

  const state = await openSqliteGatewayState(file);
  try {
    const winner = await state.findResourceIdByExternalId('User', 'okta', 'contested');
    assert.ok(winner !== undefined);
    const unchanged = outcomes.filter((outcome) => outcome === 'unchanged').length;
    assert.equal(unchanged, 0, 'each resource tried once, so no relink can be unchanged');
    assert.ok(outcomes.every((outcome) => outcome === 'linked' || outcome === `conflict:${winner}`), outcomes.join(' '));
    for (let p = 0; p < processes; p += 1) {
      const ids = Array.from({ length: perProcess }, (_, i) => `p${p}-g-${i}`);
      const found = await state.externalIdsFor('Group', 'okta', ids);
      assert.equal(found.size, perProcess, `process p${p} lost a mapping`);
    }
  } finally {
    await state.close();
  }
});
