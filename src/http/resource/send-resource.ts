/**
 * Answers with one resource (RFC 7644 sections 3.3, 3.4.1, 3.5): the body as
 * application/scim+json, its version as the `ETag` header (RFC 7644 section 3.14) and, on
 * create, its address as `Location` (RFC 7644 section 3.3).
 */
import type { Response } from 'express';
import type { ResourceResult } from '../../translate/resource-service.ts';
import { sendScim } from '../send-scim.ts';

export function sendResource(res: Response, status: 200 | 201, result: ResourceResult): void {
  res.set('ETag', result.version);
  if (status === 201) res.set('Location', result.location);
  sendScim(res, status, result.resource);
}
