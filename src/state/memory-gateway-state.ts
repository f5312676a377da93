/**
 * The `memory:` gateway state: plain maps in this process, for unit tests only. Everything is lost
 * on exit and nothing is shared between instances, so it is never a production choice.
 */
import { resolveGatewayStateOptions, type GatewayStateOptions } from './gateway-state-options.ts';
import { fromSyncGatewayState } from './from-sync-gateway-state.ts';
import { createPurgeSchedule } from './purge-schedule.ts';
import { validateTtl } from './validate-ttl.ts';
import type {
  ExternalIdLink, GatewayState, IssuedToken, IssuedTokenInput, LinkExternalIdResult, RecordIssuedTokenResult,
  RevokeTokenResult, StateResourceType,
} from './port.ts';

// Composite keys are JSON arrays of their parts, so no issuer or id can make two tuples collide.
const key = (...parts: string[]): string => JSON.stringify(parts);

interface EphemeralEntry { readonly value: string; readonly expiresAt: number }

export function createMemoryGatewayState(options?: GatewayStateOptions): GatewayState {
  const { clock, ephemeralPurgeIntervalMs } = resolveGatewayStateOptions(options);
  const purge = createPurgeSchedule(clock, ephemeralPurgeIntervalMs);
  /** (type, issuer, resourceId) -> externalId */
  const externalIdByResource = new Map<string, string>();
  /** (type, issuer, externalId) -> resourceId */
  const resourceByExternalId = new Map<string, string>();
  const suspended = new Map<string, string[]>();
  const tokens = new Map<string, IssuedTokenInput>();
  const revoked = new Map<string, Date>();
  const ephemeral = new Map<string, EphemeralEntry>();
  let closed = false;

  const open = (): void => {
    if (closed) throw new Error('Gateway state is closed');
  };

  const unlink = (resourceType: StateResourceType, issuer: string, resourceId: string): boolean => {
    const resourceKey = key(resourceType, issuer, resourceId);
    const externalId = externalIdByResource.get(resourceKey);
    if (externalId === undefined) return false;
    externalIdByResource.delete(resourceKey);
    resourceByExternalId.delete(key(resourceType, issuer, externalId));
    return true;
  };

  return fromSyncGatewayState({
    linkExternalId({ resourceType, issuer, externalId, resourceId }: ExternalIdLink): LinkExternalIdResult {
      open();
      const holder = resourceByExternalId.get(key(resourceType, issuer, externalId));
      if (holder === resourceId) return { outcome: 'unchanged' };
      if (holder !== undefined) return { outcome: 'conflict', existingResourceId: holder };
      unlink(resourceType, issuer, resourceId);
      externalIdByResource.set(key(resourceType, issuer, resourceId), externalId);
      resourceByExternalId.set(key(resourceType, issuer, externalId), resourceId);
      return { outcome: 'linked' };
    },

    findResourceIdByExternalId(resourceType, issuer, externalId) {
      open();
      return resourceByExternalId.get(key(resourceType, issuer, externalId));
    },

    externalIdsFor(resourceType, issuer, resourceIds) {
      open();
      const found = new Map<string, string>();
      for (const resourceId of resourceIds) {
        const externalId = externalIdByResource.get(key(resourceType, issuer, resourceId));
        if (externalId !== undefined) found.set(resourceId, externalId);
      }
      return found;
    },

    unlinkExternalId(resourceType, issuer, resourceId) {
      open();
      return unlink(resourceType, issuer, resourceId);
    },

    forgetResource(resourceType, resourceId) {
      open();
      for (const [resourceKey, externalId] of [...externalIdByResource]) {
        const [type, issuer, id] = JSON.parse(resourceKey) as [string, string, string];
        if (type !== resourceType || id !== resourceId) continue;
        externalIdByResource.delete(resourceKey);
        resourceByExternalId.delete(key(type, issuer, externalId));
      }
      switch (resourceType) {
        case 'User':
          suspended.delete(resourceId);
          return;
        case 'Group':
          for (const [userId, groupIds] of suspended) suspended.set(userId, groupIds.filter((id) => id !== resourceId));
          return;
        default: {
          const never: never = resourceType;
          throw new Error(`Unknown resource type ${String(never)}`);
        }
      }
    },

    suspendMemberships(userId, groupIds) {
      open();
      const merged = [...(suspended.get(userId) ?? [])];
      for (const groupId of groupIds) if (!merged.includes(groupId)) merged.push(groupId);
      suspended.set(userId, merged);
    },

    takeSuspendedMemberships(userId) {
      open();
      const groupIds = suspended.get(userId);
      suspended.delete(userId);
      return groupIds === undefined ? undefined : [...groupIds];
    },

    peekSuspendedMemberships(userId) {
      open();
      const groupIds = suspended.get(userId);
      return groupIds === undefined ? undefined : [...groupIds];
    },

    suspendedAmong(userIds) {
      open();
      return new Set(userIds.filter((userId) => suspended.has(userId)));
    },

    recordIssuedToken(token): RecordIssuedTokenResult {
      open();
      if (tokens.has(token.jti)) return { outcome: 'duplicate' };
      tokens.set(token.jti, { ...token, scopes: [...token.scopes] });
      return { outcome: 'recorded' };
    },

    listIssuedTokens() {
      open();
      return [...tokens.values()]
        .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || (a.jti < b.jti ? -1 : 1))
        .map((token): IssuedToken => {
          const revokedAt = revoked.get(token.jti);
          return { ...token, scopes: [...token.scopes], ...(revokedAt === undefined ? {} : { revokedAt }) };
        });
    },

    revokeToken(jti, revokedAt): RevokeTokenResult {
      open();
      const earlier = revoked.get(jti);
      if (earlier !== undefined) return { outcome: 'already-revoked', revokedAt: earlier };
      revoked.set(jti, revokedAt);
      return { outcome: 'revoked' };
    },

    isTokenRevoked(jti) {
      open();
      return revoked.has(jti);
    },

    putEphemeral(namespace, entryKey, value, ttlMs) {
      open();
      validateTtl(ttlMs);
      const now = clock();
      if (purge.due()) for (const [k, entry] of ephemeral) if (entry.expiresAt <= now) ephemeral.delete(k);
      ephemeral.set(key(namespace, entryKey), { value, expiresAt: now + Math.ceil(ttlMs) });
    },

    getEphemeral(namespace, entryKey) {
      open();
      const entry = ephemeral.get(key(namespace, entryKey));
      return entry !== undefined && entry.expiresAt > clock() ? entry.value : undefined;
    },

    health() {
      open();
    },

    close() {
      closed = true;
    },
  });
}
