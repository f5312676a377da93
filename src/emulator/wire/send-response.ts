/**
 * Writes AWS JSON 1.1 responses: 200 with the output structure, or the error's status with
 * `{"__type", "Message", ...members}`. Every response carries `x-amzn-RequestId`, which the SDK
 * reports as `$metadata.requestId`.
 */
import type { ServerResponse } from 'node:http';
import type { IdentityStoreError } from './identity-store-error.ts';
import { JSON_11 } from './parse-request.ts';

export function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': JSON_11,
    'content-length': String(payload.length),
    'x-amzn-requestid': requestId,
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: IdentityStoreError, requestId: string): void {
  sendJson(res, error.status, error.toBody(requestId), requestId);
}
