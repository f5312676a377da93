/**
 * `meta.version` of a Group (RFC 7644 section 3.14, RFC 7232 section 2.3): a weak entity tag
 * (../entity-tag.ts) over the group's own attributes the IdP can see, `id`, `displayName` and this
 * IdP's `externalId` (gateway state). Not the store's UpdatedAt: it moves only with displayName and
 * description, and SCIM shows no description, so it would add nothing a client can see, and
 * without it a write can answer with the version the next GET gives without reading the group
 * back (decision 0008).
 *
 * Members are not in it. A group's version must be the same whatever `attributes` were asked,
 * and `excludedAttributes=members` reads no membership at all (product brief); the store keeps
 * memberships as separate objects and does not move the group's UpdatedAt when they change, so
 * there is nothing cheap that could stand for them. docs/groups.md ("ETags") states the limit:
 * If-Match guards the group's attributes, and a 304 says nothing about its members.
 */
import type { StoreGroup } from '../../identity-store/port.ts';
import { weakEntityTag } from '../entity-tag.ts';

export function groupVersion(group: StoreGroup, externalId: string | undefined): string {
  return weakEntityTag({ id: group.id, displayName: group.displayName, ...(externalId === undefined ? {} : { externalId }) });
}
