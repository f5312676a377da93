/**
 * Defaults of how the gateway treats the Identity Store when it throttles or fails: the
 * configuration table and docs/resilience.md (docs/decisions/0006-upstream-retries.md says why)
 * share them.
 */
import type { UpstreamConfig } from './config.ts';

export const DEFAULT_UPSTREAM: UpstreamConfig = {
  // The SDK's own default: a retry storm against a struggling store at most triples its load.
  maxAttempts: 3,
  // First backoff of the full-jitter exponential backoff (the SDK's standard mode uses 50-1000 ms).
  backoffMs: 100,
  // Longer waits are the IdP's to take (429/503 + Retry-After), not a held-open SCIM request's.
  maxWaitMs: 5000,
  // The floor of the adaptive (client-side) rate when throttled: the AWS SDK's own.
  minRate: 0.5,
  // In-flight Identity Store calls per gateway process; AWS's per-account limits are in tens per second.
  concurrency: 10,
  // A hung connection (an outage, a black-holed route) fails the attempt instead of the request.
  timeoutMs: 10_000,
};
