/**
 * Configuration is a pure function of the environment (style.md practice 7): read once at boot,
 * validated as a whole, frozen. Every bad variable is reported in one ConfigError; nothing here
 * exits the process or reads `process.env` itself, so tests and the CLI pass whatever env they like.
 */
import type { Config, IdentityStoreConfig, IdentityStoreMode } from './config.ts';
import { ConfigError, type ConfigIssue } from './config-error.ts';
import { CONFIG_VARIABLES, type ConfigVariable, type ConfigVariableName } from './config-variables.ts';

type Env = Readonly<Record<string, string | undefined>>;

type Values = { -readonly [Name in ConfigVariableName]: (typeof CONFIG_VARIABLES)[Name] extends ConfigVariable<infer T> ? T : never };

/** `FOO=` and `FOO="  "` mean unset; surrounding spaces are a copy-paste accident, not part of a value. */
export function readVariable(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

export function loadConfig(env: Env): Config {
  const mode: IdentityStoreMode = readVariable(env, 'IDENTITY_STORE_ID') === undefined ? 'embedded' : 'aws';
  const issues: ConfigIssue[] = [];
  const values: Partial<Record<ConfigVariableName, unknown>> = {};
  for (const [name, definition] of Object.entries(CONFIG_VARIABLES) as [ConfigVariableName, ConfigVariable<unknown>][]) {
    const parsed = definition.parse(readVariable(env, name), mode);
    if (parsed.ok) values[name] = parsed.value;
    else issues.push({ variable: name, problem: parsed.problem });
  }
  // A gateway against AWS must be able to verify tokens; the embedded mode generates a secret.
  if (mode === 'aws' && ['SCIM_BRIDGE_JWT_SECRET', 'SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE', 'SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE'].every((name) => readVariable(env, name) === undefined)) {
    issues.push({ variable: 'SCIM_BRIDGE_JWT_SECRET', problem: 'is required when IDENTITY_STORE_ID is set, unless SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE is (generate a secret with: openssl rand -base64 48)' });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  // Every parser succeeded, so every key holds the type its parser declares.
  const v = values as Values;
  return deepFreeze({
    port: v.PORT,
    host: v.HOST,
    identityStore: identityStoreConfig(v),
    jwtSecret: v.SCIM_BRIDGE_JWT_SECRET,
    jwtPublicKeyFile: v.SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE,
    jwtPrivateKeyFile: v.SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE,
    stateUrl: v.SCIM_BRIDGE_STATE,
    deactivation: v.SCIM_BRIDGE_DEACTIVATION,
    publicUrl: v.SCIM_BRIDGE_PUBLIC_URL,
    trustProxy: v.SCIM_BRIDGE_TRUST_PROXY,
    publicDiscovery: v.SCIM_BRIDGE_PUBLIC_DISCOVERY,
    rateLimit: v.SCIM_BRIDGE_RATE_LIMIT_RPS === 0 ? undefined : { requestsPerSecond: v.SCIM_BRIDGE_RATE_LIMIT_RPS, burst: v.SCIM_BRIDGE_RATE_LIMIT_BURST },
    requestTimeoutMs: v.SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS * 1000,
    logLevel: v.LOG_LEVEL,
    upstream: {
      maxAttempts: v.SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS,
      backoffMs: v.SCIM_BRIDGE_UPSTREAM_BACKOFF_MS,
      maxWaitMs: v.SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS,
      minRate: v.SCIM_BRIDGE_UPSTREAM_MIN_RATE,
      concurrency: v.SCIM_BRIDGE_UPSTREAM_CONCURRENCY,
      timeoutMs: v.SCIM_BRIDGE_UPSTREAM_TIMEOUT_MS,
    },
    metrics: v.SCIM_BRIDGE_METRICS,
  });
}

function identityStoreConfig(v: Values): IdentityStoreConfig {
  if (v.IDENTITY_STORE_ID === undefined || v.AWS_REGION === undefined) return { mode: 'embedded' };
  return { mode: 'aws', identityStoreId: v.IDENTITY_STORE_ID, region: v.AWS_REGION, endpointUrl: v.AWS_ENDPOINT_URL_IDENTITYSTORE };
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}
