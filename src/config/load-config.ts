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
  if (issues.length > 0) throw new ConfigError(issues);
  // Every parser succeeded, so every key holds the type its parser declares.
  const v = values as Values;
  return deepFreeze({
    port: v.PORT,
    host: v.HOST,
    identityStore: identityStoreConfig(v),
    jwtSecret: v.SCIM_BRIDGE_JWT_SECRET,
    stateUrl: v.SCIM_BRIDGE_STATE,
    deactivation: v.SCIM_BRIDGE_DEACTIVATION,
    publicUrl: v.SCIM_BRIDGE_PUBLIC_URL,
    logLevel: v.LOG_LEVEL,
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
