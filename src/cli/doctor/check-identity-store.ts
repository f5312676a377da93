/**
 * Doctor check 3: one signed ListUsers with MaxResults 1, the same call /readyz makes. It proves
 * at once that the endpoint answers, that AWS accepts the credentials' signature, that the
 * identity store exists in the region, and that ListUsers is allowed.
 */
import type { AwsIdentityStoreConfig } from '../../config/config.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import { check, type CheckResult } from './check-result.ts';
import { explainStoreFailure } from './explain-store-failure.ts';
import { withTimeout } from './with-timeout.ts';

export async function checkIdentityStore(store: IdentityStore, config: AwsIdentityStoreConfig, timeoutMs: number): Promise<CheckResult> {
  const where = `${config.identityStoreId} (${config.region}${config.endpointUrl === undefined ? '' : `, ${config.endpointUrl}`})`;
  try {
    await withTimeout(timeoutMs, 'ListUsers', () => store.listUsers({ maxResults: 1 }));
    return check('identity store', 'ok', `${where} answered ListUsers`);
  } catch (error) {
    const explained = explainStoreFailure(error, 'ListUsers', config);
    return check('identity store', 'fail', `${where}: ${explained.summary}`, explained.advice);
  }
}
