/**
 * Counts every answered request and its latency in the gateway's Prometheus metrics, labelled by
 * route template (describe-route.ts, a closed set), method and status.
 */
import type { RequestHandler } from 'express';
import type { GatewayMetrics } from '../../observability/metrics.ts';
import { describeRoute } from '../describe-route.ts';

/** Methods outside this list are one label value: a scanner cannot grow the label set. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function httpMetrics(metrics: GatewayMetrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const labels = {
        route: describeRoute(req.method, req.originalUrl).route,
        method: KNOWN_METHODS.has(req.method) ? req.method : 'OTHER',
        status: String(res.statusCode),
      };
      metrics.httpRequests.inc(labels);
      metrics.httpRequestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
