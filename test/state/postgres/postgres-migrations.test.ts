/**
 * PostgreSQL migrations: a fresh schema is created and migrated once even when several gateways
 * start together (advisory lock), reopening is a no-op, a newer migration applies, and a failing
 * one leaves nothing behind.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openGatewayState } from '../../../src/state/open-gateway-state.ts';
import type { Migration } from '../../../src/state/plan-migrations.ts';
import { openPostgresGatewayState } from '../../../src/state/postgres/open-postgres-gateway-state.ts';
import { POSTGRES_MIGRATIONS } from '../../../src/state/postgres/postgres-migrations.ts';
import { TEST_POSTGRES_URL, testSchemasForThisFile } from './test-schemas.ts';

const schemas = testSchemasForThisFile();
const addNotes: Migration = { version: 2, name: 'add notes', sql: 'CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);' };

const recorded = (schema: string): Promise<Array<{ version: number; name: string }>> =>
  schemas.query(`SELECT version, name FROM ${schema}.schema_migrations ORDER BY version`);
const tables = async (schema: string): Promise<string[]> =>
  (await schemas.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema]))
    .map((row) => row.table_name);

const openClose = async (schema: string, migrations?: readonly Migration[]): Promise<void> => {
  const state = await openPostgresGatewayState({ connectionString: TEST_POSTGRES_URL, schema, ...(migrations === undefined ? {} : { migrations }) });
  await state.close();
};

describe('PostgreSQL migrations', () => {
  it('creates the schema with every table and records the migration once; reopening is a no-op', async () => {
    const { schema, url } = schemas.fresh();
    await (await openGatewayState(url)).close();
    assert.deepEqual(await tables(schema), ['ephemeral', 'external_ids', 'issued_tokens', 'revoked_tokens', 'schema_migrations', 'suspended_memberships']);
    const before = await schemas.query(`SELECT version, name, applied_at FROM ${schema}.schema_migrations`);
    await (await openGatewayState(url)).close();
    assert.deepEqual(await schemas.query(`SELECT version, name, applied_at FROM ${schema}.schema_migrations`), before);
    assert.equal(before.length, 1);
  });

  it('migrates a new schema exactly once when five gateways start at the same moment', async () => {
    const { schema, url } = schemas.fresh();
    const states = await Promise.all(Array.from({ length: 5 }, () => openGatewayState(url)));
    await Promise.all(states.map((state) => state.close()));
    assert.deepEqual(await recorded(schema), [{ version: 1, name: 'initial gateway state' }]);
  });

  it('applies a newer migration to an existing schema, keeping its data', async () => {
    const { schema, url } = schemas.fresh();
    const old = await openGatewayState(url);
    await old.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: 'kept', resourceId: 'g-1' });
    await old.close();
    await openClose(schema, [...POSTGRES_MIGRATIONS, addNotes]);
    assert.deepEqual((await recorded(schema)).map((row) => row.version), [1, 2]);
    assert.ok((await tables(schema)).includes('notes'));
    const upgraded = await openPostgresGatewayState({ connectionString: TEST_POSTGRES_URL, schema, migrations: [...POSTGRES_MIGRATIONS, addNotes] });
    assert.equal(await upgraded.findResourceIdByExternalId('Group', 'okta', 'kept'), 'g-1');
    await upgraded.close();
  });

  it('refuses a schema written by a newer build', async () => {
    const { schema, url } = schemas.fresh();
    await openClose(schema, [...POSTGRES_MIGRATIONS, addNotes]);
    await assert.rejects(openGatewayState(url), /migration 2 \("add notes"\).*newer version/);
  });

  it('rolls a failing migration back entirely and does not record it', async () => {
    const { schema } = schemas.fresh();
    await openClose(schema);
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half (id integer); SELECT no_such_function();' };
    await assert.rejects(openClose(schema, [...POSTGRES_MIGRATIONS, broken]), /no_such_function/);
    assert.equal((await tables(schema)).includes('half'), false);
    assert.equal((await recorded(schema)).length, 1);
  });
});
