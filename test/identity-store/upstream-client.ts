/**
 * The gateway's Identity Store client (createIdentityStoreClient, with its retry strategy, pacing,
 * concurrency bound and observer) against a fresh emulator, with the retry strategy's sleeps
 * recorded instead of slept, so the tests see every wait without waiting.
 */
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { UpstreamConfig } from '../../src/config/config.ts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.ts';
import { createIdentityStoreClient } from '../../src/identity-store/create-identity-store-client.ts';
import type { UpstreamCall, UpstreamObserver } from '../../src/identity-store/upstream/upstream-observer.ts';

export const STORE_ID = 'd-1234567890';
const CREDENTIALS = { accessKeyId: 'AKIAUPSTREAMTEST', secretAccessKey: 'upstream-test-secret' };

export const FAST_UPSTREAM: UpstreamConfig = { maxAttempts: 4, backoffMs: 100, maxWaitMs: 5000, minRate: 10_000, concurrency: 10, timeoutMs: 5000 };

export interface UpstreamHarness {
  readonly emulator: RunningEmulator;
  readonly client: IdentitystoreClient;
  /** Waits the retry strategy asked for, in order. */
  readonly sleeps: number[];
  readonly calls: UpstreamCall[];
  readonly throttled: string[];
  /** Highest number of attempts in flight at once. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export async function startUpstreamHarness(upstream: Partial<UpstreamConfig> = {}, options: { realSleep?: boolean } = {}): Promise<UpstreamHarness> {
  const emulator = await startEmulator({ credentials: [CREDENTIALS], knownIdentityStoreIds: [STORE_ID], faultSeed: 1 });
  const sleeps: number[] = [];
  const calls: UpstreamCall[] = [];
  const throttled: string[] = [];
  let maxInFlight = 0;
  const observer: UpstreamObserver = {
    callFinished: (call) => void calls.push(call),
    attemptThrottled: (operation) => void throttled.push(operation),
    inFlightChanged: (inFlight) => void (maxInFlight = Math.max(maxInFlight, inFlight)),
  };
  const client = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials: CREDENTIALS }, {
    upstream: { ...FAST_UPSTREAM, ...upstream },
    observer,
    // The top of each backoff range, so the expected waits are exact.
    random: () => 0.999_999,
    ...(options.realSleep === true ? {} : { sleep: (ms: number) => { sleeps.push(ms); return Promise.resolve(); } }),
  });
  return {
    emulator, client, sleeps, calls, throttled,
    maxInFlight: () => maxInFlight,
    close: async () => {
      client.destroy();
      await emulator.close();
    },
  };
}
