/**
 * Turns a MembershipPlan into Identity Store membership writes within the call budgets
 * (product brief): a delta of k members costs k writes, plus GetGroupMembershipId for each
 * remove whose membership id is unknown; a replace reads the members once (one
 * ListGroupMemberships per 100) and writes only the difference. New members are checked before
 * any write (check-new-members.ts); writes run with bounded concurrency (run-pool.ts) and are
 * idempotent (write-membership.ts), so a failure part-way is an error naming what was and was
 * not changed (partial-membership-failure.ts), and re-sending the request converges.
 */
import type { IdentityStore } from '../../identity-store/port.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';
import { checkNewMembers } from './check-new-members.ts';
import type { MembershipPlan } from './membership-plan.ts';
import type { MembershipProgress } from './partial-membership-failure.ts';
import { partialMembershipFailure } from './partial-membership-failure.ts';
import { readMembers } from './read-members.ts';
import { runPool } from './run-pool.ts';
import type { MembershipWrite } from './write-membership.ts';
import { writeMembership } from './write-membership.ts';

/** Calls in flight per request: fast for thousands of members, gentle on the store's throttling. */
export const DEFAULT_MEMBERSHIP_CONCURRENCY = 8;

export interface ApplyMembershipOptions {
  readonly concurrency?: number;
  /**
   * The group's complete memberships (user id -> membership id) as readMembers returned them,
   * when the caller has already read them. Adds of listed users and removes of unlisted ones
   * then cost nothing, removes need no lookup, and a replace reads nothing. If it is stale the
   * writes still converge: a duplicate add or a delete of a gone membership is success.
   */
  readonly knownMembers?: ReadonlyMap<string, string>;
}

export interface MembershipResult {
  /** Users whose membership was created, and users whose membership was deleted. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Users the plan named whose membership was already as asked (an existing add, an absent remove). */
  readonly unchanged: readonly string[];
  /** The memberships afterwards, when known without another read (a replace, or `knownMembers`). */
  readonly members: ReadonlyMap<string, string> | undefined;
}

/**
 * A plan turned into writes and checked, with nothing written yet: callers that write something
 * else in the same request (UpdateGroup, CreateGroup) prepare first, so a bad member id is refused
 * before any write at all, then execute.
 */
export interface PreparedMembershipChange {
  readonly writes: readonly MembershipWrite[];
  readonly unchanged: readonly string[];
  readonly current: ReadonlyMap<string, string> | undefined;
}

/** What executing a prepared change did: all of it, or a part (then the caller reports or undoes). */
export type MembershipExecution =
  | { readonly kind: 'done'; readonly result: MembershipResult }
  | { readonly kind: 'partial'; readonly firstError: unknown; readonly progress: MembershipProgress };

async function planWrites(store: IdentityStore, groupId: string, plan: MembershipPlan, known: ReadonlyMap<string, string> | undefined): Promise<PreparedMembershipChange> {
  const writes: MembershipWrite[] = [];
  const unchanged: string[] = [];
  switch (plan.kind) {
    case 'delta':
      for (const userId of plan.add) {
        if (known?.has(userId) === true) unchanged.push(userId);
        else writes.push({ kind: 'add', userId });
      }
      for (const userId of plan.remove) {
        const membershipId = known?.get(userId);
        // A malformed id cannot be a member (Entra and JumpCloud remove by value whatever the
        // IdP holds): success without a call. With a complete `known`, neither can an unlisted user.
        if (!isResourceId(userId) || (known !== undefined && membershipId === undefined)) unchanged.push(userId);
        else writes.push(membershipId === undefined ? { kind: 'remove', userId } : { kind: 'remove', userId, membershipId });
      }
      return { writes, unchanged, current: known };
    case 'replace': {
      const current = known ?? await readMembers(store, groupId);
      for (const userId of plan.members) {
        if (current.has(userId)) unchanged.push(userId);
        else writes.push({ kind: 'add', userId });
      }
      for (const [userId, membershipId] of current) {
        if (!plan.members.has(userId)) writes.push({ kind: 'remove', userId, membershipId });
      }
      return { writes, unchanged, current };
    }
    default: {
      const unreachable: never = plan;
      return unreachable;
    }
  }
}

/** Reads what the plan needs (a replace reads the members once) and checks every new member; writes nothing. */
export async function prepareMembershipChange(
  store: IdentityStore, groupId: string, plan: MembershipPlan, options: ApplyMembershipOptions = {},
): Promise<PreparedMembershipChange> {
  const concurrency = options.concurrency ?? DEFAULT_MEMBERSHIP_CONCURRENCY;
  const prepared = await planWrites(store, groupId, plan, options.knownMembers);
  await checkNewMembers(store, prepared.writes.filter((write) => write.kind === 'add').map((write) => write.userId), concurrency);
  return prepared;
}

/** Runs the writes of a prepared change through the pool; a failure part-way is reported, not thrown. */
export async function executeMembershipChange(
  store: IdentityStore, groupId: string, prepared: PreparedMembershipChange, options: Pick<ApplyMembershipOptions, 'concurrency'> = {},
): Promise<MembershipExecution> {
  const concurrency = options.concurrency ?? DEFAULT_MEMBERSHIP_CONCURRENCY;
  const outcomes = await runPool(prepared.writes, { concurrency, stopOnFailure: true }, (write) => writeMembership(store, groupId, write));
  const added: string[] = [];
  const removed: string[] = [];
  const unchanged = [...prepared.unchanged];
  const failed: string[] = [];
  const notAttempted: string[] = [];
  const members = prepared.current === undefined ? undefined : new Map(prepared.current);
  let firstError: unknown;
  let membersKnown = members !== undefined;
  outcomes.forEach((outcome, index) => {
    const write = prepared.writes[index] as MembershipWrite;
    switch (outcome.kind) {
      case 'done':
        switch (outcome.value.kind) {
          case 'added':
            added.push(write.userId);
            members?.set(write.userId, outcome.value.membershipId);
            break;
          case 'removed':
            removed.push(write.userId);
            members?.delete(write.userId);
            break;
          case 'unchanged':
            unchanged.push(write.userId);
            // An add that found a membership nobody listed: its id is unknown, so is the final map.
            if (write.kind === 'add') membersKnown = false;
            else members?.delete(write.userId);
            break;
          default: {
            const unreachable: never = outcome.value;
            return unreachable;
          }
        }
        break;
      case 'failed':
        failed.push(write.userId);
        firstError ??= outcome.error;
        break;
      case 'skipped':
        notAttempted.push(write.userId);
        break;
      default: {
        const unreachable: never = outcome;
        return unreachable;
      }
    }
  });
  if (failed.length > 0) return { kind: 'partial', firstError, progress: { added, removed, failed, notAttempted } };
  return { kind: 'done', result: { added, removed, unchanged, members: membersKnown ? members : undefined } };
}

export async function applyMembershipPlan(
  store: IdentityStore, groupId: string, plan: MembershipPlan, options: ApplyMembershipOptions = {},
): Promise<MembershipResult> {
  const prepared = await prepareMembershipChange(store, groupId, plan, options);
  const execution = await executeMembershipChange(store, groupId, prepared, options);
  if (execution.kind === 'partial') throw partialMembershipFailure(execution.firstError, execution.progress);
  return execution.result;
}
