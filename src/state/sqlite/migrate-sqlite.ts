/**
 * Brings a SQLite gateway state database up to the known schema. Runs in one IMMEDIATE
 * transaction, which takes the write lock first, so two gateways opening the same file at once
 * apply each migration exactly once (the other waits on busy_timeout, then finds nothing to do).
 */
import type { Database } from 'better-sqlite3';
import { planMigrations, type AppliedMigration, type Migration } from '../plan-migrations.ts';

export function migrateSqlite(db: Database, migrations: readonly Migration[], now: number): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at INTEGER NOT NULL
    ) STRICT`);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of planMigrations(migrations, applied)) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now);
    }
  }).immediate();
}
