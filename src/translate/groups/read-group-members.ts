/**
 * A group's members for a response: readMembers (one ListGroupMemberships per 100 members), or
 * `undefined` when the group is gone (deleted between the DescribeGroup or ListGroups that found
 * it and this read), so the caller answers 404 or leaves the group out of a page.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import { readMembers } from './read-members.ts';

export async function readGroupMembers(store: IdentityStore, groupId: string): Promise<Map<string, string> | undefined> {
  try {
    return await readMembers(store, groupId);
  } catch (error) {
    if (isIdentityStoreCallError(error) && error.failure.exception === 'ResourceNotFoundException' && error.failure.resourceType === 'GROUP') return undefined;
    throw error;
  }
}
