/**
 * Verifies a gateway bearer token: HS256 only, issuer and audience pinned, expiry checked, claims
 * shaped. Returns a principal or a typed failure; never throws for a bad token, so the HTTP layer
 * decides how to answer (401 with WWW-Authenticate, RFC 6750 section 3).
 */
import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isScope, TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal, type Scope } from './token-claims.ts';

export type TokenFailureReason = 'malformed' | 'bad-signature' | 'wrong-algorithm' | 'expired' | 'not-yet-valid' | 'wrong-issuer' | 'wrong-audience' | 'bad-claims';

export type TokenVerification =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: TokenFailureReason; readonly detail: string };

/** Client-facing explanations: what is wrong, never the key or the expected signature. */
const DETAILS: Readonly<Record<TokenFailureReason, string>> = {
  'malformed': 'The bearer token is not a well-formed JWT.',
  'bad-signature': 'The bearer token signature does not verify (was it signed with this gateway\'s SCIM_BRIDGE_JWT_SECRET?).',
  'wrong-algorithm': `The bearer token must be signed with ${TOKEN_ALGORITHM}.`,
  'expired': 'The bearer token has expired; issue a new one with `scim-bridge token create`.',
  'not-yet-valid': 'The bearer token is not valid yet (nbf is in the future).',
  'wrong-issuer': `The bearer token was not issued by ${TOKEN_ISSUER}.`,
  'wrong-audience': `The bearer token is not meant for ${TOKEN_AUDIENCE}.`,
  'bad-claims': 'The bearer token lacks a subject, a token id or a valid scope (scim:read, scim:write).',
};

const fail = (reason: TokenFailureReason): TokenVerification => ({ ok: false, reason, detail: DETAILS[reason] });

export interface VerifyTokenOptions {
  /** For tests: the verification time. */
  readonly now?: Date;
}

/** May be async: a later check (the revocation list in gateway state) needs I/O. */
export type TokenVerifier = (token: string) => TokenVerification | Promise<TokenVerification>;

export function verifyToken(token: string, key: KeyObject, options: VerifyTokenOptions = {}): TokenVerification {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key, {
      algorithms: [TOKEN_ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      ...(options.now === undefined ? {} : { clockTimestamp: Math.floor(options.now.getTime() / 1000) }),
    });
  } catch (error) {
    return fail(classify(error));
  }
  if (typeof payload === 'string') return fail('bad-claims');
  const { sub, jti, scope, exp } = payload;
  const scopes = typeof scope === 'string' ? scope.split(' ').filter((s) => s !== '') : [];
  if (typeof sub !== 'string' || sub === '' || typeof jti !== 'string' || scopes.length === 0 || !scopes.every(isScope)) return fail('bad-claims');
  return {
    ok: true,
    principal: { subject: sub, scopes: new Set<Scope>(scopes), tokenId: jti, expiresAt: exp === undefined ? undefined : new Date(exp * 1000) },
  };
}

/** A verifier bound to one key, built once at boot. */
export function createTokenVerifier(key: KeyObject): TokenVerifier {
  return (token) => verifyToken(token, key);
}

/** jsonwebtoken signals failures by class and message only; this maps them onto our reasons. */
function classify(error: unknown): TokenFailureReason {
  if (error instanceof jwt.TokenExpiredError) return 'expired';
  if (error instanceof jwt.NotBeforeError) return 'not-yet-valid';
  const message = error instanceof Error ? error.message : '';
  if (message === 'invalid signature') return 'bad-signature';
  // `alg: none` tokens carry no signature; any other alg is outside the pinned list.
  if (message === 'invalid algorithm' || message === 'jwt signature is required' || message.startsWith('secretOrPublicKey must be')) return 'wrong-algorithm';
  if (message.startsWith('jwt issuer invalid')) return 'wrong-issuer';
  if (message.startsWith('jwt audience invalid')) return 'wrong-audience';
  if (message === 'invalid exp value' || message === 'invalid nbf value') return 'bad-claims';
  return 'malformed';
}
