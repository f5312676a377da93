/**
 * Turns store groups into SCIM Groups for one IdP (listing renders whole pages): `externalId` from
 * gateway state, batched per page, with the store's ExternalIds as a fallback; `members` read
 * (one ListGroupMemberships per 100 members of each group) only when asked, so a listing can
 * filter and page without them and read them for the page it answers.
 */
import type { StoreGroup } from '../identity-store/port.ts';
import type { ScimResource } from '../scim/resource.ts';
import type { ScimRequestContext } from './resource-service.ts';

export interface GroupRenderer {
  /** One resource per group, in order; `undefined` for a group deleted before its members were read. */
  renderGroups(groups: readonly StoreGroup[], context: ScimRequestContext, withMembers: boolean): Promise<(ScimResource | undefined)[]>;
  /** The same rendered groups with their members; a group deleted meanwhile is left out. */
  addMembers(resources: readonly ScimResource[], context: ScimRequestContext): Promise<ScimResource[]>;
}
