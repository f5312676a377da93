/**
 * Doctor check: how far this host's clock is from the identity store's. Two things depend on it.
 * Exactly-once creates (create-exactly-once.ts) decide whether a resource found after an
 * ambiguous create existed before it by comparing the store's CreatedAt with this host's clock,
 * allowing DEFAULT_CLOCK_SKEW_MS for the difference; beyond that, a create whose answer was lost
 * could be answered 409 although it was ours. And AWS refuses SigV4 signatures more than 5
 * minutes off.
 *
 * The store's clock is read from the `Date` header of one ListUsers answer (whole seconds, RFC
 * 9110 section 6.6.1) and compared with the middle of the call on this host, so a measured
 * offset is exact to about a second plus half the round trip.
 */
import { ListUsersCommand, type IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { AwsIdentityStoreConfig } from '../../config/config.ts';
import { DEFAULT_CLOCK_SKEW_MS } from '../../identity-store/aws-identity-store.ts';
import { check, type CheckResult } from './check-result.ts';
import { explainStoreFailure } from './explain-store-failure.ts';
import { withTimeout } from './with-timeout.ts';

const NAME = 'clock';
/** Below this the clocks agree as well as a whole-second Date header can tell. */
const AGREES_WITHIN_MS = 2_000;

/** The verdict for a measured offset (store minus this host, in milliseconds). */
export function judgeClockOffset(offsetMs: number): CheckResult {
  const seconds = (Math.abs(offsetMs) / 1000).toFixed(1);
  const direction = offsetMs > 0 ? 'behind' : 'ahead of';
  const advice = 'Synchronise this host\'s clock (NTP, chrony, or the platform\'s time service); the gateway compares it with the store\'s CreatedAt when it resolves a create whose answer was lost (docs/resilience.md).';
  if (Math.abs(offsetMs) < AGREES_WITHIN_MS) return check(NAME, 'ok', 'this host\'s clock agrees with the identity store\'s (to about a second)');
  const summary = `this host's clock is about ${seconds} s ${direction} the identity store's`;
  if (Math.abs(offsetMs) < DEFAULT_CLOCK_SKEW_MS) return check(NAME, 'warn', `${summary}, within the ${DEFAULT_CLOCK_SKEW_MS / 1000} s the gateway allows`, advice);
  return check(NAME, 'fail', `${summary}, more than the ${DEFAULT_CLOCK_SKEW_MS / 1000} s the gateway allows`, advice);
}

/** `client` must be one no call has gone through yet: the Date header is read by a middleware added here. */
export async function checkClock(client: IdentitystoreClient, config: AwsIdentityStoreConfig, timeoutMs: number): Promise<CheckResult> {
  let storeDate: string | undefined;
  client.middlewareStack.add((next) => async (args) => {
    const result = await next(args);
    const headers = (result.response as { headers?: Record<string, string | undefined> }).headers;
    storeDate = headers?.['date'];
    return result;
  }, { step: 'deserialize', name: 'scimBridgeDoctorClock' });
  const sent = Date.now();
  try {
    await withTimeout(timeoutMs, 'ListUsers', () => client.send(new ListUsersCommand({ IdentityStoreId: config.identityStoreId, MaxResults: 1 })));
  } catch (error) {
    return check(NAME, 'skip', `not checked: ${explainStoreFailure(error, 'ListUsers', config).summary}`);
  }
  const middle = (sent + Date.now()) / 2;
  const storeTime = storeDate === undefined ? Number.NaN : Date.parse(storeDate);
  if (Number.isNaN(storeTime)) return check(NAME, 'skip', 'not checked: the identity store\'s answer carried no Date header');
  // The header drops the milliseconds: the store's clock read somewhere in [storeTime, storeTime + 1 s).
  return judgeClockOffset(storeTime + 500 - middle);
}
