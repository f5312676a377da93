/**
 * A Bulk request after parsing (RFC 7644 section 3.7): one entry per element of `Operations`, in
 * request order. An operation that cannot be understood is kept as `invalid` with its error, so
 * it is answered in the BulkResponse like any other failure instead of failing the whole request
 * (RFC 7644 section 3.7.3: the service provider performs as many operations as it can).
 */
import type { ScimError } from '../errors.ts';
import type { JsonObject } from '../resource.ts';

export const BULK_REQUEST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
export const BULK_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';

export const BULK_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type BulkMethod = (typeof BULK_METHODS)[number];

/** The resource an operation acts on: a real id, or the bulkId of a POST in the same request. */
export type ResourceReference =
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'bulkId'; readonly bulkId: string };

interface OperationBase {
  /** Position in the request's `Operations`, for error details and the response order. */
  readonly index: number;
  readonly bulkId: string | undefined;
  /** The endpoint's name as the server spells it (`Users`, `Groups`). */
  readonly endpoint: string;
}

export type BulkOperation =
  | (OperationBase & { readonly method: 'POST'; readonly data: JsonObject })
  | (OperationBase & { readonly method: 'PUT' | 'PATCH'; readonly target: ResourceReference; readonly version: string | undefined; readonly data: JsonObject })
  | (OperationBase & { readonly method: 'DELETE'; readonly target: ResourceReference; readonly version: string | undefined });

/** An element of `Operations` that could not be read; answered with `error`, never run. */
export interface InvalidBulkOperation {
  readonly method: 'invalid';
  readonly index: number;
  /** As sent, when it was a string: echoed in the response so the client can match it. */
  readonly sentMethod: string | undefined;
  readonly bulkId: string | undefined;
  readonly error: ScimError;
}

export type ParsedBulkOperation = BulkOperation | InvalidBulkOperation;

export interface BulkRequest {
  /** Stop after this many errors (RFC 7644 section 3.7.3); undefined = never stop early. */
  readonly failOnErrors: number | undefined;
  readonly operations: readonly ParsedBulkOperation[];
}

/** What /ServiceProviderConfig advertises as `bulk`, and what parsing enforces. */
export interface BulkLimits {
  readonly maxOperations: number;
  readonly maxPayloadSize: number;
}
