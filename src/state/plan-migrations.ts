/**
 * Which schema migrations still have to run, given the ones a database records as applied.
 *
 * Migrations are an append-only list with strictly increasing versions; a database is only ever
 * moved forward. A database that records a version this build does not know (written by a newer
 * scim-bridge) or a version under another name (an edited list) is refused rather than guessed
 * at, because running on a schema we do not understand could lose mappings.
 */

export interface Migration {
  readonly version: number;
  /** Recorded with the version, so a renumbered or replaced migration is detected. */
  readonly name: string;
  /** One or more statements, run in one transaction. */
  readonly sql: string;
}

export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
}

export function planMigrations(known: readonly Migration[], applied: readonly AppliedMigration[]): Migration[] {
  known.forEach((migration, index) => {
    const previous = known[index - 1];
    if (!Number.isInteger(migration.version) || migration.version < 1 || (previous !== undefined && migration.version <= previous.version)) {
      throw new Error(`Gateway state migrations must have strictly increasing positive integer versions (at "${migration.name}")`);
    }
  });
  const byVersion = new Map(known.map((migration) => [migration.version, migration]));
  for (const done of applied) {
    const migration = byVersion.get(done.version);
    if (migration === undefined) {
      throw new Error(
        `Gateway state schema has migration ${done.version} ("${done.name}") which this scim-bridge does not know; ` +
        'it was written by a newer version. Upgrade scim-bridge or restore a backup.',
      );
    }
    if (migration.name !== done.name) {
      throw new Error(`Gateway state migration ${done.version} is recorded as "${done.name}" but this scim-bridge calls it "${migration.name}"`);
    }
  }
  const appliedVersions = new Set(applied.map((done) => done.version));
  return known.filter((migration) => !appliedVersions.has(migration.version));
}
