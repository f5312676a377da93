/**
 * Lookups and bookkeeping shared by the operation handlers: existence checks that fail with the
 * ResourceNotFoundException shape the model defines (ResourceType + ResourceId), the audit stamp
 * on writes, and MaxResults defaulting.
 */
import type { Audit, GroupRecord, MembershipRecord, UserRecord } from '../state/records.ts';
import type { StoreState } from '../state/store-state.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { DEFAULT_MAX_RESULTS } from './operation-context.ts';
import type { OperationContext } from './operation-context.ts';

export function requireUser(store: StoreState, userId: string): UserRecord {
  const user = store.users.get(userId);
  if (user === undefined) throw IdentityStoreError.notFound('USER', userId);
  return user;
}

export function requireGroup(store: StoreState, groupId: string): GroupRecord {
  const group = store.groups.get(groupId);
  if (group === undefined) throw IdentityStoreError.notFound('GROUP', groupId);
  return group;
}

export function requireMembership(store: StoreState, membershipId: string): MembershipRecord {
  const membership = store.memberships.get(membershipId);
  if (membership === undefined) throw IdentityStoreError.notFound('GROUP_MEMBERSHIP', membershipId);
  return membership;
}

/** The audit members of a new record. */
export function created(ctx: OperationContext): Audit {
  return { CreatedAt: ctx.now, CreatedBy: ctx.actor, UpdatedAt: ctx.now, UpdatedBy: ctx.actor };
}

export function touch(record: Audit, ctx: OperationContext): void {
  record.UpdatedAt = ctx.now;
  record.UpdatedBy = ctx.actor;
}

export function maxResultsOf(input: { readonly MaxResults?: number }): number {
  return input.MaxResults ?? DEFAULT_MAX_RESULTS;
}

/** Photos allow up to 3 entries but "only one photo can be designated as primary per user" (seed 004). */
export function checkSinglePrimary(list: unknown, path: string): void {
  if (!Array.isArray(list)) return;
  const primaries = list.filter((item: unknown) => typeof item === 'object' && item !== null && (item as { Primary?: unknown }).Primary === true);
  if (primaries.length > 1) throw IdentityStoreError.validation(`Value at '${path}' designates more than one primary entry.`);
}
