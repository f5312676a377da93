/**
 * Plans a Groups filter (RFC 7644 section 3.4.2.2) into the cheapest Identity Store access
 * (style.md practice 9; budgets in docs/groups.md):
 * - `id eq`                        -> 1 DescribeGroup (a malformed id cannot exist: `none`, no call);
 * - `displayName eq`               -> GetGroupId(displayName) + DescribeGroup;
 * - `externalId eq`                -> gateway state (scoped to the IdP) + DescribeGroup; no mapping:
 *                                     the `fallback` plan (the store's ExternalIds of adopted groups);
 * - `members[value eq "u"]`, `members.value eq "u"` with one of the keys above -> IsMemberInGroups(u, [g])
 *                                     before DescribeGroup (Entra's `id eq "g" and members[value eq "u"]`);
 * - `members[value eq "u"]` alone  -> ListGroupMembershipsForMember(u) + DescribeGroup per group;
 * - anything else                  -> ListGroups pages + an in-memory predicate.
 * A key counts when it is the whole filter or a top-level `and` operand (findEquality); what is
 * left is the `residual`, tested in memory on the rendered SCIM Group. Pure: no schema, no I/O.
 */
import type { AttributePath } from '../../scim/attribute-path.ts';
import type { Filter } from '../../scim/filter/ast.ts';
import { findEquality } from '../../scim/filter/find-equality.ts';
import { GROUP_SCHEMA_ID } from '../../scim/schema/group-schema.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';

/** Where a lookup continues when it cannot answer alone. */
export type GroupFallbackPlan =
  | { readonly kind: 'byMember'; readonly member: string; readonly residual: Filter | undefined }
  /** ListGroups pages; `predicate` is the whole filter (undefined: every group). */
  | { readonly kind: 'scan'; readonly predicate: Filter | undefined };

export type GroupQueryPlan =
  /** `member`: a user the group must contain, checked with IsMemberInGroups before reading the group. */
  | { readonly kind: 'byId'; readonly id: string; readonly member: string | undefined; readonly residual: Filter | undefined }
  | { readonly kind: 'byDisplayName'; readonly value: string; readonly member: string | undefined; readonly residual: Filter | undefined }
  | { readonly kind: 'byExternalId'; readonly value: string; readonly member: string | undefined; readonly residual: Filter | undefined; readonly fallback: GroupFallbackPlan }
  /** Nothing can match (an `id` or member that is not an Identity Store id): empty result, no call. */
  | { readonly kind: 'none' }
  | GroupFallbackPlan;

export type GroupQueryPlanKind = GroupQueryPlan['kind'];

const ID: AttributePath = { attribute: 'id' };
const DISPLAY_NAME: AttributePath = { attribute: 'displayName' };
const EXTERNAL_ID: AttributePath = { attribute: 'externalId' };
const MEMBER: AttributePath = { attribute: 'members', subAttribute: 'value' };

interface Keyed {
  readonly member: string | undefined;
  readonly residual: Filter | undefined;
}

/** Takes a member key out of what a lookup left; the caller has checked that any member key is well-formed. */
function withMember(residual: Filter | undefined): Keyed {
  const member = residual === undefined ? undefined : findEquality(residual, MEMBER, GROUP_SCHEMA_ID);
  return member === undefined ? { member: undefined, residual } : { member: member.value, residual: member.residual };
}

export function planGroupQuery(filter: Filter | undefined): GroupQueryPlan {
  if (filter === undefined) return { kind: 'scan', predicate: undefined };
  const member = findEquality(filter, MEMBER, GROUP_SCHEMA_ID);
  // Members are users: a value that is not an Identity Store id is in no group.
  if (member !== undefined && !isResourceId(member.value)) return { kind: 'none' };
  const byId = findEquality(filter, ID, GROUP_SCHEMA_ID);
  if (byId !== undefined) {
    return isResourceId(byId.value) ? { kind: 'byId', id: byId.value, ...withMember(byId.residual) } : { kind: 'none' };
  }
  const byDisplayName = findEquality(filter, DISPLAY_NAME, GROUP_SCHEMA_ID);
  if (byDisplayName !== undefined) return { kind: 'byDisplayName', value: byDisplayName.value, ...withMember(byDisplayName.residual) };
  const fallback: GroupFallbackPlan = member === undefined
    ? { kind: 'scan', predicate: filter }
    : { kind: 'byMember', member: member.value, residual: member.residual };
  const byExternalId = findEquality(filter, EXTERNAL_ID, GROUP_SCHEMA_ID);
  if (byExternalId !== undefined) return { kind: 'byExternalId', value: byExternalId.value, ...withMember(byExternalId.residual), fallback };
  return fallback;
}
