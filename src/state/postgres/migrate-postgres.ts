/**
 * Brings a PostgreSQL gateway state schema up to date. Everything runs in one transaction holding
 * a transaction-scoped advisory lock keyed on the search_path, so gateways starting together
 * migrate one at a time (the others wait, then find nothing to do) and a failed migration leaves
 * no half-applied DDL behind (PostgreSQL DDL is transactional).
 */
import type { PoolClient } from 'pg';
import { planMigrations, type AppliedMigration, type Migration } from '../plan-migrations.ts';

export async function migratePostgres(client: PoolClient, migrations: readonly Migration[], schema: string | undefined): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('scim-bridge state migrations ' || current_setting('search_path')))");
    // Created under the lock: concurrent CREATE SCHEMA IF NOT EXISTS can still collide otherwise.
    // The name was validated by parseStateUrl as a plain lower-case identifier.
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await client.query<AppliedMigration>('SELECT version, name FROM schema_migrations ORDER BY version');
    for (const migration of planMigrations(migrations, applied.rows)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
