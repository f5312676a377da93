/**
 * Fresh PostgreSQL schemas for one test file, dropped when it ends, so concurrent test files (and
 * concurrent CI runs on one server) never see each other's rows. The server comes from
 * SCIM_BRIDGE_TEST_POSTGRES_URL; an unreachable server fails the tests, it never skips them.
 */
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env['SCIM_BRIDGE_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestSchemas {
  /** A new schema name and the state URL selecting it (`?schema=`). */
  fresh(): { readonly schema: string; readonly url: string };
  /** Runs SQL outside the gateway state (inspection, setup), with its own connection. */
  query<Row extends object>(sql: string, values?: unknown[]): Promise<Row[]>;
}

export function testSchemasForThisFile(): TestSchemas {
  const prefix = `scim_bridge_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const created: string[] = [];
  const query = async <Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      return (await client.query<Row>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  after(async () => {
    if (created.length > 0) await query(`DROP SCHEMA IF EXISTS ${created.join(', ')} CASCADE`);
  });
  return {
    fresh() {
      const schema = `${prefix}_${created.length}`;
      created.push(schema);
      const url = new URL(TEST_POSTGRES_URL);
      url.searchParams.set('schema', schema);
      return { schema, url: url.toString() };
    },
    query,
  };
}
