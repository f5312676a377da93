/**
 * The PostgreSQL schema, as an append-only list of migrations (see plan-migrations.ts). Never edit
 * a released entry: add a new version. Unqualified names: the connection's search_path (the URL's
 * `?schema=`) decides where the tables live.
 */
import type { Migration } from '../plan-migrations.ts';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial gateway state',
    sql: `
      CREATE TABLE external_ids (
        resource_type text NOT NULL CHECK (resource_type IN ('User', 'Group')),
        issuer        text NOT NULL,
        resource_id   text NOT NULL,
        external_id   text NOT NULL,
        PRIMARY KEY (resource_type, issuer, resource_id),
        -- named: linkExternalId recognises a lost race by this constraint's name
        CONSTRAINT external_ids_external_id_key UNIQUE (resource_type, issuer, external_id)
      );
      -- forgetResource deletes a resource's links for every issuer.
      CREATE INDEX external_ids_by_resource ON external_ids (resource_type, resource_id);

      CREATE TABLE suspended_memberships (
        user_id      text PRIMARY KEY,
        group_ids    text[] NOT NULL,
        suspended_at timestamptz NOT NULL
      );
      -- forgetResource('Group') finds the users whose suspended list holds the group.
      CREATE INDEX suspended_memberships_by_group ON suspended_memberships USING gin (group_ids);

      CREATE TABLE issued_tokens (
        jti        text PRIMARY KEY,
        subject    text NOT NULL,
        scopes     text[] NOT NULL,
        issued_at  timestamptz NOT NULL,
        expires_at timestamptz
      );

      CREATE TABLE revoked_tokens (
        jti        text PRIMARY KEY,
        revoked_at timestamptz NOT NULL
      );

      CREATE TABLE ephemeral (
        namespace  text NOT NULL,
        key        text NOT NULL,
        value      text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (namespace, key)
      );
      CREATE INDEX ephemeral_by_expiry ON ephemeral (expires_at);
    `,
  },
];
