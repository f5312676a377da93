/**
 * GET /readyz: readiness. 200 when gateway state and the Identity Store both answer; 503 naming
 * what failed otherwise, with the full causes in the log (observability/readiness.ts).
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../observability/logger.ts';
import { checkReadiness, type ReadinessCheck } from '../../observability/readiness.ts';
import { requestIdOf } from '../request-context.ts';

export function readyz(checks: readonly ReadinessCheck[], logger: Logger, timeoutMs?: number): RequestHandler {
  return async (_req, res) => {
    const report = await checkReadiness(checks, timeoutMs);
    const summary = Object.fromEntries(Object.entries(report.checks).map(([name, outcome]) => [name, outcome.ok ? 'ok' : `failed: ${outcome.reason}`]));
    res.set('Cache-Control', 'no-store');
    if (report.ready) {
      res.status(200).json({ status: 'ready', checks: summary });
      return;
    }
    const failed = Object.entries(report.checks).flatMap(([name, outcome]) => (outcome.ok ? [] : [{ name, reason: outcome.reason, error: outcome.error }]));
    logger.warn('not ready', { requestId: requestIdOf(res), failed });
    const detail = `Not ready: ${failed.map(({ name, reason }) => `${name} ${reason}`).join('; ')}.`;
    res.status(503).json({ status: 'not ready', detail, checks: summary });
  };
}
