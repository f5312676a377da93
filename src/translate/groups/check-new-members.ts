/**
 * Checks the users about to be added to a group before any membership is written (issue 5: "an
 * unknown user id is a 400 naming it, before any write"), so a bad id in a batch never leaves the
 * group half changed.
 *
 * Cost: one DescribeUser per user being added, run through the same bounded pool as the writes.
 * There is no cheaper exact check: IsMemberInGroups does not say whether a user exists, GetUserId
 * needs a userName or email we do not have, and a ListUsers scan costs (directory size / 100)
 * calls. CreateGroupMembership would say ResourceNotFound USER by itself, but only after the
 * earlier writes of the batch. Users already in the group (a replace's diff, or `knownMembers`)
 * are known to exist and cost nothing; removes are never checked (an absent user is success).
 */
import type { IdentityStore } from '../../identity-store/port.ts';
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';
import { ScimError } from '../../scim/errors.ts';
import { describeIds } from './describe-ids.ts';
import { runPool } from './run-pool.ts';

export async function checkNewMembers(store: IdentityStore, userIds: readonly string[], concurrency: number): Promise<void> {
  // A malformed id cannot name a user: refused without a call (the store would answer
  // ValidationException, which reads as the gateway's fault).
  const malformed = userIds.filter((id) => !isResourceId(id));
  if (malformed.length > 0) {
    throw ScimError.invalidValue(`members: ${describeIds(malformed)} ${malformed.length === 1 ? 'is not a user id' : 'are not user ids'} of the identity store; nothing was changed`);
  }
  const outcomes = await runPool(userIds, { concurrency, stopOnFailure: true }, async (id) => (await store.describeUser(id)) !== undefined);
  const failure = outcomes.find((outcome) => outcome.kind === 'failed');
  if (failure !== undefined) {
    // Throttling or an outage while checking: nothing was written yet, so the plain error is the answer.
    throw isIdentityStoreCallError(failure.error) ? failure.error.toScimError() : ScimError.internal('Checking the new members failed', failure.error);
  }
  const unknown = userIds.filter((_, index) => {
    const outcome = outcomes[index];
    return outcome?.kind === 'done' && !outcome.value;
  });
  if (unknown.length > 0) {
    throw ScimError.invalidValue(`members: no user with id ${describeIds(unknown)} exists in the identity store; nothing was changed`);
  }
}
