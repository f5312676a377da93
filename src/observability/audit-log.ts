/**
 * The audit trail: one log line per requested change to a resource, whatever its result, written
 * through the gateway logger at `info` with `audit: true` so a log pipeline can route these lines
 * to their own store. Who (the token's subject), what (action, resource type and id), which
 * attributes (names only, touched-attributes.ts) and the result (the HTTP status). Values are
 * never logged: a userName or an e-mail address is personal data, and the Identity Store holds it.
 *
 * The HTTP layer writes one per POST/PUT/PATCH/DELETE on a resource; /Bulk writes one per
 * operation, with `bulkId` when the client gave one.
 */
import type { Logger } from './logger.ts';
import type { GatewayMetrics } from './metrics.ts';

export interface AuditEvent {
  /** The request the change was asked in. */
  readonly requestId: string;
  /** The bearer token's subject (the IdP), or `anonymous` when authentication failed. */
  readonly actor: string;
  readonly action: 'create' | 'replace' | 'patch' | 'delete';
  readonly resourceType: string;
  /** Undefined when a create failed (there is no resource). */
  readonly resourceId: string | undefined;
  readonly attributes: readonly string[];
  readonly status: number;
  readonly bulkId?: string;
}

export function resultOf(status: number): 'success' | 'refused' | 'failed' {
  if (status < 400) return 'success';
  return status < 500 ? 'refused' : 'failed';
}

export function writeAuditLine(logger: Logger, metrics: GatewayMetrics | undefined, event: AuditEvent): void {
  const result = resultOf(event.status);
  logger.info('audit', {
    requestId: event.requestId,
    audit: true,
    actor: event.actor,
    action: event.action,
    resourceType: event.resourceType,
    ...(event.resourceId === undefined ? {} : { resourceId: event.resourceId }),
    attributes: event.attributes,
    status: event.status,
    result,
    ...(event.bulkId === undefined ? {} : { bulkId: event.bulkId }),
  });
  metrics?.auditEvents.inc({ resource_type: event.resourceType, action: event.action, result });
}
