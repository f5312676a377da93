/**
 * The gateway's Prometheus metrics (prom-client), served at GET /metrics. One Registry per gateway,
 * never prom-client's global one, so several gateways in one process (tests) count separately.
 * docs/observability.md lists these names; test/docs/observability-metrics.test.ts keeps the two equal.
 *
 * Labels are bounded by construction: `route` is a route template (never an id or a filter value),
 * `operation` an Identity Store operation name, `outcome` `ok` or a row of aws-error-table.ts.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a cached read (milliseconds) to a request that waited out several backoffs. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface GatewayMetrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'route' | 'method' | 'status'>;
  readonly httpRequestDuration: Histogram<'route' | 'method' | 'status'>;
  readonly upstreamCalls: Counter<'operation' | 'outcome'>;
  readonly upstreamCallDuration: Histogram<'operation' | 'outcome'>;
  readonly upstreamRetries: Counter<'operation'>;
  readonly upstreamThrottles: Counter<'operation'>;
  readonly upstreamInFlight: Gauge;
  readonly auditEvents: Counter<'resource_type' | 'action' | 'result'>;
}

/** The prefix of every metric the gateway defines (prom-client's process metrics keep their own names). */
export const METRIC_PREFIX = 'scim_bridge_';

export interface MetricsOptions {
  /** prom-client's default process metrics (CPU, memory, event loop lag, GC); on in the gateway. */
  readonly processMetrics?: boolean;
}

export function createGatewayMetrics(options: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: `${METRIC_PREFIX}http_requests_total`, help: 'HTTP requests answered, by route template, method and status.',
      labelNames: ['route', 'method', 'status'], registers,
    }),
    httpRequestDuration: new Histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`, help: 'Time from request to response, by route template, method and status.',
      labelNames: ['route', 'method', 'status'], buckets: LATENCY_BUCKETS, registers,
    }),
    upstreamCalls: new Counter({
      name: `${METRIC_PREFIX}upstream_calls_total`, help: 'Identity Store calls, after retries, by operation and outcome (ok or the error).',
      labelNames: ['operation', 'outcome'], registers,
    }),
    upstreamCallDuration: new Histogram({
      name: `${METRIC_PREFIX}upstream_call_duration_seconds`, help: 'Identity Store call latency, retries and waits included, by operation and outcome.',
      labelNames: ['operation', 'outcome'], buckets: LATENCY_BUCKETS, registers,
    }),
    upstreamRetries: new Counter({
      name: `${METRIC_PREFIX}upstream_retries_total`, help: 'Identity Store call attempts that were retries, by operation.',
      labelNames: ['operation'], registers,
    }),
    upstreamThrottles: new Counter({
      name: `${METRIC_PREFIX}upstream_throttles_total`, help: 'Identity Store attempts answered with ThrottlingException, by operation.',
      labelNames: ['operation'], registers,
    }),
    upstreamInFlight: new Gauge({
      name: `${METRIC_PREFIX}upstream_in_flight`, help: 'Identity Store call attempts in flight (bounded by SCIM_BRIDGE_UPSTREAM_CONCURRENCY).',
      registers,
    }),
    auditEvents: new Counter({
      name: `${METRIC_PREFIX}audit_events_total`, help: 'Changes requested (audit log lines), by resource type, action and result (status class).',
      labelNames: ['resource_type', 'action', 'result'], registers,
    }),
  };
}
