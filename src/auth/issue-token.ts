/**
 * Issues a gateway bearer token (used by `scim-bridge token create` and by the embedded mode's
 * ready-made token at boot). Claims: sub, scope, iat, jti, iss, aud and, when asked, exp. The
 * algorithm follows the key: HS256 for the secret, ES256 for a P-256 private key.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { SCOPES, TOKEN_AUDIENCE, TOKEN_ISSUER, type Scope, type TokenAlgorithm } from './token-claims.ts';
import { algorithmOfKey } from './token-key.ts';

export interface IssueTokenOptions {
  /** The HMAC secret or the ES256 private key. */
  readonly key: KeyObject;
  /** The IdP's name, e.g. `okta-prod`. */
  readonly subject: string;
  /** Defaults to both scopes. */
  readonly scopes?: readonly Scope[];
  readonly expiresInSeconds?: number;
  /** For tests: the issue time. */
  readonly now?: Date;
}

/** The token and what it says, so callers can record it (gateway state's issued-token registry). */
export interface IssuedBearerToken {
  readonly token: string;
  readonly tokenId: string;
  readonly subject: string;
  readonly scopes: readonly Scope[];
  readonly algorithm: TokenAlgorithm;
  readonly issuedAt: Date;
  readonly expiresAt: Date | undefined;
}

export function issueToken(options: IssueTokenOptions): IssuedBearerToken {
  if (options.subject.trim() === '') throw new TypeError('A token subject (the IdP name) must not be empty');
  const algorithm = algorithmOfKey(options.key);
  if (algorithm === undefined || (algorithm === 'ES256' && options.key.type !== 'private')) {
    throw new TypeError('Gateway tokens are signed with an HMAC secret (HS256) or an EC P-256 private key (ES256)');
  }
  const scopes = [...new Set(options.scopes === undefined || options.scopes.length === 0 ? SCOPES : options.scopes)];
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const exp = options.expiresInSeconds === undefined ? undefined : iat + options.expiresInSeconds;
  const tokenId = randomUUID();
  const payload = { scope: scopes.join(' '), iat, ...(exp === undefined ? {} : { exp }) };
  const token = jwt.sign(payload, options.key, {
    algorithm,
    subject: options.subject,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    jwtid: tokenId,
  });
  return { token, tokenId, subject: options.subject, scopes, algorithm, issuedAt: new Date(iat * 1000), expiresAt: exp === undefined ? undefined : new Date(exp * 1000) };
}
