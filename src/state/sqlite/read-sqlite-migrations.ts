/**
 * Reads which migrations a SQLite gateway state file records, without changing anything: the
 * file is opened read-only and never created, so `scim-bridge doctor` can inspect a store that a
 * running gateway (or an older release) owns. `undefined` means the file does not exist yet.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { AppliedMigration } from '../plan-migrations.ts';

export function readSqliteMigrations(path: string): AppliedMigration[] | undefined {
  if (path === ':memory:' || !existsSync(path)) return undefined;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    // A writer may hold the lock for a moment; a read-only reader waits rather than failing.
    db.pragma('busy_timeout = 5000');
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (table === undefined) return [];
    return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
  } finally {
    db.close();
  }
}
