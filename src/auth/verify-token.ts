/**
 * Verifies a gateway bearer token: the algorithm pinned per configured key (HS256 for the
 * secret, ES256 for the P-256 public key), issuer and audience pinned, expiry and not-before
 * checked, claims shaped. Returns a principal or a typed failure; never throws for a bad token, so
 * the HTTP layer decides how to answer (401 with WWW-Authenticate, RFC 6750 section 3).
 */
import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isScope, TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal, type Scope, type TokenAlgorithm } from './token-claims.ts';
import { algorithmOfKey } from './token-key.ts';
import { VerifiedTokenCache, type VerifiedTokenCacheOptions } from './verified-token-cache.ts';

/** Why a token is refused; sent as the challenge's `error_description` (docs/authentication.md, "Refusals"). */
export const TOKEN_FAILURE_REASONS = ['malformed', 'bad-signature', 'wrong-algorithm', 'expired', 'not-yet-valid', 'wrong-issuer', 'wrong-audience', 'bad-claims', 'revoked'] as const;
export type TokenFailureReason = (typeof TOKEN_FAILURE_REASONS)[number];

export type TokenVerification =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: TokenFailureReason; readonly detail: string };

/** Client-facing explanations: what is wrong, never the key or the expected signature. */
const DETAILS: Readonly<Record<Exclude<TokenFailureReason, 'wrong-algorithm'>, string>> = {
  'malformed': 'The bearer token is not a well-formed JWT.',
  'bad-signature': 'The bearer token signature does not verify (was it created with `scim-bridge token create` and this gateway\'s current key?).',
  'expired': 'The bearer token has expired; issue a new one with `scim-bridge token create`.',
  'not-yet-valid': 'The bearer token is not valid yet (nbf is in the future).',
  'wrong-issuer': `The bearer token was not issued by ${TOKEN_ISSUER}.`,
  'wrong-audience': `The bearer token is not meant for ${TOKEN_AUDIENCE}.`,
  'bad-claims': 'The bearer token lacks a subject, a token id or a valid scope (scim:read, scim:write).',
  'revoked': 'The bearer token has been revoked; issue a new one with `scim-bridge token create`.',
};

export function tokenFailure(reason: Exclude<TokenFailureReason, 'wrong-algorithm'>): TokenVerification {
  return { ok: false, reason, detail: DETAILS[reason] };
}

function wrongAlgorithm(accepted: readonly TokenAlgorithm[]): TokenVerification {
  return { ok: false, reason: 'wrong-algorithm', detail: `The bearer token must be signed with ${accepted.join(' or ')}.` };
}

export interface VerifyTokenOptions {
  /** For tests: the verification time. */
  readonly now?: Date;
}

/** Async: the revocation check (revocation.ts) asks gateway state. */
export type TokenVerifier = (token: string) => TokenVerification | Promise<TokenVerification>;

/** One verification key per algorithm; a key no gateway token may use is a configuration bug. */
export function keysByAlgorithm(keys: KeyObject | readonly KeyObject[]): ReadonlyMap<TokenAlgorithm, KeyObject> {
  const byAlgorithm = new Map<TokenAlgorithm, KeyObject>();
  for (const key of Array.isArray(keys) ? (keys as readonly KeyObject[]) : [keys as KeyObject]) {
    const algorithm = algorithmOfKey(key);
    if (algorithm === undefined) throw new TypeError('Gateway tokens are verified with an HMAC secret (HS256) or an EC P-256 public key (ES256) only');
    if (algorithm === 'ES256' && key.type !== 'public') throw new TypeError('ES256 tokens are verified with the public key');
    if (byAlgorithm.has(algorithm)) throw new TypeError(`Only one ${algorithm} verification key may be configured`);
    byAlgorithm.set(algorithm, key);
  }
  if (byAlgorithm.size === 0) throw new TypeError('At least one token verification key is needed');
  return byAlgorithm;
}

export function verifyToken(token: string, keys: KeyObject | readonly KeyObject[] | ReadonlyMap<TokenAlgorithm, KeyObject>, options: VerifyTokenOptions = {}): TokenVerification {
  const byAlgorithm = keys instanceof Map ? (keys as ReadonlyMap<TokenAlgorithm, KeyObject>) : keysByAlgorithm(keys as KeyObject | readonly KeyObject[]);
  const accepted = [...byAlgorithm.keys()];
  // The header only chooses among keys the operator configured; each key is then verified with
  // its own algorithm pinned, so a header cannot make an ES256 public key act as an HMAC secret.
  const header = readHeader(token);
  if (header === undefined) return tokenFailure('malformed');
  const key = byAlgorithm.get(header.alg as TokenAlgorithm);
  if (key === undefined) return wrongAlgorithm(accepted);
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key, {
      algorithms: [header.alg as TokenAlgorithm],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      ...(options.now === undefined ? {} : { clockTimestamp: Math.floor(options.now.getTime() / 1000) }),
    });
  } catch (error) {
    const reason = classify(error);
    return reason === 'wrong-algorithm' ? wrongAlgorithm(accepted) : tokenFailure(reason);
  }
  if (typeof payload === 'string') return tokenFailure('bad-claims');
  const { sub, jti, scope, exp } = payload;
  const scopes = typeof scope === 'string' ? scope.split(' ').filter((s) => s !== '') : [];
  if (typeof sub !== 'string' || sub === '' || typeof jti !== 'string' || jti === '' || scopes.length === 0 || !scopes.every(isScope)) return tokenFailure('bad-claims');
  return {
    ok: true,
    principal: { subject: sub, scopes: new Set<Scope>(scopes), tokenId: jti, expiresAt: exp === undefined ? undefined : new Date(exp * 1000) },
  };
}

export interface TokenVerifierOptions {
  /** For tests: the clock that verification and the cache's expiry check read. */
  readonly clock?: () => Date;
  /** The verified-token cache's bounds (verified-token-cache.ts). */
  readonly cache?: VerifiedTokenCacheOptions;
}

/**
 * A verifier bound to the configured keys, built once at boot (without the revocation check, which
 * wraps it and so stays uncached). IdPs send the same token with every request, so successful
 * verifications are cached per verifier, i.e. per key set: a key change means a new verifier.
 */
export function createTokenVerifier(keys: KeyObject | readonly KeyObject[], options: TokenVerifierOptions = {}): TokenVerifier {
  const byAlgorithm = keysByAlgorithm(keys);
  const clock = options.clock ?? (() => new Date());
  const cache = new VerifiedTokenCache(options.cache);
  return (token) => {
    const now = clock();
    const principal = cache.get(token, now);
    if (principal !== undefined) return { ok: true, principal };
    const result = verifyToken(token, byAlgorithm, { now });
    if (result.ok) cache.set(token, result.principal);
    return result;
  };
}

/** The JOSE header's `alg`, or undefined when the token is not three base64url parts with a JSON header. */
function readHeader(token: string): { readonly alg: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] === undefined || parts[0] === '') return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    if (typeof header !== 'object' || header === null) return undefined;
    const alg = (header as { alg?: unknown }).alg;
    return typeof alg === 'string' ? { alg } : undefined;
  } catch {
    return undefined;
  }
}

/** jsonwebtoken signals failures by class and message only; this maps them onto our reasons. */
function classify(error: unknown): Exclude<TokenFailureReason, 'revoked'> {
  if (error instanceof jwt.TokenExpiredError) return 'expired';
  if (error instanceof jwt.NotBeforeError) return 'not-yet-valid';
  const message = error instanceof Error ? error.message : '';
  if (message === 'invalid signature') return 'bad-signature';
  if (message === 'invalid algorithm' || message === 'jwt signature is required' || message.startsWith('secretOrPublicKey must be')) return 'wrong-algorithm';
  if (message.startsWith('jwt issuer invalid')) return 'wrong-issuer';
  if (message.startsWith('jwt audience invalid')) return 'wrong-audience';
  if (message === 'invalid exp value' || message === 'invalid nbf value') return 'bad-claims';
  return 'malformed';
}
