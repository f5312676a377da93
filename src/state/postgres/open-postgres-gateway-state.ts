/**
 * The PostgreSQL gateway state, for several gateway instances sharing one store. A pg Pool; every
 * write is one statement guarded by a primary key or unique constraint (INSERT ... ON CONFLICT,
 * DELETE ... RETURNING), so concurrent gateways cannot lose or duplicate a mapping. The one
 * read-then-write (linkExternalId) retries when the unique constraint reports a lost race.
 */
import pg from 'pg';
import type { Pool } from 'pg';
import { resolveGatewayStateOptions, type GatewayStateOptions } from '../gateway-state-options.ts';
import { SCHEMA_NAME } from '../parse-state-url.ts';
import type { Migration } from '../plan-migrations.ts';
import type { GatewayState, IssuedToken, LinkExternalIdResult, StateResourceType } from '../port.ts';
import { createPurgeSchedule } from '../purge-schedule.ts';
import { validateTtl } from '../validate-ttl.ts';
import { migratePostgres } from './migrate-postgres.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

export interface PostgresGatewayStateOptions extends GatewayStateOptions {
  readonly connectionString: string;
  /** Sets the search_path of every connection; created at open if missing. */
  readonly schema?: string;
  readonly maxConnections?: number;
  /** For migration tests; production always uses POSTGRES_MIGRATIONS. */
  readonly migrations?: readonly Migration[];
}

interface TokenRow { jti: string; subject: string; scopes: string[]; issued_at: Date; expires_at: Date | null; revoked_at: Date | null }

/** A holder can unlink between our read and our insert; after this many lost races, give up loudly. */
const LINK_ATTEMPTS = 5;

const isLostExternalIdRace = (error: unknown): boolean =>
  error instanceof pg.DatabaseError && error.code === '23505' && error.constraint === 'external_ids_external_id_key';

/** A deleted user's suspension goes; a deleted group leaves every suspension. `$2` is the id. */
function suspensionCleanupSql(resourceType: StateResourceType): string {
  switch (resourceType) {
    case 'User':
      return 'DELETE FROM suspended_memberships WHERE user_id = $2';
    case 'Group':
      return 'UPDATE suspended_memberships SET group_ids = array_remove(group_ids, $2) WHERE group_ids @> ARRAY[$2]';
    default: {
      const never: never = resourceType;
      throw new Error(`Unknown resource type ${String(never)}`);
    }
  }
}

export async function openPostgresGatewayState(options: PostgresGatewayStateOptions): Promise<GatewayState> {
  const { clock, ephemeralPurgeIntervalMs } = resolveGatewayStateOptions(options);
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`Invalid PostgreSQL schema name "${options.schema}"`);
  const pool: Pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // Fail health checks and startup instead of hanging when the server is unreachable.
    connectionTimeoutMillis: 10_000,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled, that would crash
  // the process. The pool discards that client and the next query reports the failure instead.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, options.migrations ?? POSTGRES_MIGRATIONS, options.schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const purge = createPurgeSchedule(clock, ephemeralPurgeIntervalMs);
  let closed = false;

  const query = async <Row extends object>(sql: string, values: unknown[]): Promise<pg.QueryResult<Row>> => {
    if (closed) throw new Error('Gateway state is closed');
    return pool.query<Row>(sql, values);
  };
  const holderOf = async (resourceType: string, issuer: string, externalId: string): Promise<string | undefined> =>
    (await query<{ resource_id: string }>(
      'SELECT resource_id FROM external_ids WHERE resource_type = $1 AND issuer = $2 AND external_id = $3',
      [resourceType, issuer, externalId])).rows[0]?.resource_id;
  const suspendedOf = async (sql: string, userId: string): Promise<string[] | undefined> =>
    (await query<{ group_ids: string[] }>(sql, [userId])).rows[0]?.group_ids;

  return {
    async linkExternalId({ resourceType, issuer, externalId, resourceId }): Promise<LinkExternalIdResult> {
      for (let attempt = 1; attempt <= LINK_ATTEMPTS; attempt += 1) {
        const holder = await holderOf(resourceType, issuer, externalId);
        if (holder === resourceId) return { outcome: 'unchanged' };
        if (holder !== undefined) return { outcome: 'conflict', existingResourceId: holder };
        try {
          await query(
            `INSERT INTO external_ids (resource_type, issuer, resource_id, external_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (resource_type, issuer, resource_id) DO UPDATE SET external_id = EXCLUDED.external_id`,
            [resourceType, issuer, resourceId, externalId]);
          return { outcome: 'linked' };
        } catch (error) {
          // Another gateway linked this externalId since our read: look again to name the holder.
          if (!isLostExternalIdRace(error)) throw error;
        }
      }
      throw new Error(`linkExternalId gave up after ${LINK_ATTEMPTS} lost races for one externalId`);
    },
    async findResourceIdByExternalId(resourceType, issuer, externalId) {
      return holderOf(resourceType, issuer, externalId);
    },
    async externalIdsFor(resourceType, issuer, resourceIds) {
      if (resourceIds.length === 0) return new Map();
      const result = await query<{ resource_id: string; external_id: string }>(
        'SELECT resource_id, external_id FROM external_ids WHERE resource_type = $1 AND issuer = $2 AND resource_id = ANY($3::text[])',
        [resourceType, issuer, resourceIds]);
      return new Map(result.rows.map((row) => [row.resource_id, row.external_id]));
    },
    async unlinkExternalId(resourceType, issuer, resourceId) {
      const result = await query('DELETE FROM external_ids WHERE resource_type = $1 AND issuer = $2 AND resource_id = $3', [resourceType, issuer, resourceId]);
      return (result.rowCount ?? 0) > 0;
    },
    async forgetResource(resourceType, resourceId) {
      // One statement (data-modifying CTE), so the cleanup is atomic without a client checkout.
      await query(
        `WITH links AS (DELETE FROM external_ids WHERE resource_type = $1 AND resource_id = $2) ${suspensionCleanupSql(resourceType)}`,
        [resourceType, resourceId]);
    },
    async suspendMemberships(userId, groupIds) {
      // Appends only the groups not yet suspended, keeping the first-suspended order; the row lock
      // taken by ON CONFLICT DO UPDATE makes concurrent suspensions merge instead of overwrite.
      await query(
        `INSERT INTO suspended_memberships AS s (user_id, group_ids, suspended_at) VALUES ($1, $2::text[], $3)
         ON CONFLICT (user_id) DO UPDATE SET group_ids = s.group_ids || ARRAY(
           SELECT g FROM unnest(EXCLUDED.group_ids) WITH ORDINALITY AS t(g, i) WHERE NOT g = ANY(s.group_ids) ORDER BY i)`,
        [userId, [...new Set(groupIds)], new Date(clock())]);
    },
    async takeSuspendedMemberships(userId) {
      return suspendedOf('DELETE FROM suspended_memberships WHERE user_id = $1 RETURNING group_ids', userId);
    },
    async peekSuspendedMemberships(userId) {
      return suspendedOf('SELECT group_ids FROM suspended_memberships WHERE user_id = $1', userId);
    },
    async suspendedAmong(userIds) {
      if (userIds.length === 0) return new Set();
      const result = await query<{ user_id: string }>('SELECT user_id FROM suspended_memberships WHERE user_id = ANY($1::text[])', [userIds]);
      return new Set(result.rows.map((row) => row.user_id));
    },
    async recordIssuedToken(token) {
      const result = await query(
        `INSERT INTO issued_tokens (jti, subject, scopes, issued_at, expires_at) VALUES ($1, $2, $3::text[], $4, $5)
         ON CONFLICT (jti) DO NOTHING`,
        [token.jti, token.subject, [...token.scopes], token.issuedAt, token.expiresAt ?? null]);
      return result.rowCount === 1 ? { outcome: 'recorded' } : { outcome: 'duplicate' };
    },
    async listIssuedTokens() {
      const result = await query<TokenRow>(
        `SELECT t.jti, t.subject, t.scopes, t.issued_at, t.expires_at, r.revoked_at
         FROM issued_tokens t LEFT JOIN revoked_tokens r ON r.jti = t.jti ORDER BY t.issued_at, t.jti`, []);
      return result.rows.map((row): IssuedToken => ({
        jti: row.jti,
        subject: row.subject,
        scopes: row.scopes,
        issuedAt: row.issued_at,
        ...(row.expires_at === null ? {} : { expiresAt: row.expires_at }),
        ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
      }));
    },
    async revokeToken(jti, revokedAt) {
      const inserted = await query('INSERT INTO revoked_tokens (jti, revoked_at) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING', [jti, revokedAt]);
      if (inserted.rowCount === 1) return { outcome: 'revoked' };
      // Revocations are never deleted, so the earlier row is still there to read.
      const earlier = await query<{ revoked_at: Date }>('SELECT revoked_at FROM revoked_tokens WHERE jti = $1', [jti]);
      return { outcome: 'already-revoked', revokedAt: earlier.rows[0]?.revoked_at ?? revokedAt };
    },
    async isTokenRevoked(jti) {
      return (await query('SELECT 1 FROM revoked_tokens WHERE jti = $1', [jti])).rows.length > 0;
    },
    async putEphemeral(namespace, key, value, ttlMs) {
      validateTtl(ttlMs);
      const now = clock();
      if (purge.due()) await query('DELETE FROM ephemeral WHERE expires_at <= $1', [new Date(now)]);
      await query(
        `INSERT INTO ephemeral (namespace, key, value, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        [namespace, key, value, new Date(now + Math.ceil(ttlMs))]);
    },
    async getEphemeral(namespace, key) {
      const result = await query<{ value: string }>(
        'SELECT value FROM ephemeral WHERE namespace = $1 AND key = $2 AND expires_at > $3', [namespace, key, new Date(clock())]);
      return result.rows[0]?.value;
    },
    async health() {
      await query('SELECT 1', []);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
