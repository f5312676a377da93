/**
 * SCIM Group (RFC 7643 section 4.2) <-> Identity Store group and memberships, both directions.
 * docs/groups.md ("Mapping") is this file in prose; test/docs/group-mapping.test.ts keeps its
 * table equal to GROUP_ATTRIBUTE_MAP.
 *
 * The store keeps a group's members as separate membership objects, so `members` is read with
 * ListGroupMemberships (only when a response shows them) and written as membership changes
 * (apply-membership-plan.ts). ListGroupMemberships gives user ids only, so a member carries
 * `value`, `$ref` and `type` but no `display`: a DescribeUser per member would break the read
 * budget. The store's `Description` has no SCIM attribute and is never touched.
 */
import type { JsonValue, ScimResource } from '../../scim/resource.ts';
import { GROUP_SCHEMA_ID } from '../../scim/schema/group-schema.ts';
import type { NewStoreGroup, StoreGroup } from '../../identity-store/port.ts';
import { resourceLocation } from '../resource-location.ts';

/** SCIM attribute -> where the gateway keeps it. One row per attribute of a Group. */
export const GROUP_ATTRIBUTE_MAP = [
  { scim: 'id', store: 'GroupId', note: 'assigned by the store' },
  { scim: 'displayName', store: 'DisplayName', note: 'required; unique (case-insensitive); at most 1024 characters; `<>;:%` and the names `Administrator`, `AWSAdministrators` are refused' },
  { scim: 'externalId', store: 'gateway state', note: "per IdP (token subject); the store's `ExternalIds` are read as a fallback for adopted groups" },
  { scim: 'members.value', store: 'membership `MemberId.UserId`', note: 'one membership object per member; users only (no nested groups)' },
  { scim: 'members.$ref', store: '(derived)', note: '`<base>/Users/<value>`' },
  { scim: 'members.type', store: '(derived)', note: 'always `User`' },
  { scim: 'members.display', store: '(not returned)', note: 'would cost a DescribeUser per member; ignored on input' },
  { scim: 'meta.created', store: 'CreatedAt', note: 'in a POST\'s answer, the gateway\'s clock (no read-back, decision 0008)' },
  { scim: 'meta.lastModified', store: 'UpdatedAt', note: 'membership changes do not move it; in the answer to a rename, the gateway\'s clock' },
  { scim: 'meta.version', store: '(derived)', note: 'hash of id, displayName and externalId; not of members' },
] as const;

export interface GroupResponseContext {
  readonly externalId: string | undefined;
  /** Member user ids, in the store's order; undefined when the response does not show members. */
  readonly members: Iterable<string> | undefined;
  readonly baseUrl: string;
  readonly version: string;
}

export function groupLocation(baseUrl: string, id: string): string {
  return resourceLocation(baseUrl, 'Groups', id);
}

/** Member user ids -> SCIM `members` values. */
export function membersToScim(userIds: Iterable<string>, baseUrl: string): JsonValue[] {
  return [...userIds].map((value) => ({ value, $ref: resourceLocation(baseUrl, 'Users', value), type: 'User' }));
}

/** A validated SCIM Group -> what CreateGroup takes (and what a diff compares). */
export function scimGroupToStore(resource: ScimResource): NewStoreGroup {
  const displayName = resource.displayName;
  return { displayName: typeof displayName === 'string' ? displayName : '' };
}

/** A store group -> the SCIM Group representation (before projection). */
export function storeGroupToScim(group: StoreGroup, context: GroupResponseContext): ScimResource {
  const resource: Record<string, JsonValue> = { schemas: [GROUP_SCHEMA_ID], id: group.id };
  if (context.externalId !== undefined) resource.externalId = context.externalId;
  resource.displayName = group.displayName;
  if (context.members !== undefined) resource.members = membersToScim(context.members, context.baseUrl);
  resource.meta = {
    resourceType: 'Group',
    ...(group.createdAt === undefined ? {} : { created: group.createdAt.toISOString() }),
    ...(group.updatedAt === undefined ? {} : { lastModified: group.updatedAt.toISOString() }),
    location: groupLocation(context.baseUrl, group.id),
    version: context.version,
  };
  return resource;
}
