/**
 * Runs the doctor's checks in order: configuration, token keys, AWS credentials, identity store
 * reachability, the clock against the store's, read permissions, gateway state, and (when asked)
 * the deactivation probe. A check that needs an earlier one's success is reported as skipped,
 * never run against a known-bad setup. The SDK
 * client is built exactly as `serve` builds it (create-identity-store-client.ts), so the doctor
 * sees the same credentials, region and endpoint the gateway will.
 */
import type { AwsIdentityStoreConfig } from '../../config/config.ts';
import { AwsIdentityStore } from '../../identity-store/aws-identity-store.ts';
import { createIdentityStoreClient } from '../../identity-store/create-identity-store-client.ts';
import { check, skippedAfter, type CheckResult } from './check-result.ts';
import { checkClock } from './check-clock.ts';
import { checkConfig } from './check-config.ts';
import { checkCredentials } from './check-credentials.ts';
import { checkIdentityStore } from './check-identity-store.ts';
import { checkReadPermissions } from './check-read-permissions.ts';
import { checkState } from './check-state.ts';
import { checkTokenKeys } from './check-token-keys.ts';
import { probeDeactivation } from './probe-deactivation.ts';

export interface DoctorOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Create, disable and delete a temporary user to see which deactivation modes work. */
  readonly probeDeactivation: boolean;
  /** Upper bound for each check that goes over the network. */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** A client of its own: the clock check adds a middleware, which must be there before its first call. */
async function checkClockWithOwnClient(config: AwsIdentityStoreConfig, timeoutMs: number): Promise<CheckResult> {
  const client = createIdentityStoreClient({ kind: 'aws', config });
  try {
    return await checkClock(client, config, timeoutMs);
  } finally {
    client.destroy();
  }
}

export async function runDoctor(options: DoctorOptions): Promise<CheckResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const configured = checkConfig(options.env, options.cwd);
  const results: CheckResult[] = [configured.result];
  const { config } = configured;
  if (config === undefined) {
    for (const name of ['token keys', 'AWS credentials', 'identity store', 'clock', 'read permissions', 'gateway state']) results.push(skippedAfter(name, 'configuration'));
    return results;
  }
  results.push(await checkTokenKeys(config, options.cwd));

  if (config.identityStore.mode === 'embedded') {
    results.push(check('identity store', 'skip', 'embedded mode: the gateway runs its own emulator, nothing to check in AWS',
      'Set IDENTITY_STORE_ID and AWS_REGION to check a real identity store (docs/aws-setup.md).'));
  } else {
    const storeConfig = config.identityStore;
    const client = createIdentityStoreClient({ kind: 'aws', config: storeConfig });
    try {
      const credentials = await checkCredentials(client, (options.now ?? (() => new Date()))(), timeoutMs);
      results.push(credentials);
      if (credentials.status === 'fail') {
        results.push(skippedAfter('identity store', 'AWS credentials'), skippedAfter('clock', 'AWS credentials'), skippedAfter('read permissions', 'AWS credentials'));
      } else {
        const store = new AwsIdentityStore(client, storeConfig.identityStoreId);
        const reachable = await checkIdentityStore(store, storeConfig, timeoutMs);
        results.push(reachable);
        if (reachable.status === 'fail') {
          results.push(skippedAfter('clock', 'identity store'), skippedAfter('read permissions', 'identity store'));
          if (options.probeDeactivation) results.push(skippedAfter('deactivation probe', 'identity store'));
        } else {
          results.push(await checkClockWithOwnClient(storeConfig, timeoutMs));
          results.push(await checkReadPermissions(store, storeConfig, timeoutMs));
          if (options.probeDeactivation) results.push(...await probeDeactivation(store, storeConfig, config.deactivation, timeoutMs));
        }
      }
    } finally {
      client.destroy();
    }
  }

  results.push(await checkState(config.stateUrl, options.cwd, timeoutMs));
  if (!options.probeDeactivation) {
    results.push(check('deactivation mode', 'skip', `SCIM_BRIDGE_DEACTIVATION=${config.deactivation}, not probed`,
      config.identityStore.mode === 'embedded'
        ? 'The embedded emulator supports every mode.'
        : 'Run `scim-bridge doctor --probe-deactivation` to test it (creates, disables and deletes a temporary user).'));
  }
  return results;
}
