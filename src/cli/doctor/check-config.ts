/**
 * Doctor check 1: the environment, read exactly as `scim-bridge serve` reads it (loadConfig).
 * Every bad variable is named, with the problem loadConfig found; no value is echoed.
 */
import type { Config } from '../../config/config.ts';
import { isConfigError } from '../../config/config-error.ts';
import { loadConfig } from '../../config/load-config.ts';
import { check, type CheckResult } from './check-result.ts';
import { describeStateUrl } from './describe-state-url.ts';

export type ConfigCheck =
  | { readonly result: CheckResult; readonly config: Config }
  | { readonly result: CheckResult; readonly config: undefined };

export function checkConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): ConfigCheck {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    const problems = error.issues.map((issue) => `${issue.variable} ${issue.problem}`).join('; ');
    return {
      result: check('configuration', 'fail', `${error.issues.length} bad variable${error.issues.length === 1 ? '' : 's'}: ${problems}`,
        'Fix the variables named above (README.md, "Configuration").'),
      config: undefined,
    };
  }
  const store = config.identityStore.mode === 'embedded'
    ? 'embedded emulator (IDENTITY_STORE_ID unset)'
    : `identity store ${config.identityStore.identityStoreId} in ${config.identityStore.region}${config.identityStore.endpointUrl === undefined ? '' : ` via ${config.identityStore.endpointUrl}`}`;
  const summary = `${store}; state: ${describeStateUrl(config.stateUrl, cwd)}; deactivation: ${config.deactivation}`;
  return { result: check('configuration', 'ok', summary), config };
}
