/**
 * The BulkResponse message (RFC 7644 section 3.7.3): one entry per operation performed, with
 * `status` as a string like every SCIM status, `location` of the resource acted on (absent only
 * when a POST failed), `version` when the resource has one, and for errors the SCIM error body
 * in `response`. Successful operations carry no body (the RFC lets the server omit it), which
 * keeps a thousand-operation response small; the client reads the resource at `location`.
 */
import type { ScimErrorBody } from '../errors.ts';
import { BULK_RESPONSE_SCHEMA } from './bulk-operation.ts';

export interface BulkOperationResult {
  readonly method?: string;
  readonly bulkId?: string;
  readonly version?: string;
  readonly location?: string;
  readonly status: string;
  readonly response?: ScimErrorBody;
}

export interface BulkResponse {
  readonly schemas: readonly [typeof BULK_RESPONSE_SCHEMA];
  readonly Operations: readonly BulkOperationResult[];
}

export function buildBulkResponse(results: readonly BulkOperationResult[]): BulkResponse {
  return { schemas: [BULK_RESPONSE_SCHEMA], Operations: results };
}
