/**
 * What a gateway-issued bearer token says. Tokens are JWTs (RFC 7519) signed with HS256 under
 * SCIM_BRIDGE_JWT_SECRET; `sub` is the IdP's name, which becomes the externalId issuer and the
 * audit-log actor; `scope` follows RFC 8693 section 4.2 (space-separated).
 */

export const TOKEN_ISSUER = 'scim-bridge';
export const TOKEN_AUDIENCE = 'scim-bridge';
/** Pinned: the verifier accepts nothing else, so `alg: none` and key-confusion tricks fail. */
export const TOKEN_ALGORITHM = 'HS256';

export const SCOPES = ['scim:read', 'scim:write'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Who is calling, once a token has been verified. */
export interface Principal {
  /** The IdP's name (`sub`). */
  readonly subject: string;
  readonly scopes: ReadonlySet<Scope>;
  /** `jti`, for audit logs and a future revocation list. */
  readonly tokenId: string;
  readonly expiresAt: Date | undefined;
}
