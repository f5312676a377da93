/**
 * The UpstreamObserver the composition root gives the Identity Store client: every call becomes a
 * debug log line (operation, outcome, latency, attempts; the request id comes from the request
 * scope) and metric samples; throttled attempts and the in-flight count become metrics.
 */
import type { UpstreamObserver } from '../identity-store/upstream/upstream-observer.ts';
import type { Logger } from './logger.ts';
import type { GatewayMetrics } from './metrics.ts';

export function upstreamTelemetry(logger: Logger, metrics: GatewayMetrics | undefined): UpstreamObserver {
  return {
    callFinished: (call) => {
      const ms = Math.round(call.durationMs * 1000) / 1000;
      logger.debug('upstream call', { operation: call.operation, outcome: call.outcome, ms, attempts: call.attempts });
      if (metrics === undefined) return;
      const labels = { operation: call.operation, outcome: call.outcome };
      metrics.upstreamCalls.inc(labels);
      metrics.upstreamCallDuration.observe(labels, call.durationMs / 1000);
      if (call.attempts > 1) metrics.upstreamRetries.inc({ operation: call.operation }, call.attempts - 1);
    },
    attemptThrottled: (operation) => {
      metrics?.upstreamThrottles.inc({ operation });
    },
    inFlightChanged: (inFlight) => {
      metrics?.upstreamInFlight.set(inFlight);
    },
  };
}
