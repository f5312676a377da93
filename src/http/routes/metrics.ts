/**
 * GET /metrics: the gateway's Prometheus metrics in the text exposition format. No bearer token,
 * like /healthz and /readyz: the labels are route templates, operation names and statuses, never
 * ids or attribute values; SCIM_BRIDGE_METRICS=false turns it off, and docs/observability.md says
 * how to keep it off the public listener.
 */
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

export function metricsRoute(registry: Registry): RequestHandler {
  return async (_req, res) => {
    const body = await registry.metrics();
    res.set('Cache-Control', 'no-store').type(registry.contentType).send(body);
  };
}
