/**
 * `scim-bridge doctor --probe-deactivation`: finds out which deactivation modes
 * (SCIM_BRIDGE_DEACTIVATION, docs/attribute-mapping.md) this identity store accepts, by doing
 * them to a temporary user that is deleted again:
 *
 * - `status`: UpdateUser `userStatus` DISABLED, then DescribeUser must read DISABLED back. A store
 *   that accepts the write but does not hold it would let a "deactivated" user sign in, so the
 *   read-back is part of the test.
 * - `delete`: DeleteUser of the temporary user (which also cleans up).
 * - `suspend-memberships` needs ListGroupMembershipsForMember (the read permissions check) and
 *   the membership writes that /Groups needs anyway; they are not probed, to touch no group.
 *
 * The temporary user also answers one question the emulator has to assume: whether GetUserId
 * finds a userName written in another case. Okta's "Username Case Sensitivity Check" looks users up
 * upper-cased; a store that matches case-sensitively makes that lookup miss (and Okta then tries to
 * create a user that exists). The emulator matches case-insensitively, moto case-sensitively.
 *
 * Only runs when asked: it writes to the identity store, and an IdP reading the store directly
 * (or AWS's own SCIM endpoint) may see the temporary user for a moment.
 */
import { randomBytes } from 'node:crypto';
import type { AwsIdentityStoreConfig, DeactivationMode } from '../../config/config.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import { check, type CheckResult } from './check-result.ts';
import { explainStoreFailure } from './explain-store-failure.ts';
import { withTimeout } from './with-timeout.ts';

const NAME = 'deactivation probe';

type StatusOutcome = { readonly works: true } | { readonly works: false; readonly why: string };

async function tryStatusMode(store: IdentityStore, userId: string, config: AwsIdentityStoreConfig, timeoutMs: number): Promise<StatusOutcome> {
  try {
    await withTimeout(timeoutMs, 'UpdateUser', () => store.updateUser(userId, [{ path: 'userStatus', value: 'DISABLED' }]));
  } catch (error) {
    return { works: false, why: explainStoreFailure(error, 'UpdateUser userStatus DISABLED', config).summary };
  }
  try {
    const user = await withTimeout(timeoutMs, 'DescribeUser', () => store.describeUser(userId));
    if (user?.userStatus === 'DISABLED') return { works: true };
    return { works: false, why: `UpdateUser accepted userStatus DISABLED but DescribeUser reads ${user?.userStatus ?? 'no status'}` };
  } catch (error) {
    return { works: false, why: explainStoreFailure(error, 'DescribeUser', config).summary };
  }
}

async function probeUserNameCase(store: IdentityStore, userName: string, userId: string, config: AwsIdentityStoreConfig, timeoutMs: number): Promise<CheckResult> {
  const name = 'userName lookup case';
  try {
    const found = await withTimeout(timeoutMs, 'GetUserId', () => store.findUserId({ by: 'userName', value: userName.toUpperCase() }));
    if (found === userId) return check(name, 'ok', 'GetUserId finds a userName written in another case (Okta looks users up upper-cased)');
    return check(name, 'warn', 'GetUserId matches userName case-sensitively: a lookup in another case finds nothing',
      "Send userName from the IdP exactly as it was first provisioned (in Okta, keep the username format's case); an upper-cased lookup such as Okta's case-sensitivity check will not find the user.");
  } catch (error) {
    return check(name, 'warn', `not probed: ${explainStoreFailure(error, 'GetUserId', config).summary}`);
  }
}

export async function probeDeactivation(store: IdentityStore, config: AwsIdentityStoreConfig, configured: DeactivationMode, timeoutMs: number): Promise<CheckResult[]> {
  const userName = `scim-bridge-doctor-${randomBytes(6).toString('hex')}`;
  let userId: string;
  try {
    userId = await withTimeout(timeoutMs, 'CreateUser', () => store.createUser({
      userName,
      name: { givenName: 'scim-bridge', familyName: 'doctor' },
      displayName: 'scim-bridge doctor (temporary)',
    }));
  } catch (error) {
    const explained = explainStoreFailure(error, 'CreateUser', config);
    return [check(NAME, 'fail', `could not create the temporary user: ${explained.summary}`, explained.advice)];
  }

  const lookupCase = await probeUserNameCase(store, userName, userId, config, timeoutMs);
  const status = await tryStatusMode(store, userId, config, timeoutMs);
  let deleted: { readonly ok: true } | { readonly ok: false; readonly why: string; readonly advice: string };
  try {
    await withTimeout(timeoutMs, 'DeleteUser', () => store.deleteUser(userId));
    deleted = { ok: true };
  } catch (error) {
    const explained = explainStoreFailure(error, 'DeleteUser', config);
    deleted = { ok: false, why: explained.summary, advice: explained.advice };
  }

  const results: CheckResult[] = [
    lookupCase,
    status.works
      ? check('mode status', 'ok', 'UpdateUser userStatus DISABLED is accepted and read back')
      : check('mode status', configured === 'status' ? 'fail' : 'warn', `not usable: ${status.why}`,
        configured === 'status' ? 'Set SCIM_BRIDGE_DEACTIVATION=suspend-memberships or delete (docs/attribute-mapping.md, "active and the deactivation modes").' : undefined),
    deleted.ok
      ? check('mode delete', 'ok', 'DeleteUser works')
      : check('mode delete', 'fail', `${deleted.why}; the temporary user ${userName} (${userId}) is still in the identity store`,
        `${deleted.advice} Then delete ${userName} by hand.`),
    check('mode suspend-memberships', 'skip', 'not probed: it needs ListGroupMembershipsForMember (read permissions above), CreateGroupMembership and DeleteGroupMembership',
      'Those membership writes are in the IAM policy of docs/aws-setup.md#iam-policy, which /Groups needs too.'),
  ];
  return results;
}
