/**
 * Endpoints the gateway deliberately does not offer, answered as SCIM errors rather than 404s.
 * /Me (RFC 7644 section 3.11) needs the caller to be a user; our callers are IdPs.
 */
import type { RequestHandler } from 'express';
import { ScimError } from '../../scim/errors.ts';

export function notImplemented(detail: string): RequestHandler {
  return () => {
    throw ScimError.notImplemented(detail);
  };
}
