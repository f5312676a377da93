/**
 * Reads an AWS JSON 1.1 request (AWS JSON 1.1 protocol spec): `POST /`, the operation in
 * `X-Amz-Target: AWSIdentityStore.<Operation>` (the model's targetPrefix), a body of content type
 * `application/x-amz-json-1.1` holding the input structure as a JSON object.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isOperationName } from '../model/operations.ts';
import type { OperationName } from '../model/operations.ts';
import { IdentityStoreError } from './identity-store-error.ts';

export const TARGET_PREFIX = 'AWSIdentityStore.';
export const JSON_11 = 'application/x-amz-json-1.1';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The operation named by the target header; unknown targets are UnknownOperationException. */
export function parseTarget(headers: IncomingHttpHeaders): OperationName {
  const target = header(headers, 'x-amz-target') ?? '';
  const name = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  if (!isOperationName(name)) throw IdentityStoreError.unknownOperation(target);
  return name;
}

/** The raw target, for the call log when it names no operation. */
export function rawTarget(headers: IncomingHttpHeaders): string {
  return header(headers, 'x-amz-target') ?? '';
}

export function parseBody(headers: IncomingHttpHeaders, body: Buffer): Record<string, unknown> {
  const contentType = (header(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== JSON_11) throw IdentityStoreError.serialization(`Expected Content-Type ${JSON_11}.`);
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw IdentityStoreError.serialization('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw IdentityStoreError.serialization('The request body must be a JSON object.');
  return parsed as Record<string, unknown>;
}
