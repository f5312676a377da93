/**
 * `POST /Bulk` (RFC 7644 section 3.7): parse (src/scim/bulk), run through the served resource
 * services (src/translate/bulk), answer 200 with the BulkResponse. Bulk carries only writes, so
 * it needs `scim:write`. Errors with the request as a whole (too many operations, not a
 * BulkRequest) go to the error boundary; errors of single operations are in the response.
 */
import express, { type Router } from 'express';
import { parseBulkRequest } from '../../scim/bulk/parse-bulk-request.ts';
import type { BulkLimits } from '../../scim/bulk/bulk-operation.ts';
import type { ParsedBulkOperation } from '../../scim/bulk/bulk-operation.ts';
import type { BulkOperationResult } from '../../scim/bulk/build-bulk-response.ts';
import { writeAuditLine } from '../../observability/audit-log.ts';
import type { Logger } from '../../observability/logger.ts';
import type { GatewayMetrics } from '../../observability/metrics.ts';
import { touchedAttributes } from '../../observability/touched-attributes.ts';
import { runBulk } from '../../translate/bulk/run-bulk.ts';
import type { ResourceService } from '../../translate/resource-service.ts';
import { requireJsonBody } from '../middleware/require-json-body.ts';
import { requireScope } from '../middleware/require-scope.ts';
import { requestIdOf } from '../request-context.ts';
import { scimRequestContext } from '../resource/scim-request-context.ts';
import { sendScim } from '../send-scim.ts';

export interface BulkRouterOptions {
  /** Served endpoints by path segment: `Users`, `Groups`. */
  readonly services: ReadonlyMap<string, ResourceService>;
  readonly limits: BulkLimits;
  readonly publicUrl: string | undefined;
  readonly logger: Logger;
  /** Where audit lines go: one per operation, like the single-resource routes write one per request. */
  readonly auditLogger: Logger;
  readonly metrics: GatewayMetrics | undefined;
  /** The per-request deadline (request-deadline.ts): Bulk stops starting operations at 80% of it. */
  readonly requestTimeoutMs: number;
  /** Endpoint (`Users`) -> resource type name (`User`), for audit lines. */
  readonly resourceTypes: ReadonlyMap<string, string>;
}

const ACTIONS = { POST: 'create', PUT: 'replace', PATCH: 'patch', DELETE: 'delete' } as const;

function auditOne(options: BulkRouterOptions, requestId: string, actor: string, operation: ParsedBulkOperation, result: BulkOperationResult): void {
  // An operation that could not be read names no action or resource to audit; its error is in the response.
  if (operation.method === 'invalid') return;
  const action = ACTIONS[operation.method];
  const fromLocation = result.location?.split('/').at(-1);
  writeAuditLine(options.auditLogger, options.metrics, {
    requestId,
    actor,
    action,
    resourceType: options.resourceTypes.get(operation.endpoint) ?? operation.endpoint,
    resourceId: fromLocation === undefined ? undefined : decodeURIComponent(fromLocation),
    attributes: touchedAttributes(action, operation.method === 'DELETE' ? undefined : operation.data),
    status: Number(result.status),
    ...(operation.bulkId === undefined ? {} : { bulkId: operation.bulkId }),
  });
}

export function bulkRouter(options: BulkRouterOptions): Router {
  const router = express.Router({ caseSensitive: false, strict: false });
  const endpoints = [...options.services.keys()];
  router.post('/Bulk', requireScope('scim:write'), requireJsonBody, async (req, res) => {
    const stopStartingAt = Date.now() + options.requestTimeoutMs * 0.8;
    const request = parseBulkRequest(req.body, endpoints, options.limits);
    const context = scimRequestContext(req, res, options.publicUrl);
    const response = await runBulk(request, {
      services: options.services,
      onUnexpectedError: (error, operationIndex) => options.logger.error('bulk operation failed', { requestId: requestIdOf(res), operationIndex, error }),
      onResult: (operation, result) => auditOne(options, requestIdOf(res), context.issuer, operation, result),
      stopStartingAt,
    }, context);
    sendScim(res, 200, response);
  });
  return router;
}
