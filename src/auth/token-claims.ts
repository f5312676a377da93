/**
 * What a gateway-issued bearer token says. Tokens are JWTs (RFC 7519) signed with HS256 under
 * SCIM_BRIDGE_JWT_SECRET or with ES256 under an operator's P-256 key pair; `sub` is the IdP's
 * name, which becomes the externalId issuer and the audit-log actor; `scope` follows RFC 8693
 * section 4.2 (space-separated).
 */

export const TOKEN_ISSUER = 'scim-bridge';
export const TOKEN_AUDIENCE = 'scim-bridge';

/**
 * The only algorithms a gateway token may use, each bound to one kind of key (token-key.ts): a
 * verifier accepts an algorithm only when a key of its kind is configured and then verifies with
 * that key alone, so `alg: none` and HS/RS/ES key-confusion tricks fail.
 */
export const TOKEN_ALGORITHMS = ['HS256', 'ES256'] as const;
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

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
  /** `jti`: what `token revoke` denylists, the rate limiter's key and the audit trail's token. */
  readonly tokenId: string;
  readonly expiresAt: Date | undefined;
}
