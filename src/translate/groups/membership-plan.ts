/**
 * What a group PATCH (or PUT) means for the group's members, after every IdP dialect has been
 * folded (plan-membership-change.ts): either an incremental change or a full member list. The
 * Identity Store keeps memberships as separate objects (CreateGroupMembership /
 * DeleteGroupMembership), so this is the unit apply-membership-plan.ts turns into writes.
 */
import type { PatchOperation } from '../../scim/patch/patch-operation.ts';

export type MembershipPlan =
  /**
   * Add and remove these users; everyone else keeps their membership. A user is in at most one
   * of the two sets (a later operation on the same user overrides an earlier one).
   */
  | {
    readonly kind: 'delta';
    readonly add: ReadonlySet<string>;
    readonly remove: ReadonlySet<string>;
    /** The operations that are not about `members` (displayName, externalId), in request order. */
    readonly attributeOperations: readonly PatchOperation[];
  }
  /**
   * The group's members are exactly these users afterwards (Okta's full `replace members`,
   * `remove members` with no filter, then any later adds and removes): applied as a diff
   * against the current memberships.
   */
  | {
    readonly kind: 'replace';
    readonly members: ReadonlySet<string>;
    readonly attributeOperations: readonly PatchOperation[];
  };

export type MembershipPlanKind = MembershipPlan['kind'];

/** Whether applying the plan can change no membership at all (nothing to read, nothing to write). */
export function isMembershipNoop(plan: MembershipPlan): boolean {
  switch (plan.kind) {
    case 'delta':
      return plan.add.size === 0 && plan.remove.size === 0;
    case 'replace':
      return false;
    default: {
      const unreachable: never = plan;
      return unreachable;
    }
  }
}
