/**
 * Performs a parsed Bulk request (RFC 7644 section 3.7) through the same ResourceServices the
 * single-resource routes use, so every operation gets exactly the validation, call budget and
 * error mapping of its one-request twin.
 *
 * Order: operations run one at a time in request order, except that an operation referring to
 * `bulkId:x` waits until the POST that defines `x` has run (RFC 7644 section 3.7.2 lets a client
 * refer forward). One at a time keeps the Identity Store's throttling budget predictable and
 * makes failOnErrors exact. An operation whose referenced POST failed fails with 409; operations
 * that wait on each other in a cycle fail with 409 (RFC 7644 section 3.7.1 allows this); a
 * reference to a bulkId no POST in the request defines is a 400.
 *
 * `failOnErrors`: after that many failed operations nothing more runs, and the response lists
 * only what was performed (RFC 7644 section 3.7.3). The response keeps request order. Near the
 * request's deadline, operations not yet started answer 503 instead of running (`stopStartingAt`).
 */
import { ScimError, isScimError } from '../../scim/errors.ts';
import type { BulkOperation, ParsedBulkOperation } from '../../scim/bulk/bulk-operation.ts';
import { bulkIdsReferencedBy, substituteBulkIds } from '../../scim/bulk/bulk-references.ts';
import type { BulkOperationResult, BulkResponse } from '../../scim/bulk/build-bulk-response.ts';
import { buildBulkResponse } from '../../scim/bulk/build-bulk-response.ts';
import type { BulkRequest } from '../../scim/bulk/bulk-operation.ts';
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { resourceLocation } from '../resource-location.ts';
import type { ResourceService, ScimRequestContext } from '../resource-service.ts';

export interface BulkDeps {
  /** Served endpoints by the name parseBulkRequest resolved (`Users`, `Groups`). */
  readonly services: ReadonlyMap<string, ResourceService>;
  /** A non-SCIM exception (a bug): the operation answers 500; this is where it gets logged. */
  readonly onUnexpectedError: (error: unknown, operationIndex: number) => void;
  /**
   * Epoch ms after which no further operation is started (the request's deadline, less a margin):
   * the rest answer 503 "not performed" so the response still arrives, complete and truthful,
   * before the HTTP deadline would answer 503 for the whole request while operations go on.
   */
  readonly stopStartingAt?: number;
  readonly now?: () => number;
  /** Called once per operation answered (performed or refused), e.g. to write its audit line. */
  readonly onResult?: (operation: ParsedBulkOperation, result: BulkOperationResult) => void;
}

const DEFAULT_SELECTION: AttributeSelection = { kind: 'default' };

interface Progress {
  /** bulkId -> id of the resource its POST created. */
  readonly resolved: Map<string, string>;
  /** bulkIds whose POST failed (or was invalid). */
  readonly failed: Set<string>;
  /** bulkIds some POST of this request defines. */
  readonly defined: ReadonlySet<string>;
}

function failure(operation: ParsedBulkOperation, error: ScimError, location: string | undefined): BulkOperationResult {
  const method = operation.method === 'invalid' ? operation.sentMethod?.toUpperCase() : operation.method;
  return {
    ...(method === undefined ? {} : { method }),
    ...(operation.bulkId === undefined ? {} : { bulkId: operation.bulkId }),
    ...(location === undefined ? {} : { location }),
    status: String(error.status),
    response: error.toBody(),
  };
}

async function perform(operation: BulkOperation, service: ResourceService, progress: Progress, context: ScimRequestContext): Promise<BulkOperationResult> {
  const echo = operation.bulkId === undefined ? {} : { bulkId: operation.bulkId };
  if (operation.method === 'POST') {
    const created = await service.create(substituteBulkIds(operation.data, progress.resolved), DEFAULT_SELECTION, context);
    const id = created.resource['id'];
    if (typeof id === 'string' && operation.bulkId !== undefined) progress.resolved.set(operation.bulkId, id);
    return { method: 'POST', ...echo, location: created.location, version: created.version, status: '201' };
  }
  const id = operation.target.kind === 'id' ? operation.target.id : progress.resolved.get(operation.target.bulkId);
  if (id === undefined) throw new Error(`bulkId ${JSON.stringify(operation.target)} was not resolved before its operation ran`);
  const preconditions = operation.version === undefined ? {} : { ifMatch: operation.version };
  switch (operation.method) {
    case 'PUT':
    case 'PATCH': {
      const data = substituteBulkIds(operation.data, progress.resolved);
      const result = operation.method === 'PUT'
        ? await service.replace(id, data, DEFAULT_SELECTION, context, preconditions)
        : await service.patch(id, data, DEFAULT_SELECTION, context, preconditions);
      return { method: operation.method, ...echo, location: result.location, version: result.version, status: '200' };
    }
    case 'DELETE':
      await service.remove(id, context, preconditions);
      return { method: 'DELETE', ...echo, location: resourceLocation(context.baseUrl, operation.endpoint, id), status: '204' };
    default: {
      const unreachable: never = operation;
      return unreachable;
    }
  }
}

/** Where a failed operation's resource lives, when it names one that exists (never for POST). */
function locationOf(operation: ParsedBulkOperation, progress: Progress, context: ScimRequestContext): string | undefined {
  if (operation.method === 'invalid' || operation.method === 'POST') return undefined;
  const id = operation.target.kind === 'id' ? operation.target.id : progress.resolved.get(operation.target.bulkId);
  return id === undefined ? undefined : resourceLocation(context.baseUrl, operation.endpoint, id);
}

/** Why an operation cannot run yet or at all; `wait` when a POST it needs is still to come. */
function blocker(operation: ParsedBulkOperation, progress: Progress): ScimError | 'wait' | undefined {
  for (const bulkId of bulkIdsReferencedBy(operation)) {
    if (progress.resolved.has(bulkId)) continue;
    if (progress.failed.has(bulkId)) return ScimError.conflict(`This operation refers to bulkId:${bulkId}, whose POST failed; it was not performed`);
    if (!progress.defined.has(bulkId)) return ScimError.invalidValue(`bulkId:${bulkId} is not the bulkId of any POST in this request`);
    return 'wait';
  }
  return undefined;
}

/**
 * A POST names the resource it creates by its bulkId; so does a POST that could not be read (a
 * missing path, say): operations referring to it then fail as depending on a failed POST (409)
 * rather than as referring to a bulkId nobody defines (400).
 */
function definesBulkId(operation: ParsedBulkOperation): boolean {
  return operation.method === 'POST' || (operation.method === 'invalid' && operation.sentMethod?.toUpperCase() === 'POST');
}

export async function runBulk(request: BulkRequest, deps: BulkDeps, context: ScimRequestContext): Promise<BulkResponse> {
  const defined = new Set(request.operations.flatMap((operation) => (definesBulkId(operation) && operation.bulkId !== undefined ? [operation.bulkId] : [])));
  const progress: Progress = { resolved: new Map(), failed: new Set(), defined };
  const results = new Map<number, BulkOperationResult>();
  let errors = 0;
  const stopped = (): boolean => request.failOnErrors !== undefined && errors >= request.failOnErrors;

  const record = (operation: ParsedBulkOperation, result: BulkOperationResult, failed: boolean): void => {
    results.set(operation.index, result);
    deps.onResult?.(operation, result);
    if (!failed) return;
    errors += 1;
    if (operation.bulkId !== undefined && definesBulkId(operation)) progress.failed.add(operation.bulkId);
  };
  const fail = (operation: ParsedBulkOperation, error: ScimError): void => record(operation, failure(operation, error, locationOf(operation, progress, context)), true);

  let pending: ParsedBulkOperation[] = [...request.operations];
  let advanced = true;
  while (pending.length > 0 && advanced && !stopped()) {
    advanced = false;
    const waiting: ParsedBulkOperation[] = [];
    for (const operation of pending) {
      if (stopped()) break;
      if (operation.method === 'invalid') {
        fail(operation, operation.error);
        advanced = true;
        continue;
      }
      const blocked = blocker(operation, progress);
      if (blocked === 'wait') {
        waiting.push(operation);
        continue;
      }
      advanced = true;
      if (blocked !== undefined) {
        fail(operation, blocked);
        continue;
      }
      if (deps.stopStartingAt !== undefined && (deps.now ?? Date.now)() >= deps.stopStartingAt) {
        fail(operation, ScimError.unavailable('Not performed: the Bulk request reached the time limit for one request; send this operation again', 1));
        continue;
      }
      const service = deps.services.get(operation.endpoint);
      if (service === undefined) throw new Error(`parseBulkRequest accepted endpoint ${operation.endpoint}, which is not served`);
      try {
        record(operation, await perform(operation, service, progress, context), false);
      } catch (error) {
        if (!isScimError(error)) deps.onUnexpectedError(error, operation.index);
        fail(operation, isScimError(error) ? error : ScimError.internal(`Operation ${operation.index} failed unexpectedly`, error));
      }
    }
    pending = waiting;
  }
  // What still waits, waits on itself or on another waiting operation: a cycle.
  for (const operation of pending) {
    if (stopped()) break;
    fail(operation, ScimError.conflict('This operation is part of a circular chain of bulkId references and was not performed; create the resources first, then link them in later operations'));
  }
  return buildBulkResponse([...results.entries()].sort(([a], [b]) => a - b).map(([, result]) => result));
}
