/**
 * Issues a gateway bearer token (used by `scim-bridge token create` and by the embedded mode's
 * ready-made token at boot). Claims: sub, scope, iat, jti, iss, aud and, when asked, exp.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { SCOPES, TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type Scope } from './token-claims.ts';

export interface IssueTokenOptions {
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
  readonly issuedAt: Date;
  readonly expiresAt: Date | undefined;
}

export function issueToken(options: IssueTokenOptions): IssuedBearerToken {
  if (options.subject.trim() === '') throw new TypeError('A token subject (the IdP name) must not be empty');
  const scopes = [...new Set(options.scopes === undefined || options.scopes.length === 0 ? SCOPES : options.scopes)];
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const exp = options.expiresInSeconds === undefined ? undefined : iat + options.expiresInSeconds;
  const tokenId = randomUUID();
  const payload = { scope: scopes.join(' '), iat, ...(exp === undefined ? {} : { exp }) };
  const token = jwt.sign(payload, options.key, {
    algorithm: TOKEN_ALGORITHM,
    subject: options.subject,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    jwtid: tokenId,
  });
  return { token, tokenId, subject: options.subject, scopes, issuedAt: new Date(iat * 1000), expiresAt: exp === undefined ? undefined : new Date(exp * 1000) };
}
