/**
 * Where a gateway state store stands, read without writing: whether it exists, whether its schema
 * is current, which migrations the next gateway start will apply, or whether a newer scim-bridge
 * wrote it (planMigrations throws, with a message that says what to do). Used by
 * `scim-bridge doctor`; the gateway itself migrates on open (open-gateway-state.ts).
 */
import { parseStateUrl } from './parse-state-url.ts';
import { planMigrations } from './plan-migrations.ts';
import { readPostgresMigrations } from './postgres/read-postgres-migrations.ts';
import { POSTGRES_MIGRATIONS } from './postgres/postgres-migrations.ts';
import { readSqliteMigrations } from './sqlite/read-sqlite-migrations.ts';
import { SQLITE_MIGRATIONS } from './sqlite/sqlite-migrations.ts';

export type MigrationStatus =
  /** `memory:` (or `sqlite::memory:`): nothing outlives the process. */
  | { readonly kind: 'in-memory' }
  /** A SQLite file that the first gateway start will create at `path`. */
  | { readonly kind: 'not-created'; readonly path: string }
  /** Reachable; `pending` are the names of migrations the next start applies (empty: current). */
  | { readonly kind: 'reachable'; readonly backend: 'sqlite' | 'postgres'; readonly applied: number; readonly pending: readonly string[] };

export async function readMigrationStatus(url: string, cwd: string): Promise<MigrationStatus> {
  const location = parseStateUrl(url, cwd);
  switch (location.kind) {
    case 'memory':
      return { kind: 'in-memory' };
    case 'sqlite': {
      if (location.path === ':memory:') return { kind: 'in-memory' };
      const applied = readSqliteMigrations(location.path);
      if (applied === undefined) return { kind: 'not-created', path: location.path };
      const pending = planMigrations(SQLITE_MIGRATIONS, applied);
      return { kind: 'reachable', backend: 'sqlite', applied: applied.length, pending: pending.map((m) => m.name) };
    }
    case 'postgres': {
      const applied = await readPostgresMigrations(location);
      const pending = planMigrations(POSTGRES_MIGRATIONS, applied);
      return { kind: 'reachable', backend: 'postgres', applied: applied.length, pending: pending.map((m) => m.name) };
    }
    default: {
      const never: never = location;
      throw new Error(`Unknown gateway state kind ${JSON.stringify(never)}`);
    }
  }
}
