/**
 * Builds the SDK client for the configured Identity Store. Two targets:
 * - the embedded emulator: its loopback endpoint, the credentials the composition root generated
 *   for it (the emulator checks SigV4 against them), region us-east-1;
 * - AWS: the configured region and the SDK's default credential chain (env, SSO profile,
 *   ECS/IMDS). The endpoint is left to the SDK, which honours AWS_ENDPOINT_URL_IDENTITYSTORE and
 *   AWS_ENDPOINT_URL; when config carries AWS_ENDPOINT_URL_IDENTITYSTORE it is passed explicitly,
 *   because config may come from an env object other than process.env (tests, `startGateway(env)`).
 * Both get the same resilience (docs/resilience.md): the gateway's retry strategy with adaptive
 * pacing, per-attempt timeouts, a concurrency bound, and an observer for logs and metrics.
 * No express here: this is the AWS side of the house.
 */
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { AwsIdentityStoreConfig, UpstreamConfig } from '../config/config.ts';
import { DEFAULT_UPSTREAM } from '../config/upstream-defaults.ts';
import { installUpstreamMiddleware } from './upstream/install-upstream-middleware.ts';
import { Semaphore } from './upstream/semaphore.ts';
import { NO_UPSTREAM_OBSERVER, type UpstreamObserver } from './upstream/upstream-observer.ts';
import { UpstreamRetryStrategy } from './upstream/upstream-retry-strategy.ts';

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export type IdentityStoreClientTarget =
  | { readonly kind: 'emulator'; readonly endpoint: string; readonly credentials: StaticCredentials }
  | { readonly kind: 'aws'; readonly config: AwsIdentityStoreConfig };

/** The emulator ignores regions, but SigV4 needs one; this is the SDK's own usual default. */
export const EMULATOR_REGION = 'us-east-1';

export interface IdentityStoreClientOptions {
  /** Retries, pacing, concurrency and timeouts; the production defaults when absent. */
  readonly upstream?: UpstreamConfig;
  readonly observer?: UpstreamObserver;
  /** Test seams for the retry strategy: jitter and backoff sleeps. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export function createIdentityStoreClient(target: IdentityStoreClientTarget, options: IdentityStoreClientOptions = {}): IdentitystoreClient {
  const upstream = options.upstream ?? DEFAULT_UPSTREAM;
  const resilience = {
    maxAttempts: upstream.maxAttempts,
    retryStrategy: new UpstreamRetryStrategy({
      ...upstream,
      ...(options.random === undefined ? {} : { random: options.random }),
      ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    }),
    // throwOnRequestTimeout: without it the SDK only logs a warning when requestTimeout passes.
    requestHandler: { connectionTimeout: upstream.timeoutMs, requestTimeout: upstream.timeoutMs, throwOnRequestTimeout: true },
    // Resolve each command's middleware stack once, not on every call (aws-sdk-js-v3 issue 6423):
    // the profile in docs/performance.md shows the per-call resolution; the stack is complete
    // before the first call (installUpstreamMiddleware below) and no command adds its own.
    cacheMiddleware: true,
  };
  const client = newClient(target, resilience);
  installUpstreamMiddleware(client, new Semaphore(upstream.concurrency), options.observer ?? NO_UPSTREAM_OBSERVER);
  return client;
}

type Resilience = Pick<NonNullable<ConstructorParameters<typeof IdentitystoreClient>[0]>, 'maxAttempts' | 'retryStrategy' | 'requestHandler' | 'cacheMiddleware'>;

function newClient(target: IdentityStoreClientTarget, resilience: Resilience): IdentitystoreClient {
  switch (target.kind) {
    case 'emulator':
      return new IdentitystoreClient({
        ...resilience,
        region: EMULATOR_REGION,
        endpoint: target.endpoint,
        credentials: { accessKeyId: target.credentials.accessKeyId, secretAccessKey: target.credentials.secretAccessKey },
      });
    case 'aws':
      return new IdentitystoreClient({
        ...resilience,
        region: target.config.region,
        ...(target.config.endpointUrl === undefined ? {} : { endpoint: target.config.endpointUrl }),
      });
    default: {
      const never: never = target;
      throw new Error(`Unknown Identity Store target ${JSON.stringify(never)}`);
    }
  }
}
