/**
 * The SQLite gateway state (the embedded default, `sqlite:./data/state.db`): one file, WAL mode so
 * readers never wait for the writer, busy_timeout so several processes on the same file queue
 * instead of failing. Every read-modify-write runs in an IMMEDIATE transaction (write lock taken
 * up front), which serialises writers across connections and processes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { resolveGatewayStateOptions, type GatewayStateOptions } from '../gateway-state-options.ts';
import type { Migration } from '../plan-migrations.ts';
import type { GatewayState, IssuedToken, StateResourceType } from '../port.ts';
import { fromSyncGatewayState, settle } from '../from-sync-gateway-state.ts';
import { createPurgeSchedule } from '../purge-schedule.ts';
import { validateTtl } from '../validate-ttl.ts';
import { migrateSqlite } from './migrate-sqlite.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';

export interface SqliteGatewayStateOptions extends GatewayStateOptions {
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
  /** For migration tests; production always uses SQLITE_MIGRATIONS. */
  readonly migrations?: readonly Migration[];
}

interface TokenRow { jti: string; subject: string; scopes: string; issued_at: number; expires_at: number | null; revoked_at: number | null }

const parseList = (json: string): string[] => JSON.parse(json) as string[];

/** `path` is absolute or `:memory:`; the file's directory is created if missing. */
export function openSqliteGatewayState(path: string, options: SqliteGatewayStateOptions = {}): Promise<GatewayState> {
  return settle(() => openSync(path, options));
}

function openSync(path: string, options: SqliteGatewayStateOptions): GatewayState {
  const { clock, ephemeralPurgeIntervalMs } = resolveGatewayStateOptions(options);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    // busy_timeout first: switching to WAL itself needs a lock another process may hold.
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5_000)}`);
    db.pragma('journal_mode = WAL');
    migrateSqlite(db, options.migrations ?? SQLITE_MIGRATIONS, clock());
  } catch (error) {
    db.close();
    throw error;
  }
  const purge = createPurgeSchedule(clock, ephemeralPurgeIntervalMs);

  const externalIdHolder = db.prepare<[string, string, string], string>(
    'SELECT resource_id FROM external_ids WHERE resource_type = ? AND issuer = ? AND external_id = ?').pluck();
  const upsertLink = db.prepare(
    `INSERT INTO external_ids (resource_type, issuer, resource_id, external_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (resource_type, issuer, resource_id) DO UPDATE SET external_id = excluded.external_id`);
  // json_each turns one JSON array parameter into rows: one query, no bound-variable limit.
  const externalIdsOf = db.prepare<[string, string, string], { resource_id: string; external_id: string }>(
    `SELECT resource_id, external_id FROM external_ids
     WHERE resource_type = ? AND issuer = ? AND resource_id IN (SELECT value FROM json_each(?))`);
  const deleteLink = db.prepare('DELETE FROM external_ids WHERE resource_type = ? AND issuer = ? AND resource_id = ?');
  const deleteLinksOf = db.prepare('DELETE FROM external_ids WHERE resource_type = ? AND resource_id = ?');
  const suspendedOf = db.prepare<[string], string>('SELECT group_ids FROM suspended_memberships WHERE user_id = ?').pluck();
  const suspendedIn = db.prepare<[string], string>('SELECT user_id FROM suspended_memberships WHERE user_id IN (SELECT value FROM json_each(?))').pluck();
  const upsertSuspended = db.prepare(
    `INSERT INTO suspended_memberships (user_id, group_ids, suspended_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET group_ids = excluded.group_ids`);
  const deleteSuspended = db.prepare<[string], string>('DELETE FROM suspended_memberships WHERE user_id = ? RETURNING group_ids').pluck();
  const suspensionsWithGroup = db.prepare<[string], { user_id: string; group_ids: string }>(
    `SELECT user_id, group_ids FROM suspended_memberships
     WHERE EXISTS (SELECT 1 FROM json_each(group_ids) WHERE value = ?)`);
  const setSuspended = db.prepare('UPDATE suspended_memberships SET group_ids = ? WHERE user_id = ?');
  const insertToken = db.prepare(
    `INSERT INTO issued_tokens (jti, subject, scopes, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (jti) DO NOTHING`);
  const allTokens = db.prepare<[], TokenRow>(
    `SELECT t.jti, t.subject, t.scopes, t.issued_at, t.expires_at, r.revoked_at
     FROM issued_tokens t LEFT JOIN revoked_tokens r ON r.jti = t.jti ORDER BY t.issued_at, t.jti`);
  const insertRevocation = db.prepare('INSERT INTO revoked_tokens (jti, revoked_at) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING');
  const revokedAtOf = db.prepare<[string], number>('SELECT revoked_at FROM revoked_tokens WHERE jti = ?').pluck();
  const upsertEphemeral = db.prepare(
    `INSERT INTO ephemeral (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`);
  const liveEphemeral = db.prepare<[string, string, number], string>(
    'SELECT value FROM ephemeral WHERE namespace = ? AND key = ? AND expires_at > ?').pluck();
  const purgeEphemeral = db.prepare('DELETE FROM ephemeral WHERE expires_at <= ?');

  const link = db.transaction((resourceType: StateResourceType, issuer: string, externalId: string, resourceId: string) => {
    const holder = externalIdHolder.get(resourceType, issuer, externalId);
    if (holder === resourceId) return { outcome: 'unchanged' } as const;
    if (holder !== undefined) return { outcome: 'conflict', existingResourceId: holder } as const;
    upsertLink.run(resourceType, issuer, resourceId, externalId);
    return { outcome: 'linked' } as const;
  });
  const forget = db.transaction((resourceType: StateResourceType, resourceId: string) => {
    deleteLinksOf.run(resourceType, resourceId);
    switch (resourceType) {
      case 'User':
        deleteSuspended.run(resourceId);
        return;
      case 'Group':
        for (const row of suspensionsWithGroup.all(resourceId)) {
          setSuspended.run(JSON.stringify(parseList(row.group_ids).filter((id) => id !== resourceId)), row.user_id);
        }
        return;
      default: {
        const never: never = resourceType;
        throw new Error(`Unknown resource type ${String(never)}`);
      }
    }
  });
  const suspend = db.transaction((userId: string, groupIds: readonly string[]) => {
    const existing = suspendedOf.get(userId);
    const merged = new Set(existing === undefined ? [] : parseList(existing));
    for (const groupId of groupIds) merged.add(groupId);
    upsertSuspended.run(userId, JSON.stringify([...merged]), clock());
  });
  const revoke = db.transaction((jti: string, revokedAt: Date) => {
    if (insertRevocation.run(jti, revokedAt.getTime()).changes === 1) return { outcome: 'revoked' } as const;
    return { outcome: 'already-revoked', revokedAt: new Date(revokedAtOf.get(jti) ?? revokedAt.getTime()) } as const;
  });

  return fromSyncGatewayState({
    linkExternalId({ resourceType, issuer, externalId, resourceId }) {
      return link.immediate(resourceType, issuer, externalId, resourceId);
    },
    findResourceIdByExternalId(resourceType, issuer, externalId) {
      return externalIdHolder.get(resourceType, issuer, externalId);
    },
    externalIdsFor(resourceType, issuer, resourceIds) {
      if (resourceIds.length === 0) return new Map();
      const rows = externalIdsOf.all(resourceType, issuer, JSON.stringify(resourceIds));
      return new Map(rows.map((row) => [row.resource_id, row.external_id]));
    },
    unlinkExternalId(resourceType, issuer, resourceId) {
      return deleteLink.run(resourceType, issuer, resourceId).changes > 0;
    },
    forgetResource(resourceType, resourceId) {
      forget.immediate(resourceType, resourceId);
    },
    suspendMemberships(userId, groupIds) {
      suspend.immediate(userId, groupIds);
    },
    takeSuspendedMemberships(userId) {
      // DELETE ... RETURNING is one statement, so read-and-delete is atomic without a transaction.
      const groupIds = deleteSuspended.get(userId);
      return groupIds === undefined ? undefined : parseList(groupIds);
    },
    peekSuspendedMemberships(userId) {
      const groupIds = suspendedOf.get(userId);
      return groupIds === undefined ? undefined : parseList(groupIds);
    },
    suspendedAmong(userIds) {
      return userIds.length === 0 ? new Set() : new Set(suspendedIn.all(JSON.stringify(userIds)));
    },
    recordIssuedToken(token) {
      const result = insertToken.run(token.jti, token.subject, JSON.stringify(token.scopes), token.issuedAt.getTime(), token.expiresAt?.getTime() ?? null);
      return result.changes === 1 ? { outcome: 'recorded' } : { outcome: 'duplicate' };
    },
    listIssuedTokens() {
      return allTokens.all().map((row): IssuedToken => ({
        jti: row.jti,
        subject: row.subject,
        scopes: parseList(row.scopes),
        issuedAt: new Date(row.issued_at),
        ...(row.expires_at === null ? {} : { expiresAt: new Date(row.expires_at) }),
        ...(row.revoked_at === null ? {} : { revokedAt: new Date(row.revoked_at) }),
      }));
    },
    revokeToken(jti, revokedAt) {
      return revoke.immediate(jti, revokedAt);
    },
    isTokenRevoked(jti) {
      return revokedAtOf.get(jti) !== undefined;
    },
    putEphemeral(namespace, key, value, ttlMs) {
      validateTtl(ttlMs);
      const now = clock();
      if (purge.due()) purgeEphemeral.run(now);
      upsertEphemeral.run(namespace, key, value, now + Math.ceil(ttlMs));
    },
    getEphemeral(namespace, key) {
      return liveEphemeral.get(namespace, key, clock());
    },
    health() {
      db.prepare('SELECT 1').get();
    },
    close() {
      if (db.open) db.close();
    },
  });
}
