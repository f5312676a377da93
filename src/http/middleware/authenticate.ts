/**
 * Bearer authentication for every /scim/v2 route (RFC 6750). The token check itself is pure
 * (src/auth/verify-token.ts); this adapter reads the header, answers 401 with a challenge naming
 * what is wrong, and leaves the principal for later steps.
 */
import type { RequestHandler } from 'express';
import type { TokenVerifier } from '../../auth/verify-token.ts';
import { ScimError } from '../../scim/errors.ts';
import { BEARER_CHALLENGE } from '../error-handler.ts';
import { setPrincipal } from '../request-context.ts';

/** RFC 6750 section 2.1 b64token, with the scheme name matched case-insensitively. */
const BEARER = /^Bearer +([\w.~+/-]+=*) *$/i;

export function authenticate(verify: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined || header.trim() === '') {
      throw ScimError.unauthorized('Missing bearer token: send "Authorization: Bearer <token>" (create one with `scim-bridge token create`).');
    }
    const match = BEARER.exec(header);
    if (match?.[1] === undefined) {
      res.set('WWW-Authenticate', `${BEARER_CHALLENGE}, error="invalid_request"`);
      throw ScimError.unauthorized('The Authorization header must be "Bearer <token>".');
    }
    const result = await verify(match[1]);
    if (!result.ok) {
      res.set('WWW-Authenticate', `${BEARER_CHALLENGE}, error="invalid_token", error_description="${result.reason}"`);
      throw ScimError.unauthorized(result.detail);
    }
    setPrincipal(res, result.principal);
    next();
  };
}
