/**
 * Scope check after `authenticate`: reads need scim:read, writes scim:write (RFC 6750 section 3.1
 * insufficient_scope, answered as a SCIM 403).
 */
import type { RequestHandler } from 'express';
import type { Scope } from '../../auth/token-claims.ts';
import { ScimError } from '../../scim/errors.ts';
import { BEARER_CHALLENGE } from '../error-handler.ts';
import { principalOf } from '../request-context.ts';

export function requireScope(scope: Scope): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    // A route wired without `authenticate` first is a programming error: fail closed, as a 500.
    if (principal === undefined) throw new Error(`requireScope(${scope}) ran before authenticate`);
    if (!principal.scopes.has(scope)) {
      res.set('WWW-Authenticate', `${BEARER_CHALLENGE}, error="insufficient_scope", scope="${scope}"`);
      throw ScimError.forbidden(`This token lacks the ${scope} scope; issue one with \`scim-bridge token create --subject ${principal.subject} --scope ${scope}\`.`);
    }
    next();
  };
}
