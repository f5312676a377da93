/**
 * Steps for endpoints that take a body (POST, PUT, PATCH, RFC 7644 section 3.1): the body must
 * have been sent as application/scim+json or application/json and be a JSON object. parse-json-body.ts
 * only parses those two media types, so anything else arrives here unparsed and is refused
 * naming the media types we accept, instead of surfacing later as a confusing "missing schemas".
 */
import type { RequestHandler } from 'express';
import { ScimError } from '../../scim/errors.ts';
import { isJsonObject } from '../../scim/resource.ts';

export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (!req.is(['application/json', 'application/scim+json'])) {
    const sent = req.get('content-type');
    throw ScimError.invalidSyntax(`Send the request body as application/scim+json or application/json${sent === undefined ? ' (no Content-Type was given)' : ` (got ${sent.slice(0, 100)})`}.`);
  }
  if (!isJsonObject(req.body)) throw ScimError.invalidSyntax('The request body must be a JSON object.');
  next();
};
