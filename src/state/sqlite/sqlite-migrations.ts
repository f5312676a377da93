/**
 * The SQLite schema, as an append-only list of migrations (see plan-migrations.ts). Never edit a
 * released entry: add a new version. Times are integer milliseconds since the epoch; lists are
 * JSON arrays. Tables are STRICT so a wrong type is an error, not a silent conversion.
 */
import type { Migration } from '../plan-migrations.ts';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial gateway state',
    sql: `
      CREATE TABLE external_ids (
        resource_type TEXT NOT NULL CHECK (resource_type IN ('User', 'Group')),
        issuer        TEXT NOT NULL,
        resource_id   TEXT NOT NULL,
        external_id   TEXT NOT NULL,
        PRIMARY KEY (resource_type, issuer, resource_id),
        UNIQUE (resource_type, issuer, external_id)
      ) STRICT;
      -- forgetResource deletes a resource's links for every issuer.
      CREATE INDEX external_ids_by_resource ON external_ids (resource_type, resource_id);

      CREATE TABLE suspended_memberships (
        user_id      TEXT PRIMARY KEY,
        group_ids    TEXT NOT NULL CHECK (json_valid(group_ids)),
        suspended_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE issued_tokens (
        jti        TEXT PRIMARY KEY,
        subject    TEXT NOT NULL,
        scopes     TEXT NOT NULL CHECK (json_valid(scopes)),
        issued_at  INTEGER NOT NULL,
        expires_at INTEGER
      ) STRICT;

      CREATE TABLE revoked_tokens (
        jti        TEXT PRIMARY KEY,
        revoked_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE ephemeral (
        namespace  TEXT NOT NULL,
        key        TEXT NOT NULL,
        value      TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (namespace, key)
      ) STRICT;
      CREATE INDEX ephemeral_by_expiry ON ephemeral (expires_at);
    `,
  },
];
