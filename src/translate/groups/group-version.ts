/**
 * `meta.version` of a Group (RFC 7644 section 3.14, RFC 7232 section 2.3): a weak entity tag
 * (../entity-tag.ts) over the group's own attributes, `id`, `displayName` and this IdP's
 * `externalId` (gateway state), plus the store's UpdatedAt.
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
  return weakEntityTag({ id: group.id, displayName: group.displayName, ...(externalId === undefined ? {} : { externalId }) }, group.updatedAt);
}
