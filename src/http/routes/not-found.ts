/** The last route: anything unmatched is a SCIM 404, never express's HTML page. */
import type { RequestHandler } from 'express';
import { ScimError } from '../../scim/errors.ts';

export const notFound: RequestHandler = (req) => {
  const path = req.path.length > 200 ? `${req.path.slice(0, 197)}...` : req.path;
  throw ScimError.notFound(`No endpoint ${req.method} ${path}.`);
};
