/**
 * Writes a SCIM response: RFC 7644 section 3.1 requires `application/scim+json`; the charset is
 * stated because some IdP HTTP stacks (older .NET, Java URLConnection) default to ISO-8859-1.
 */
import type { Response } from 'express';

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export function sendScim(res: Response, status: number, body: unknown): void {
  res.status(status).set('Content-Type', SCIM_CONTENT_TYPE).send(JSON.stringify(body));
}
