/**
 * The gateway state port: what scim-bridge must remember that the AWS Identity Store cannot hold.
 *
 * - SCIM `externalId` mappings. `CreateUser`/`CreateGroup` accept no `ExternalIds`, so the IdP's
 *   identifier lives here, per issuer (the bearer token's subject, i.e. the IdP) and resource type.
 * - Suspended group memberships of users deactivated in `suspend-memberships` mode, kept to be
 *   restored when the user is reactivated.
 * - The issued-token registry and the token denylist (revocation).
 * - Short-lived values for paging (NextToken chains behind SCIM cursors), with an expiry.
 *
 * Every method is async, even for the synchronous SQLite driver, so callers never depend on which
 * store is behind the port (`memory:`, SQLite, PostgreSQL; see docs/state.md).
 */

/** The SCIM resource types whose externalId the gateway keeps. */
export type StateResourceType = 'User' | 'Group';

export interface ExternalIdLink {
  readonly resourceType: StateResourceType;
  /** Who owns the externalId namespace: the bearer token's subject (the IdP's name). */
  readonly issuer: string;
  readonly externalId: string;
  /** The Identity Store UserId or GroupId. */
  readonly resourceId: string;
}

/**
 * The outcome of linking an externalId. A resource has at most one externalId per issuer, and an
 * externalId names at most one resource per issuer and type: linking one that is already taken
 * never steals it, it reports who holds it (the translation layer answers 409 uniqueness).
 */
export type LinkExternalIdResult =
  /** The link was created, or replaced this issuer's earlier externalId of the same resource. */
  | { readonly outcome: 'linked' }
  /** The resource already had exactly this externalId. */
  | { readonly outcome: 'unchanged' }
  /** Another resource of the same type and issuer holds this externalId. */
  | { readonly outcome: 'conflict'; readonly existingResourceId: string };

export interface IssuedTokenInput {
  /** The JWT `jti`; unique across all tokens the gateway issues. */
  readonly jti: string;
  /** The JWT `sub`: the IdP's name, which is also the externalId issuer. */
  readonly subject: string;
  readonly scopes: readonly string[];
  readonly issuedAt: Date;
  readonly expiresAt?: Date;
}

export interface IssuedToken extends IssuedTokenInput {
  /** Set once the token is on the denylist. */
  readonly revokedAt?: Date;
}

export type RecordIssuedTokenResult = { readonly outcome: 'recorded' } | { readonly outcome: 'duplicate' };

/** Revoking is idempotent: the first revocation time is kept. */
export type RevokeTokenResult =
  | { readonly outcome: 'revoked' }
  | { readonly outcome: 'already-revoked'; readonly revokedAt: Date };

export interface GatewayState {
  // --- externalId mappings ----------------------------------------------------------------------
  linkExternalId(link: ExternalIdLink): Promise<LinkExternalIdResult>;
  findResourceIdByExternalId(resourceType: StateResourceType, issuer: string, externalId: string): Promise<string | undefined>;
  /** Batch read for list responses (one query): resourceId -> externalId, only for linked ids. */
  externalIdsFor(resourceType: StateResourceType, issuer: string, resourceIds: readonly string[]): Promise<Map<string, string>>;
  /** Removes this issuer's externalId from the resource; false when there was none. */
  unlinkExternalId(resourceType: StateResourceType, issuer: string, resourceId: string): Promise<boolean>;
  /**
   * Forgets a deleted resource everywhere: its externalIds for all issuers and, for a user, its
   * suspended memberships; for a group, its place in every user's suspended memberships.
   */
  forgetResource(resourceType: StateResourceType, resourceId: string): Promise<void>;

  // --- suspended memberships (deactivation mode `suspend-memberships`) ---------------------------
  /**
   * Remembers group memberships removed from a deactivated user. Adds to what is already suspended
   * for that user (a retried deactivation must not lose the first batch). An empty list still
   * records that the user is suspended, so reactivation can tell "nothing to restore" from
   * "never suspended".
   */
  suspendMemberships(userId: string, groupIds: readonly string[]): Promise<void>;
  /** Atomically reads and deletes the user's suspended memberships; undefined if never suspended. */
  takeSuspendedMemberships(userId: string): Promise<string[] | undefined>;
  peekSuspendedMemberships(userId: string): Promise<string[] | undefined>;
  /** Batch read for list responses (one query): which of these users are suspended (an empty list counts). */
  suspendedAmong(userIds: readonly string[]): Promise<Set<string>>;

  // --- issued tokens and the denylist ------------------------------------------------------------
  recordIssuedToken(token: IssuedTokenInput): Promise<RecordIssuedTokenResult>;
  /** Every recorded token, oldest first, with `revokedAt` when revoked. */
  listIssuedTokens(): Promise<IssuedToken[]>;
  /** Denylists a jti, whether or not this gateway recorded it (tokens may predate the registry). */
  revokeToken(jti: string, revokedAt: Date): Promise<RevokeTokenResult>;
  isTokenRevoked(jti: string): Promise<boolean>;

  // --- short-lived values for paging -------------------------------------------------------------
  /** Stores (or overwrites) a value that expires `ttlMs` after now; expired rows are purged lazily. */
  putEphemeral(namespace: string, key: string, value: string, ttlMs: number): Promise<void>;
  /** The value, or undefined when absent or expired. */
  getEphemeral(namespace: string, key: string): Promise<string | undefined>;

  // --- lifecycle ---------------------------------------------------------------------------------
  /** Resolves when the store answers; rejects when it is unreachable or closed. */
  health(): Promise<void>;
  /** Releases the store; idempotent. Every later call rejects. */
  close(): Promise<void>;
}
