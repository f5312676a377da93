/**
 * Deactivation in `suspend-memberships` mode: the user's group memberships are what give it
 * access to AWS accounts and applications, so deactivating removes them and remembers the groups
 * in gateway state, to restore on reactivation (restore-user-memberships.ts).
 *
 * The groups are recorded BEFORE any membership is deleted: if a deletion fails half-way the
 * request fails, but no group is forgotten, and the IdP's retry lists and removes what is left
 * (suspendMemberships adds to what is already recorded). Recording an empty list still marks the
 * user as deactivated. Each removal is writeMembership's idempotent write: a membership someone
 * else removed meanwhile is success, as it is for group PATCHes.
 */
import type { IdentityStore, StoreMembership } from '../../identity-store/port.ts';
import type { GatewayState } from '../../state/port.ts';
import { writeMembership } from '../groups/write-membership.ts';

async function listAllMemberships(store: IdentityStore, userId: string): Promise<StoreMembership[]> {
  const out: StoreMembership[] = [];
  let nextToken: string | undefined;
  do {
    const page = await store.listMembershipsForUser(userId, { maxResults: 100, ...(nextToken === undefined ? {} : { nextToken }) });
    out.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return out;
}

export async function suspendUserMemberships(store: IdentityStore, state: GatewayState, userId: string): Promise<void> {
  const memberships = await listAllMemberships(store, userId);
  await state.suspendMemberships(userId, memberships.map((membership) => membership.groupId));
  for (const membership of memberships) {
    await writeMembership(store, membership.groupId, { kind: 'remove', userId, membershipId: membership.membershipId });
  }
}
