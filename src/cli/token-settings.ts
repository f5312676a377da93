/**
 * What the `token` subcommands read from the environment: only the variables they need (the
 * token keys, SCIM_BRIDGE_STATE), parsed by the gateway's own variable table so both agree, and
 * reported as one ConfigError naming every bad variable.
 */
import type { TokenKeySettings } from '../auth/load-token-keys.ts';
import { ConfigError, type ConfigIssue } from '../config/config-error.ts';
import { CONFIG_VARIABLES, type ConfigVariableName } from '../config/config-variables.ts';
import { readVariable } from '../config/load-config.ts';

type Env = Readonly<Record<string, string | undefined>>;

function read<T>(env: Env, name: ConfigVariableName, issues: ConfigIssue[]): T | undefined {
  const parsed = CONFIG_VARIABLES[name].parse(readVariable(env, name), 'aws');
  if (parsed.ok) return parsed.value as T;
  issues.push({ variable: name, problem: parsed.problem });
  return undefined;
}

/** The key settings for `token create`; throws ConfigError. */
export function readTokenKeySettings(env: Env): TokenKeySettings {
  const issues: ConfigIssue[] = [];
  const settings = {
    secret: read<string>(env, 'SCIM_BRIDGE_JWT_SECRET', issues),
    publicKeyFile: read<string>(env, 'SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE', issues),
    privateKeyFile: read<string>(env, 'SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE', issues),
  };
  if (issues.length === 0 && settings.secret === undefined && settings.privateKeyFile === undefined) {
    issues.push({
      variable: 'SCIM_BRIDGE_JWT_SECRET',
      problem: 'is required to sign tokens (or SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE for ES256); use the value the gateway runs with (new: openssl rand -base64 48)',
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return settings;
}

/** SCIM_BRIDGE_STATE (default sqlite:./data/state.db, as for `serve`); throws ConfigError. */
export function readStateUrl(env: Env): string {
  const issues: ConfigIssue[] = [];
  const url = read<string>(env, 'SCIM_BRIDGE_STATE', issues);
  if (url === undefined) throw new ConfigError(issues);
  return url;
}
