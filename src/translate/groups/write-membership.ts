/**
 * One membership write, idempotent by construction (research checklist item 7, as scimgateway
 * does): adding a user who is already a member and removing one who is not are successes
 * without a change, so re-sending a PATCH that failed half-way converges instead of failing on
 * the half that was done.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { IdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import { ScimError } from '../../scim/errors.ts';

export type MembershipWrite =
  | { readonly kind: 'add'; readonly userId: string }
  /** `membershipId` when known (a replace's listing, `knownMembers`); else GetGroupMembershipId finds it. */
  | { readonly kind: 'remove'; readonly userId: string; readonly membershipId?: string };

export type WriteOutcome =
  | { readonly kind: 'added'; readonly membershipId: string }
  | { readonly kind: 'removed' }
  /** Already a member (add) or not a member (remove): nothing to do. */
  | { readonly kind: 'unchanged' };

/**
 * CreateGroupMembership's ConflictException for an existing membership. CONCURRENT_MODIFICATION
 * is a ConflictException too, but it means "try again", not "already done".
 */
function isAlreadyMember(error: IdentityStoreCallError): boolean {
  return error.failure.exception === 'ConflictException' && error.failure.reason !== 'CONCURRENT_MODIFICATION';
}

/** DeleteGroupMembership on a membership that is gone (removed by someone else meanwhile). */
function isGone(error: IdentityStoreCallError): boolean {
  return error.failure.exception === 'ResourceNotFoundException' && error.failure.resourceType === 'GROUP_MEMBERSHIP';
}

export async function writeMembership(store: IdentityStore, groupId: string, write: MembershipWrite): Promise<WriteOutcome> {
  switch (write.kind) {
    case 'add':
      try {
        return { kind: 'added', membershipId: await store.createMembership(groupId, write.userId) };
      } catch (error) {
        if (isIdentityStoreCallError(error) && isAlreadyMember(error)) return { kind: 'unchanged' };
        // The user was checked (check-new-members.ts) but deleted since: still the IdP's bad id, a 400.
        if (isIdentityStoreCallError(error) && error.failure.exception === 'ResourceNotFoundException' && error.failure.resourceType === 'USER') {
          throw ScimError.invalidValue(`members: no user with id ${JSON.stringify(write.userId)} exists in the identity store`, error);
        }
        throw error;
      }
    case 'remove': {
      const membershipId = write.membershipId ?? await store.findMembershipId(groupId, write.userId);
      if (membershipId === undefined) return { kind: 'unchanged' };
      try {
        await store.deleteMembership(membershipId);
        return { kind: 'removed' };
      } catch (error) {
        if (isIdentityStoreCallError(error) && isGone(error)) return { kind: 'unchanged' };
        throw error;
      }
    }
    default: {
      const unreachable: never = write;
      return unreachable;
    }
  }
}
