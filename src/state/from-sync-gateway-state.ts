/**
 * Lets the synchronous backends (memory, better-sqlite3) be written as plain functions and still
 * present the async port. Each call runs at once and a throw becomes a rejected promise, so callers
 * see the same failure shape whichever store is behind the port.
 */
import type { GatewayState } from './port.ts';

/** The port with every result unwrapped from its Promise. */
export type SyncGatewayState = {
  readonly [K in keyof GatewayState]: (...args: Parameters<GatewayState[K]>) => Awaited<ReturnType<GatewayState[K]>>;
};

/** Runs `fn` now; a throw rejects the returned promise instead of escaping synchronously. */
export function settle<T>(fn: () => T): Promise<T> {
  return new Promise((resolve) => resolve(fn()));
}

export function fromSyncGatewayState(sync: SyncGatewayState): GatewayState {
  return {
    linkExternalId: (link) => settle(() => sync.linkExternalId(link)),
    findResourceIdByExternalId: (type, issuer, externalId) => settle(() => sync.findResourceIdByExternalId(type, issuer, externalId)),
    externalIdsFor: (type, issuer, resourceIds) => settle(() => sync.externalIdsFor(type, issuer, resourceIds)),
    unlinkExternalId: (type, issuer, resourceId) => settle(() => sync.unlinkExternalId(type, issuer, resourceId)),
    forgetResource: (type, resourceId) => settle(() => sync.forgetResource(type, resourceId)),
    suspendMemberships: (userId, groupIds) => settle(() => sync.suspendMemberships(userId, groupIds)),
    takeSuspendedMemberships: (userId) => settle(() => sync.takeSuspendedMemberships(userId)),
    peekSuspendedMemberships: (userId) => settle(() => sync.peekSuspendedMemberships(userId)),
    suspendedAmong: (userIds) => settle(() => sync.suspendedAmong(userIds)),
    recordIssuedToken: (token) => settle(() => sync.recordIssuedToken(token)),
    listIssuedTokens: () => settle(() => sync.listIssuedTokens()),
    revokeToken: (jti, revokedAt) => settle(() => sync.revokeToken(jti, revokedAt)),
    isTokenRevoked: (jti) => settle(() => sync.isTokenRevoked(jti)),
    putEphemeral: (namespace, key, value, ttlMs) => settle(() => sync.putEphemeral(namespace, key, value, ttlMs)),
    getEphemeral: (namespace, key) => settle(() => sync.getEphemeral(namespace, key)),
    health: () => settle(() => sync.health()),
    close: () => settle(() => sync.close()),
  };
}
