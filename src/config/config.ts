/**
 * The gateway's configuration as the rest of the code sees it: already validated, frozen, and
 * shaped so that impossible combinations cannot be expressed (an AWS-backed store always has an
 * id and a region; only the embedded mode may lack a JWT secret). `loadConfig` builds it.
 */
import type { LogLevel } from '../observability/log-level.ts';
import type { TrustProxy } from './parse-trust-proxy.ts';

/** How a SCIM `active: false` is carried out (docs/configuration.md, product brief). */
export const DEACTIVATION_MODES = ['status', 'suspend-memberships', 'delete'] as const;
export type DeactivationMode = (typeof DEACTIVATION_MODES)[number];

/** `IDENTITY_STORE_ID` unset: the in-process emulator; set: a real (or emulated, via endpoint) store. */
export type IdentityStoreMode = 'embedded' | 'aws';

export interface EmbeddedIdentityStoreConfig {
  readonly mode: 'embedded';
}

export interface AwsIdentityStoreConfig {
  readonly mode: 'aws';
  readonly identityStoreId: string;
  readonly region: string;
  /** `AWS_ENDPOINT_URL_IDENTITYSTORE`, as the SDK would read it; undefined = AWS's own endpoint. */
  readonly endpointUrl: string | undefined;
}

export type IdentityStoreConfig = EmbeddedIdentityStoreConfig | AwsIdentityStoreConfig;

export interface RateLimitConfig {
  readonly requestsPerSecond: number;
  readonly burst: number;
}

/** How Identity Store calls are retried, paced and bounded (docs/resilience.md). */
export interface UpstreamConfig {
  /** Attempts per call, the first included; 1 turns retries off. */
  readonly maxAttempts: number;
  /** Upper bound of the first full-jitter backoff, doubled per retry. */
  readonly backoffMs: number;
  /** Longest single wait (backoff, RetryAfterSeconds, client-side pacing); beyond it the IdP gets 429/503 with Retry-After. */
  readonly maxWaitMs: number;
  /** Calls per second the adaptive rate never drops below when throttled. */
  readonly minRate: number;
  /** Identity Store calls in flight per gateway process. */
  readonly concurrency: number;
  /** Per-attempt connection and socket timeout. */
  readonly timeoutMs: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly identityStore: IdentityStoreConfig;
  /**
   * HS256 secret for gateway-issued tokens. With IDENTITY_STORE_ID, this or an ES256 key file is
   * set; in embedded mode with neither, a secret is generated at boot.
   */
  readonly jwtSecret: string | undefined;
  /** PEM files of the ES256 key pair (paths as given; read at boot by src/auth/load-token-keys.ts). */
  readonly jwtPublicKeyFile: string | undefined;
  readonly jwtPrivateKeyFile: string | undefined;
  /** `memory:`, `sqlite:<path>` or `postgres://...`, handed to `openGatewayState`. */
  readonly stateUrl: string;
  readonly deactivation: DeactivationMode;
  /** External base URL (no trailing slash, no `/scim/v2`); undefined = derived from each request. */
  readonly publicUrl: string | undefined;
  /** express `trust proxy`: whose X-Forwarded-* headers count (scim-base-url.ts, req.ip). */
  readonly trustProxy: TrustProxy;
  /** Discovery endpoints without a bearer token. */
  readonly publicDiscovery: boolean;
  /** Per-token token bucket on /scim/v2; undefined = off (SCIM_BRIDGE_RATE_LIMIT_RPS=0). */
  readonly rateLimit: RateLimitConfig | undefined;
  /** Per-request deadline and the server's request timeout. */
  readonly requestTimeoutMs: number;
  readonly logLevel: LogLevel;
  readonly upstream: UpstreamConfig;
  /** Whether GET /metrics (Prometheus text) is served. */
  readonly metrics: boolean;
}
