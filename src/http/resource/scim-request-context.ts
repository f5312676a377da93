/**
 * The ScimRequestContext a ResourceService needs, from what the HTTP layer knows: the verified
 * token's subject (the IdP, which scopes externalId), the SCIM base URL for meta.location, and
 * the access line's tally of Identity Store calls.
 */
import type { Request, Response } from 'express';
import type { ScimRequestContext } from '../../translate/resource-service.ts';
import { principalOf, upstreamCallsOf } from '../request-context.ts';
import { scimBaseUrl } from '../scim-base-url.ts';

export function scimRequestContext(req: Request, res: Response, publicUrl: string | undefined): ScimRequestContext {
  const principal = principalOf(res);
  // Resource routes always run after authenticate; without a principal we must not guess an issuer.
  if (principal === undefined) throw new Error('scimRequestContext: no authenticated principal');
  const upstreamCalls = upstreamCallsOf(res);
  return { issuer: principal.subject, baseUrl: scimBaseUrl(req, publicUrl), ...(upstreamCalls === undefined ? {} : { upstreamCalls }) };
}
