/**
 * Reads a group's memberships, user id -> membership id, with ListGroupMemberships at the API's
 * largest page (MaxResults 100): the GET /Groups/{id} budget is one call per 100 members, and a
 * replace needs the membership ids to delete without a GetGroupMembershipId each.
 */
import type { IdentityStore } from '../../identity-store/port.ts';

/** The Identity Store's MaxResults ceiling for ListGroupMemberships. */
export const MEMBERSHIP_PAGE_SIZE = 100;

export async function readMembers(store: IdentityStore, groupId: string): Promise<Map<string, string>> {
  const members = new Map<string, string>();
  let nextToken: string | undefined;
  do {
    const page = await store.listMemberships(groupId, { maxResults: MEMBERSHIP_PAGE_SIZE, ...(nextToken === undefined ? {} : { nextToken }) });
    for (const membership of page.items) members.set(membership.userId, membership.membershipId);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return members;
}
