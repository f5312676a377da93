/**
 * Reads one group and its gateway-state facts: exactly one DescribeGroup plus a state read, and
 * its members (one ListGroupMemberships per 100) only when asked. A malformed id is a 404 with no
 * call (the store would answer ValidationException, which an IdP reads as its own fault).
 */
import type { StoreGroup } from '../../identity-store/port.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';
import type { GatewayState } from '../../state/port.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import { groupNotFound } from './group-not-found.ts';
import type { GroupFacts } from './read-group-facts.ts';
import { readGroupFacts } from './read-group-facts.ts';
import { readGroupMembers } from './read-group-members.ts';

export interface LoadedGroup {
  readonly group: StoreGroup;
  readonly facts: GroupFacts;
}

export async function loadGroup(deps: { readonly store: IdentityStore; readonly state: GatewayState }, id: string, issuer: string): Promise<LoadedGroup> {
  if (!isResourceId(id)) throw groupNotFound(id);
  const group = await deps.store.describeGroup(id);
  if (group === undefined) throw groupNotFound(id);
  const facts = (await readGroupFacts(deps.state, [group], issuer)).get(id);
  if (facts === undefined) throw new Error(`no state facts read for group ${id}`);
  return { group, facts };
}

/** The members of a group just loaded; a group deleted meanwhile is a 404. */
export async function loadMembers(store: IdentityStore, id: string): Promise<Map<string, string>> {
  const members = await readGroupMembers(store, id);
  if (members === undefined) throw groupNotFound(id);
  return members;
}
