/**
 * The two membership reads behind member filters (docs/groups.md "Filters"): IsMemberInGroups
 * for "is u in g" (Entra's `id eq "g" and members[value eq "u"]`, one call) and
 * ListGroupMembershipsForMember for "which groups hold u". A user the store does not know is in
 * no group: the emulator (and AWS, per the model) answers ResourceNotFound USER, moto an empty list;
 * both mean an empty result, never a 404 for a filter.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { IdentityStore, Page, PageRequest, StoreMembership } from '../../identity-store/port.ts';

function isUnknownUser(error: unknown): boolean {
  return isIdentityStoreCallError(error) && error.failure.exception === 'ResourceNotFoundException' && error.failure.resourceType === 'USER';
}

export async function isGroupMember(store: IdentityStore, userId: string, groupId: string): Promise<boolean> {
  try {
    return (await store.isMemberInGroups(userId, [groupId])).get(groupId) === true;
  } catch (error) {
    if (isUnknownUser(error)) return false;
    throw error;
  }
}

export async function membershipsOfUser(store: IdentityStore, userId: string, page: PageRequest): Promise<Page<StoreMembership>> {
  try {
    return await store.listMembershipsForUser(userId, page);
  } catch (error) {
    if (isUnknownUser(error)) return { items: [] };
    throw error;
  }
}
