/**
 * Writes the audit line (src/observability/audit-log.ts) of every POST, PUT, PATCH and DELETE on a
 * SCIM resource once its response is finished: refused and failed changes are audited too. The id
 * of a created resource is read from its Location header.
 */
import type { RequestHandler, Response } from 'express';
import { writeAuditLine } from '../../observability/audit-log.ts';
import type { Logger } from '../../observability/logger.ts';
import type { GatewayMetrics } from '../../observability/metrics.ts';
import { touchedAttributes } from '../../observability/touched-attributes.ts';
import { describeRoute, WRITE_ACTIONS, type ScimAction } from '../describe-route.ts';
import { principalOf, requestIdOf } from '../request-context.ts';

type WriteAction = Extract<ScimAction, 'create' | 'replace' | 'patch' | 'delete'>;

function isWrite(action: ScimAction | undefined): action is WriteAction {
  return action !== undefined && WRITE_ACTIONS.has(action);
}

function resourceIdOf(action: WriteAction, path: string, res: Response): string | undefined {
  const location = res.getHeader('Location');
  const last = action === 'create' ? (typeof location === 'string' ? location.split('/').at(-1) : undefined) : path.split('/').filter((segment) => segment !== '').at(-1);
  if (last === undefined) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function auditLog(logger: Logger, metrics: GatewayMetrics | undefined): RequestHandler {
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0] ?? '';
    const { action, resourceType } = describeRoute(req.method, path);
    if (!isWrite(action) || resourceType === undefined) {
      next();
      return;
    }
    res.once('finish', () => {
      writeAuditLine(logger, metrics, {
        requestId: requestIdOf(res),
        actor: principalOf(res)?.subject ?? 'anonymous',
        action,
        resourceType,
        resourceId: resourceIdOf(action, path, res),
        // req.body is what parseJsonBody read (undefined when the request was refused before it).
        attributes: touchedAttributes(action, req.body as unknown),
        status: res.statusCode,
      });
    });
    next();
  };
}
