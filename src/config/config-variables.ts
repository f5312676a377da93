/**
 * Every environment variable the gateway reads, as data: name, documented default, meaning and
 * parser. `loadConfig` runs the parsers; test/docs/readme-config-table.test.ts checks that the
 * README's configuration table lists exactly these names with these defaults, so the two cannot drift.
 *
 * Empty values count as unset (`PORT=` in a compose file means "default", not "invalid").
 */
import { isLogLevel, LOG_LEVELS, type LogLevel } from '../observability/log-level.ts';
import { DEACTIVATION_MODES, type DeactivationMode, type IdentityStoreMode } from './config.ts';
import { DEFAULT_STATE_URL, parseStateUrl } from '../state/parse-state-url.ts';
import { ok, problem, type Parsed } from './parsed.ts';
import { DEFAULT_RATE_LIMIT, DEFAULT_REQUEST_TIMEOUT_SECONDS } from './http-defaults.ts';
import { parseTrustProxy, type TrustProxy } from './parse-trust-proxy.ts';
import { DEFAULT_UPSTREAM } from './upstream-defaults.ts';

export interface ConfigVariable<T> {
  /** The default exactly as the README's table shows it (without backticks). */
  readonly documentedDefault: string;
  readonly meaning: string;
  /** `mode` is decided by `IDENTITY_STORE_ID` alone, before any parser runs. */
  readonly parse: (raw: string | undefined, mode: IdentityStoreMode) => Parsed<T>;
}

const variable = <T>(definition: ConfigVariable<T>): ConfigVariable<T> => definition;

/** Anchored form of the model's `IdentityStoreId` pattern (shared/aws-models, identitystore-2020-06-15). */
const IDENTITY_STORE_ID = /^(?:d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, ... */
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
/** HS256 keys shorter than the hash output weaken it (RFC 7518 section 3.2). */
export const MIN_JWT_SECRET_BYTES = 32;

const quote = (raw: string): string => JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);

function parseHttpUrl(raw: string): Parsed<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem(`must be an absolute http(s) URL (got ${quote(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem(`must use http or https (got ${quote(url.protocol)})`);
  if (url.username !== '' || url.password !== '') return problem('must not contain credentials');
  return ok(url);
}

/** A file path as given; relative paths start at the working directory (read at boot, not here: config stays pure). */
function parseFilePath(raw: string | undefined): Parsed<string | undefined> {
  if (raw === undefined) return ok(undefined);
  return raw.includes('\0') ? problem('must be a file path') : ok(raw);
}

function parseBoolean(raw: string | undefined, fallback: boolean): Parsed<boolean> {
  if (raw === undefined) return ok(fallback);
  const text = raw.toLowerCase();
  if (text === 'true' || text === '1' || text === 'yes') return ok(true);
  if (text === 'false' || text === '0' || text === 'no') return ok(false);
  return problem(`must be true or false (got ${quote(raw)})`);
}

function parseNumber(raw: string | undefined, fallback: number, range: { readonly min: number; readonly max: number; readonly integer: boolean }): Parsed<number> {
  if (raw === undefined) return ok(fallback);
  const value = (range.integer ? /^\d+$/ : /^\d+(?:\.\d+)?$/).test(raw) ? Number(raw) : NaN;
  if (value >= range.min && value <= range.max) return ok(value);
  return problem(`must be ${range.integer ? 'an integer' : 'a number'} from ${range.min} to ${range.max} (got ${quote(raw)})`);
}

export const CONFIG_VARIABLES = {
  PORT: variable<number>({
    documentedDefault: '8080',
    meaning: 'TCP port the gateway listens on (0 picks a free port).',
    parse: (raw) => {
      if (raw === undefined) return ok(8080);
      const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
      return port >= 0 && port <= 65535 ? ok(port) : problem(`must be an integer from 0 to 65535 (got ${quote(raw)})`);
    },
  }),
  HOST: variable<string>({
    documentedDefault: '127.0.0.1 embedded, 0.0.0.0 with IDENTITY_STORE_ID',
    meaning: 'Interface to listen on. The embedded mode stays on loopback unless told otherwise.',
    parse: (raw, mode) => {
      if (raw === undefined) return ok(mode === 'embedded' ? '127.0.0.1' : '0.0.0.0');
      return /^[\w.:[\]-]+$/.test(raw) ? ok(raw) : problem(`must be a host name or IP address (got ${quote(raw)})`);
    },
  }),
  IDENTITY_STORE_ID: variable<string | undefined>({
    documentedDefault: 'unset: embedded emulator',
    meaning: 'The Identity Store to provision into (d-xxxxxxxxxx). Unset starts the embedded emulator in-process.',
    parse: (raw) => {
      if (raw === undefined || IDENTITY_STORE_ID.test(raw)) return ok(raw);
      return problem(`must look like d-1234567890 (d- and 10 lowercase hex digits) or a UUID (got ${quote(raw)})`);
    },
  }),
  AWS_REGION: variable<string | undefined>({
    documentedDefault: 'required with IDENTITY_STORE_ID',
    meaning: "Region of the Identity Store. Credentials come from the SDK's default chain (env, SSO profile, ECS/IMDS).",
    parse: (raw, mode) => {
      if (raw === undefined) return mode === 'aws' ? problem('is required when IDENTITY_STORE_ID is set (e.g. AWS_REGION=eu-west-1)') : ok(undefined);
      return AWS_REGION.test(raw) ? ok(raw) : problem(`must be an AWS region such as us-east-1 (got ${quote(raw)})`);
    },
  }),
  AWS_ENDPOINT_URL_IDENTITYSTORE: variable<string | undefined>({
    documentedDefault: "unset: AWS's endpoint",
    meaning: 'Identity Store endpoint override, honoured as the AWS SDK does (point it at `scim-bridge emulator` or moto).',
    parse: (raw) => {
      if (raw === undefined) return ok(undefined);
      const url = parseHttpUrl(raw);
      return url.ok ? ok(raw) : url;
    },
  }),
  SCIM_BRIDGE_JWT_SECRET: variable<string | undefined>({
    documentedDefault: 'generated at boot in embedded mode; with IDENTITY_STORE_ID required unless an ES256 key file is set',
    meaning: `Secret (at least ${MIN_JWT_SECRET_BYTES} bytes) that signs and verifies gateway-issued bearer tokens (HS256).`,
    // Required-ness depends on the key files too: loadConfig checks that a token key exists in AWS mode.
    parse: (raw) => {
      if (raw === undefined) return ok(undefined);
      const bytes = Buffer.byteLength(raw, 'utf8');
      // The value itself is never echoed: only its length.
      return bytes >= MIN_JWT_SECRET_BYTES ? ok(raw) : problem(`must be at least ${MIN_JWT_SECRET_BYTES} bytes (got ${bytes}); generate one with: openssl rand -base64 48`);
    },
  }),
  SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE: variable<string | undefined>({
    documentedDefault: 'unset: no ES256 tokens',
    meaning: 'PEM file with an EC P-256 public key: the gateway also accepts ES256 tokens signed with its private half. See docs/authentication.md.',
    parse: parseFilePath,
  }),
  SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: variable<string | undefined>({
    documentedDefault: 'unset',
    meaning: 'PEM file with the EC P-256 private key that `token create` signs ES256 tokens with (the gateway derives the public key from it when no public key file is set).',
    parse: parseFilePath,
  }),
  SCIM_BRIDGE_STATE: variable<string>({
    documentedDefault: DEFAULT_STATE_URL,
    meaning: 'Gateway state (externalId mappings, suspended memberships): sqlite:<file>, postgres://... for several instances, or memory: for tests.',
    parse: (raw) => {
      if (raw === undefined) return ok(DEFAULT_STATE_URL);
      // One grammar for the state URL: the state layer's own parser (pure; the cwd only resolves paths).
      try {
        parseStateUrl(raw, '/');
        return ok(raw);
      } catch (error) {
        return problem((error as Error).message.replace(/^SCIM_BRIDGE_STATE /, ''));
      }
    },
  }),
  SCIM_BRIDGE_DEACTIVATION: variable<DeactivationMode>({
    documentedDefault: 'status',
    meaning: 'What active:false does: status (UpdateUser userStatus DISABLED), suspend-memberships (remove and remember group memberships) or delete.',
    parse: (raw) => {
      if (raw === undefined) return ok('status');
      const mode = DEACTIVATION_MODES.find((candidate) => candidate === raw);
      return mode === undefined ? problem(`must be one of ${DEACTIVATION_MODES.join(', ')} (got ${quote(raw)})`) : ok(mode);
    },
  }),
  SCIM_BRIDGE_PUBLIC_URL: variable<string | undefined>({
    documentedDefault: 'unset: derived from each request',
    meaning: 'External base URL behind a proxy (e.g. https://scim.example.com), used for meta.location and Location; /scim/v2 is appended.',
    parse: (raw) => {
      if (raw === undefined) return ok(undefined);
      const url = parseHttpUrl(raw);
      if (!url.ok) return url;
      if (url.value.search !== '' || url.value.hash !== '') return problem('must not have a query or fragment');
      const base = url.value.href.replace(/\/+$/, '');
      if (/\/scim\/v2$/i.test(base)) return problem(`must be the gateway's base URL without /scim/v2 (try ${quote(base.slice(0, -'/scim/v2'.length))})`);
      return ok(base);
    },
  }),
  SCIM_BRIDGE_TRUST_PROXY: variable<TrustProxy>({
    documentedDefault: 'false',
    meaning: 'Which proxies may set X-Forwarded-Proto/-Host/-For (express `trust proxy`): false, true, a hop count, or comma-separated addresses/CIDRs (`loopback`, `10.0.0.0/8`).',
    parse: parseTrustProxy,
  }),
  SCIM_BRIDGE_PUBLIC_DISCOVERY: variable<boolean>({
    documentedDefault: 'false',
    meaning: 'true serves /ServiceProviderConfig, /ResourceTypes and /Schemas without a bearer token; by default they need one like every SCIM route.',
    parse: (raw) => parseBoolean(raw, false),
  }),
  SCIM_BRIDGE_RATE_LIMIT_RPS: variable<number>({
    documentedDefault: String(DEFAULT_RATE_LIMIT.requestsPerSecond),
    meaning: 'Requests per second each bearer token may make on /scim/v2, sustained (a token bucket per token, per instance); over it: 429 with Retry-After. 0 turns the limit off.',
    parse: (raw) => parseNumber(raw, DEFAULT_RATE_LIMIT.requestsPerSecond, { min: 0, max: 100_000, integer: false }),
  }),
  SCIM_BRIDGE_RATE_LIMIT_BURST: variable<number>({
    documentedDefault: String(DEFAULT_RATE_LIMIT.burst),
    meaning: 'How many requests a token may make at once before SCIM_BRIDGE_RATE_LIMIT_RPS applies (the bucket size).',
    parse: (raw) => parseNumber(raw, DEFAULT_RATE_LIMIT.burst, { min: 1, max: 1_000_000, integer: true }),
  }),
  SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS: variable<number>({
    documentedDefault: String(DEFAULT_REQUEST_TIMEOUT_SECONDS),
    meaning: 'Deadline of one SCIM request: a handler that has not answered by then gets a 503 SCIM error; also how long a client may take to send a request (408 after).',
    parse: (raw) => parseNumber(raw, DEFAULT_REQUEST_TIMEOUT_SECONDS, { min: 1, max: 3600, integer: true }),
  }),
  SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: variable<number>({
    documentedDefault: String(DEFAULT_UPSTREAM.maxAttempts),
    meaning: 'Attempts per Identity Store call when it throttles or fails transiently, the first included (1: no retries). Creates are never re-sent blindly: see docs/resilience.md.',
    parse: (raw) => parseNumber(raw, DEFAULT_UPSTREAM.maxAttempts, { min: 1, max: 20, integer: true }),
  }),
  SCIM_BRIDGE_UPSTREAM_BACKOFF_MS: variable<number>({
    documentedDefault: String(DEFAULT_UPSTREAM.backoffMs),
    meaning: "Upper bound of the first retry's random wait (full jitter), doubled per retry; a longer RetryAfterSeconds from the store wins.",
    parse: (raw) => parseNumber(raw, DEFAULT_UPSTREAM.backoffMs, { min: 0, max: 60_000, integer: true }),
  }),
  SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: variable<number>({
    documentedDefault: String(DEFAULT_UPSTREAM.maxWaitMs),
    meaning: 'Longest single wait inside a request (backoff, RetryAfterSeconds, client-side pacing). A longer one is not waited: the IdP gets 429/503 with Retry-After at once.',
    parse: (raw) => parseNumber(raw, DEFAULT_UPSTREAM.maxWaitMs, { min: 0, max: 120_000, integer: true }),
  }),
  SCIM_BRIDGE_UPSTREAM_MIN_RATE: variable<number>({
    documentedDefault: String(DEFAULT_UPSTREAM.minRate),
    meaning: 'Calls per second the client-side adaptive rate (the AWS SDK token bucket, engaged when throttled) never drops below.',
    parse: (raw) => parseNumber(raw, DEFAULT_UPSTREAM.minRate, { min: 0.01, max: 100_000, integer: false }),
  }),
  SCIM_BRIDGE_UPSTREAM_CONCURRENCY: variable<number>({
    documentedDefault: String(DEFAULT_UPSTREAM.concurrency),
    meaning: 'Identity Store calls in flight at once per gateway process; more wait their turn.',
    parse: (raw) => parseNumber(raw, DEFAULT_UPSTREAM.concurrency, { min: 1, max: 1000, integer: true }),
  }),
  SCIM_BRIDGE_UPSTREAM_TIMEOUT_MS: variable<number>({
    documentedDefault: String(DEFAULT_UPSTREAM.timeoutMs),
    meaning: 'Connection and socket timeout of one Identity Store call attempt; a timed-out attempt counts as a transient failure.',
    parse: (raw) => parseNumber(raw, DEFAULT_UPSTREAM.timeoutMs, { min: 100, max: 300_000, integer: true }),
  }),
  SCIM_BRIDGE_METRICS: variable<boolean>({
    documentedDefault: 'true',
    meaning: 'Serve Prometheus metrics at GET /metrics (no bearer token, like /healthz; see docs/observability.md). false: 404.',
    parse: (raw) => parseBoolean(raw, true),
  }),
  LOG_LEVEL: variable<LogLevel>({
    documentedDefault: 'info',
    meaning: 'Log verbosity on stderr (JSON lines): debug, info, warn, error or silent.',
    parse: (raw) => {
      if (raw === undefined) return ok('info');
      const level = raw.toLowerCase();
      return isLogLevel(level) ? ok(level) : problem(`must be one of ${LOG_LEVELS.join(', ')} (got ${quote(raw)})`);
    },
  }),
} as const;

export type ConfigVariableName = keyof typeof CONFIG_VARIABLES;
