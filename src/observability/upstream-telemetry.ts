/**
 * The UpstreamObserver the composition root gives the Identity Store client: every call, every
 * throttled attempt and the in-flight count become metric samples. Calls are logged per request
 * instead (the access line's `upstream` summary and, at debug, one line per call: access-log.ts),
 * where the request id is known.
 */
import { NO_UPSTREAM_OBSERVER, type UpstreamObserver } from '../identity-store/upstream/upstream-observer.ts';
import type { GatewayMetrics } from './metrics.ts';

export function upstreamTelemetry(metrics: GatewayMetrics | undefined): UpstreamObserver {
  if (metrics === undefined) return NO_UPSTREAM_OBSERVER;
  return {
    callFinished: (call) => {
      const labels = { operation: call.operation, outcome: call.outcome };
      metrics.upstreamCalls.inc(labels);
      metrics.upstreamCallDuration.observe(labels, call.durationMs / 1000);
      if (call.attempts > 1) metrics.upstreamRetries.inc({ operation: call.operation }, call.attempts - 1);
    },
    attemptThrottled: (operation) => {
      metrics.upstreamThrottles.inc({ operation });
    },
    inFlightChanged: (inFlight) => {
      metrics.upstreamInFlight.set(inFlight);
    },
  };
}
