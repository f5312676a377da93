/**
 * Scope check for reads after `authenticate`: a token with scim:read or scim:write may read (a
 * writer must be able to look up what it provisions). Writes use require-scope.ts (scim:write).
 * Refusal is RFC 6750 section 3.1 insufficient_scope, answered as a SCIM 403.
 */
import type { RequestHandler } from 'express';
import type { Scope } from '../../auth/token-claims.ts';
import { ScimError } from '../../scim/errors.ts';
import { BEARER_CHALLENGE } from '../error-handler.ts';
import { principalOf } from '../request-context.ts';

export function requireAnyScope(...scopes: readonly [Scope, ...Scope[]]): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    if (principal === undefined) throw new Error(`requireAnyScope(${scopes.join(', ')}) ran before authenticate`);
    if (!scopes.some((scope) => principal.scopes.has(scope))) {
      res.set('WWW-Authenticate', `${BEARER_CHALLENGE}, error="insufficient_scope", scope="${scopes.join(' ')}"`);
      throw ScimError.forbidden(`This token needs one of the scopes ${scopes.join(', ')}; issue one with \`scim-bridge token create --subject ${principal.subject} --scope ${scopes[0]}\`.`);
    }
    next();
  };
}
