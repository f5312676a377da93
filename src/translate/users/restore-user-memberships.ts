/**
 * Reactivation in `suspend-memberships` mode: puts back the memberships suspend-user-memberships.ts
 * removed. A membership that already exists again (an admin re-added it) is success; a group
 * deleted meanwhile is skipped (there is nothing to restore into). On any other failure the groups
 * not yet restored go back into gateway state before the error surfaces, so a retry finishes the
 * job and the user keeps reading as inactive until it does.
 *
 * Each write is writeMembership's, the same idempotent write group PATCHes use, so "already a
 * member" is decided in one place.
 */
import type { IdentityStore } from '../../identity-store/port.ts';
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { GatewayState } from '../../state/port.ts';
import { writeMembership } from '../groups/write-membership.ts';

function isGroupGone(error: unknown): boolean {
  return isIdentityStoreCallError(error) && error.failure.exception === 'ResourceNotFoundException' && error.failure.resourceType === 'GROUP';
}

export async function restoreUserMemberships(store: IdentityStore, state: GatewayState, userId: string): Promise<void> {
  const groupIds = (await state.takeSuspendedMemberships(userId)) ?? [];
  for (const [index, groupId] of groupIds.entries()) {
    try {
      await writeMembership(store, groupId, { kind: 'add', userId });
    } catch (error) {
      if (isGroupGone(error)) continue;
      await state.suspendMemberships(userId, groupIds.slice(index));
      throw error;
    }
  }
}
