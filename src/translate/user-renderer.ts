/**
 * Turns store users into SCIM Users for one IdP: `externalId` from gateway state (scoped to the
 * IdP, with the store's own ExternalIds as a fallback for adopted users), `active` from the
 * deactivation mode, `meta.location` and `meta.version`. Listing renders whole pages at once, so
 * the state reads are batched (one query per page, not one per user).
 */
import type { StoreUser } from '../identity-store/port.ts';
import type { ScimResource } from '../scim/resource.ts';
import type { ScimRequestContext } from './resource-service.ts';

export interface UserRenderer {
  render(users: readonly StoreUser[], context: ScimRequestContext): Promise<ScimResource[]>;
}
