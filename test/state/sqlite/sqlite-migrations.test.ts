/**
 * SQLite migrations: applied once, idempotent on reopen, newer ones applied to an existing file,
 * and refusal (without damage) when the file and this build disagree.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Migration } from '../../../src/state/plan-migrations.ts';
import { openSqliteGatewayState } from '../../../src/state/sqlite/open-sqlite-gateway-state.ts';
import { SQLITE_MIGRATIONS } from '../../../src/state/sqlite/sqlite-migrations.ts';
import { tempDirForThisFile } from '../temp-dir.ts';

const dir = tempDirForThisFile('sqlite-migrations');
const addNotes: Migration = { version: 2, name: 'add notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;' };

function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
const recorded = (file: string): unknown[] => inspect(file, (db) => db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all());
const tables = (file: string): unknown[] => inspect(file, (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all());

const openClose = async (file: string, migrations?: readonly Migration[], now = 1_000): Promise<void> => {
  const state = await openSqliteGatewayState(file, { clock: () => now, ...(migrations === undefined ? {} : { migrations }) });
  await state.close();
};

describe('SQLite migrations', () => {
  it('records the schema once; reopening is a no-op', async () => {
    const file = join(dir, 'twice.db');
    await openClose(file, undefined, 1_000);
    const before = recorded(file);
    assert.deepEqual(before, [{ version: 1, name: 'initial gateway state', applied_at: 1_000 }]);
    await openClose(file, undefined, 2_000);
    assert.deepEqual(recorded(file), before);
  });

  it('applies a newer migration to an existing file, keeping its data', async () => {
    const file = join(dir, 'upgrade.db');
    const old = await openSqliteGatewayState(file);
    await old.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'kept', resourceId: 'u-1' });
    await old.close();
    await openClose(file, [...SQLITE_MIGRATIONS, addNotes], 5_000);
    assert.deepEqual(recorded(file).map((row) => (row as { version: number }).version), [1, 2]);
    assert.ok(tables(file).includes('notes'));
    const upgraded = await openSqliteGatewayState(file, { migrations: [...SQLITE_MIGRATIONS, addNotes] });
    assert.equal(await upgraded.findResourceIdByExternalId('User', 'okta', 'kept'), 'u-1');
    await upgraded.close();
  });

  it('refuses a file written by a newer build, naming the unknown migration', async () => {
    const file = join(dir, 'newer.db');
    await openClose(file, [...SQLITE_MIGRATIONS, addNotes]);
    await assert.rejects(openSqliteGatewayState(file), /migration 2 \("add notes"\).*newer version/);
  });

  it('rolls a failing migration back entirely and does not record it', async () => {
    const file = join(dir, 'broken.db');
    await openClose(file);
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half (id INTEGER) STRICT; CREATE TABLE oops (' };
    await assert.rejects(openSqliteGatewayState(file, { migrations: [...SQLITE_MIGRATIONS, broken] }));
    assert.equal(tables(file).includes('half'), false);
    assert.equal(recorded(file).length, 1);
  });

  it('applies each migration once when two connections open a new file at the same moment', async () => {
    const file = join(dir, 'together.db');
    const [a, b] = await Promise.all([openSqliteGatewayState(file), openSqliteGatewayState(file)]);
    await a.close();
    await b.close();
    assert.equal(recorded(file).length, 1);
  });
});
