/**
 * Doctor check 4: every Identity Store read the gateway makes, tried once with ids and names that
 * cannot exist (random UUIDs, a random user name), so nothing is read or changed. An answer, or
 * "not found" for the random resource, means IAM allowed the call; AccessDeniedException names an
 * action missing from the policy. Writes cannot be tried without writing: `--probe-deactivation`
 * exercises CreateUser, UpdateUser and DeleteUser on a temporary user.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AwsIdentityStoreConfig } from '../../config/config.ts';
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import { check, type CheckResult } from './check-result.ts';
import { explainStoreFailure } from './explain-store-failure.ts';
import { withTimeout } from './with-timeout.ts';

type Probe = readonly [operation: string, run: (store: IdentityStore) => Promise<unknown>];

function probes(): readonly Probe[] {
  const userId = randomUUID();
  const groupId = randomUUID();
  const name = `scim-bridge-doctor-${randomBytes(8).toString('hex')}`;
  return [
    ['DescribeUser', (store) => store.describeUser(userId)],
    ['GetUserId', (store) => store.findUserId({ by: 'userName', value: name })],
    ['ListGroups', (store) => store.listGroups({ maxResults: 1 })],
    ['DescribeGroup', (store) => store.describeGroup(groupId)],
    ['GetGroupId', (store) => store.findGroupId({ by: 'displayName', value: name })],
    ['ListGroupMemberships', (store) => store.listMemberships(groupId, { maxResults: 1 })],
    ['ListGroupMembershipsForMember', (store) => store.listMembershipsForUser(userId, { maxResults: 1 })],
    ['GetGroupMembershipId', (store) => store.findMembershipId(groupId, userId)],
    ['IsMemberInGroups', (store) => store.isMemberInGroups(userId, [groupId])],
  ];
}

/** The random resource is missing: the call itself was authorised. */
function isMissingProbeResource(error: unknown): boolean {
  return isIdentityStoreCallError(error)
    && error.failure.exception === 'ResourceNotFoundException'
    && error.failure.resourceType !== 'IDENTITY_STORE'
    && error.failure.reason === undefined;
}

export async function checkReadPermissions(store: IdentityStore, config: AwsIdentityStoreConfig, timeoutMs: number): Promise<CheckResult> {
  const denied: string[] = [];
  const other: string[] = [];
  let advice: string | undefined;
  const list = probes();
  for (const [operation, run] of list) {
    try {
      await withTimeout(timeoutMs, operation, () => run(store));
    } catch (error) {
      if (isMissingProbeResource(error)) continue;
      const explained = explainStoreFailure(error, operation, config);
      if (explained.exception === 'AccessDeniedException') denied.push(operation);
      else other.push(explained.summary);
      advice ??= explained.advice;
    }
  }
  // ListUsers was the identity store check's call.
  const allowed = `ListUsers and ${list.length} other reads`;
  if (denied.length > 0) {
    return check('read permissions', 'fail', `denied: ${denied.join(', ')}${other.length > 0 ? `; also ${other.join('; ')}` : ''}`,
      `Add ${denied.map((operation) => `identitystore:${operation}`).join(', ')} to the gateway's IAM policy (docs/aws-setup.md#iam-policy).`);
  }
  if (other.length > 0) return check('read permissions', 'fail', other.join('; '), advice);
  return check('read permissions', 'ok', `${allowed} allowed (probed with ids that do not exist)`);
}
