/**
 * Options for createIdentityStoreClient in tests that inject throttling or server errors: the
 * production retry decisions (attempts, RetryAfterSeconds honoured up to the wait limit), with
 * the waits recorded as decided but not slept, and a pacing floor that never holds a call back.
 */
import { DEFAULT_UPSTREAM } from '../../src/config/upstream-defaults.ts';
import type { IdentityStoreClientOptions } from '../../src/identity-store/create-identity-store-client.ts';

export const NO_WAIT_UPSTREAM: IdentityStoreClientOptions = {
  upstream: { ...DEFAULT_UPSTREAM, minRate: 10_000 },
  sleep: () => Promise.resolve(),
};
