/**
 * What only the SQLite backend promises: a durable file (created with its directory, in WAL mode),
 * data surviving a reopen, and expired ephemeral rows actually deleted.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteGatewayState } from '../../../src/state/sqlite/open-sqlite-gateway-state.ts';
import { createTestClock } from '../test-clock.ts';
import { tempDirForThisFile } from '../temp-dir.ts';

const dir = tempDirForThisFile('sqlite-storage');

function countRows(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('SQLite gateway state storage', () => {
  it('creates missing directories and puts the file in WAL mode', async () => {
    const file = join(dir, 'nested', 'deeper', 'state.db');
    const state = await openSqliteGatewayState(file);
    await state.close();
    assert.equal(existsSync(file), true);
    const db = new Database(file, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      db.close();
    }
  });

  it('keeps mappings, suspensions, tokens and live ephemeral values across a reopen', async () => {
    const file = join(dir, 'reopen.db');
    const clock = createTestClock();
    const first = await openSqliteGatewayState(file, { clock: clock.now });
    await first.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext-1', resourceId: 'u-1' });
    await first.suspendMemberships('u-1', ['g-1', 'g-2']);
    await first.recordIssuedToken({ jti: 'j-1', subject: 'okta', scopes: ['scim:write'], issuedAt: new Date(0), expiresAt: new Date(1_000) });
    await first.revokeToken('j-1', new Date(500));
    await first.putEphemeral('cursor', 'c', 'token', 60_000);
    await first.close();

    const second = await openSqliteGatewayState(file, { clock: clock.now });
    try {
      assert.equal(await second.findResourceIdByExternalId('User', 'okta', 'ext-1'), 'u-1');
      assert.deepEqual(await second.peekSuspendedMemberships('u-1'), ['g-1', 'g-2']);
      assert.deepEqual(await second.listIssuedTokens(), [
        { jti: 'j-1', subject: 'okta', scopes: ['scim:write'], issuedAt: new Date(0), expiresAt: new Date(1_000), revokedAt: new Date(500) },
      ]);
      assert.equal(await second.getEphemeral('cursor', 'c'), 'token');
    } finally {
      await second.close();
    }
  });

  it('purges expired ephemeral rows on a write, at most once per purge interval', async () => {
    const file = join(dir, 'purge.db');
    const clock = createTestClock();
    const state = await openSqliteGatewayState(file, { clock: clock.now, ephemeralPurgeIntervalMs: 10_000 });
    try {
      await state.putEphemeral('cursor', 'a', '1', 1_000);
      await state.putEphemeral('cursor', 'b', '2', 60_000);
      clock.advance(5_000);
      await state.putEphemeral('cursor', 'c', '3', 60_000);
      assert.equal(countRows(file, 'ephemeral'), 3, 'a is expired but the interval has not passed');
      clock.advance(5_000);
      await state.putEphemeral('cursor', 'd', '4', 60_000);
      assert.equal(countRows(file, 'ephemeral'), 3, 'a was purged, d added');
      assert.equal(await state.getEphemeral('cursor', 'a'), undefined);
      assert.equal(await state.getEphemeral('cursor', 'b'), '2');
    } finally {
      await state.close();
    }
  });

  it('supports a private in-memory database', async () => {
    const state = await openSqliteGatewayState(':memory:');
    try {
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'x', resourceId: 'u' });
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'x'), 'u');
    } finally {
      await state.close();
    }
  });
});
