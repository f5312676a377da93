/**
 * Reads which migrations a PostgreSQL gateway state schema records, without changing anything
 * (no CREATE SCHEMA, no migration): one connection, two reads. A schema or table that does not
 * exist yet records nothing, which is what a first gateway start will migrate.
 */
import pg from 'pg';
import type { AppliedMigration } from '../plan-migrations.ts';

export interface PostgresLocation {
  readonly connectionString: string;
  readonly schema?: string;
}

export async function readPostgresMigrations(location: PostgresLocation, connectTimeoutMs = 5_000): Promise<AppliedMigration[]> {
  const client = new pg.Client({
    connectionString: location.connectionString,
    connectionTimeoutMillis: connectTimeoutMs,
    ...(location.schema === undefined ? {} : { options: `-c search_path=${location.schema}` }),
  });
  // A connection lost mid-read is reported by the failing query; unhandled, 'error' would crash.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const table = await client.query<{ found: string | null }>("SELECT to_regclass('schema_migrations')::text AS found");
    if (table.rows[0]?.found === null || table.rows[0] === undefined) return [];
    const applied = await client.query<AppliedMigration>('SELECT version, name FROM schema_migrations ORDER BY version');
    return applied.rows;
  } finally {
    await client.end();
  }
}
