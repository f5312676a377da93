/**
 * applyMembershipPlan and readMembers against the emulator through the real SDK and adapter:
 * call budgets from the call log (product brief), idempotent adds and removes, validation before
 * any write, a 1,000-member replace, partial failure with injected faults and convergence on
 * re-send, and the concurrency bound measured around the port.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { IdentityStore } from '../../../src/identity-store/port.ts';
import { ScimError } from '../../../src/scim/errors.ts';
import { parsePatchRequest } from '../../../src/scim/patch/parse-patch-request.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../../src/scim/schema/resource-schemas.ts';
import { applyMembershipPlan } from '../../../src/translate/groups/apply-membership-plan.ts';
import type { MembershipPlan } from '../../../src/translate/groups/membership-plan.ts';
import { planMembershipChange } from '../../../src/translate/groups/plan-membership-change.ts';
import { readMembers } from '../../../src/translate/groups/read-members.ts';
import { callCounts, membersOf, seedGroup, startHarness, type Harness } from './membership-harness.ts';

const delta = (add: readonly string[], remove: readonly string[] = []): MembershipPlan =>
  ({ kind: 'delta', add: new Set(add), remove: new Set(remove), attributeOperations: [] });
const replace = (members: readonly string[]): MembershipPlan => ({ kind: 'replace', members: new Set(members), attributeOperations: [] });
const planOf = (...operations: unknown[]): MembershipPlan =>
  planMembershipChange(parsePatchRequest({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations }, GROUP_RESOURCE_SCHEMA));

async function expectScimRejection(run: Promise<unknown>, expected: { status: number; scimType?: string; detail: readonly string[] }): Promise<ScimError> {
  let caught: unknown;
  await run.catch((error: unknown) => { caught = error; });
  assert.ok(caught instanceof ScimError, `expected a ScimError, got ${String(caught)}`);
  assert.equal(caught.status, expected.status);
  assert.equal(caught.scimType, expected.scimType);
  for (const fragment of expected.detail) assert.ok(caught.detail.includes(fragment), `detail "${caught.detail}" lacks "${fragment}"`);
  return caught;
}

/** Counts calls of one port method in flight: instrumentation around the port, not a mock. */
function instrument(store: IdentityStore, method: 'createMembership' | 'deleteMembership'): { readonly store: IdentityStore; readonly maxInFlight: () => number } {
  let inFlight = 0;
  let max = 0;
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== method) return (value as (...args: unknown[]) => unknown).bind(target);
      return async (...args: unknown[]) => {
        inFlight += 1;
        max = Math.max(max, inFlight);
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          inFlight -= 1;
        }
      };
    },
  });
  return { store: wrapped, maxInFlight: () => max };
}

describe('applyMembershipPlan over the emulator', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('adds k members with exactly k CreateGroupMembership (each new member checked once)', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 8, 2);
    const result = await applyMembershipPlan(h.store, groupId, planOf({ op: 'add', path: 'members', value: userIds.slice(2, 7).map((value) => ({ value })) }));
    assert.deepEqual(callCounts(h.emulator), { DescribeUser: 5, CreateGroupMembership: 5 });
    assert.deepEqual(new Set(result.added), new Set(userIds.slice(2, 7)));
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(userIds.slice(0, 7)));
  });

  it('treats adding an existing member as success', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 4, 2);
    const result = await applyMembershipPlan(h.store, groupId, delta(userIds.slice(0, 3)));
    assert.deepEqual(new Set(result.unchanged), new Set(userIds.slice(0, 2)));
    assert.deepEqual(result.added, [userIds[2]]);
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(userIds.slice(0, 3)));
    assert.equal(h.emulator.calls.list().filter((call) => call.outcome.kind === 'error').length, 2, 'two ConflictExceptions, absorbed');
  });

  it('with knownMembers, an existing member costs no call at all', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 4, 2);
    const knownMembers = await readMembers(h.store, groupId);
    h.emulator.calls.clear();
    const result = await applyMembershipPlan(h.store, groupId, delta(userIds.slice(0, 2)), { knownMembers });
    assert.equal(h.emulator.calls.count(), 0);
    assert.deepEqual(result.members, knownMembers);
  });

  it('removes k members with unknown membership ids by k GetGroupMembershipId + k DeleteGroupMembership', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 6, 6);
    const result = await applyMembershipPlan(h.store, groupId, planOf({ op: 'Remove', path: 'members', value: userIds.slice(0, 4).map((value) => ({ value })) }));
    assert.deepEqual(callCounts(h.emulator), { GetGroupMembershipId: 4, DeleteGroupMembership: 4 });
    assert.equal(result.removed.length, 4);
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(userIds.slice(4)));
  });

  it('removes by known membership ids without lookups', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 4, 4);
    const knownMembers = await readMembers(h.store, groupId);
    h.emulator.calls.clear();
    await applyMembershipPlan(h.store, groupId, delta([], userIds.slice(0, 2)), { knownMembers });
    assert.deepEqual(callCounts(h.emulator), { DeleteGroupMembership: 2 });
  });

  it('treats removing an absent member as success (a malformed id costs no call)', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 3, 1);
    const result = await applyMembershipPlan(h.store, groupId, delta([], [userIds[2] ?? '', 'not-a-member']));
    assert.deepEqual(callCounts(h.emulator), { GetGroupMembershipId: 1 });
    assert.deepEqual(new Set(result.unchanged), new Set([userIds[2], 'not-a-member']));
    assert.deepEqual(membersOf(h.emulator, groupId), new Set([userIds[0]]));
  });

  it('replaces by writing only the difference', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 8, 5);
    const intent = userIds.slice(3, 8);
    const result = await applyMembershipPlan(h.store, groupId, planOf({ op: 'replace', path: 'members', value: intent.map((value) => ({ value })) }));
    assert.deepEqual(callCounts(h.emulator), { ListGroupMemberships: 1, DescribeUser: 3, CreateGroupMembership: 3, DeleteGroupMembership: 3 });
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(intent));
    assert.deepEqual(new Set(result.members?.keys()), new Set(intent));
  });

  it('refuses a malformed member id before any call, naming it', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 3, 0);
    await expectScimRejection(applyMembershipPlan(h.store, groupId, delta([userIds[0] ?? '', 'bad id'])),
      { status: 400, scimType: 'invalidValue', detail: ['"bad id"', 'nothing was changed'] });
    assert.equal(h.emulator.calls.count(), 0);
  });

  it('refuses an unknown user before any write, naming it', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 3, 1);
    const ghost = randomUUID();
    await expectScimRejection(applyMembershipPlan(h.store, groupId, replace([userIds[1] ?? '', ghost])),
      { status: 400, scimType: 'invalidValue', detail: [`"${ghost}"`, 'nothing was changed'] });
    assert.deepEqual(callCounts(h.emulator), { ListGroupMemberships: 1, DescribeUser: 2 });
    assert.deepEqual(membersOf(h.emulator, groupId), new Set([userIds[0]]));
  });

  it('reads 250 members in 3 pages of 100', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 250, 250);
    const members = await readMembers(h.store, groupId);
    assert.deepEqual(new Set(members.keys()), new Set(userIds));
    assert.equal(h.emulator.calls.count('ListGroupMemberships'), 3);
    assert.ok(h.emulator.calls.list().every((call) => (call.input as { MaxResults?: number }).MaxResults === 100));
  });

  it('replaces 1,000 members within budget: 10 ListGroupMemberships, writes only for the difference', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 1010, 1000);
    const intent = userIds.slice(10, 1010);
    await applyMembershipPlan(h.store, groupId, replace(intent));
    assert.deepEqual(callCounts(h.emulator), { ListGroupMemberships: 10, DescribeUser: 10, CreateGroupMembership: 10, DeleteGroupMembership: 10 });
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(intent));
  });
});

describe('applyMembershipPlan: partial failure and convergence', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('reports what was and was not changed, and converges when re-sent', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 8, 4);
    const intent = userIds.slice(2, 8);
    const plan = replace(intent);
    // Every CreateGroupMembership fails (after the SDK's own retries); the removes go through.
    h.emulator.faults.add({ action: { kind: 'internal-error', retryAfterSeconds: 2 }, operation: 'CreateGroupMembership' });
    const error = await expectScimRejection(applyMembershipPlan(h.store, groupId, plan),
      { status: 503, detail: ['incomplete', 'added 0', 'removed 2', 'failed 4', 'not attempted 0', 'Send the same request again'] });
    assert.equal(error.retryAfterSeconds, 2);
    for (const id of userIds.slice(4, 8)) assert.ok(error.detail.includes(id), `names the member ${id} that was not added`);
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(userIds.slice(2, 4)));

    h.emulator.faults.clear();
    h.emulator.calls.clear();
    await applyMembershipPlan(h.store, groupId, plan);
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(intent));
    assert.deepEqual(callCounts(h.emulator), { ListGroupMemberships: 1, DescribeUser: 4, CreateGroupMembership: 4 });
  });

  it('stops starting writes after a failure; the rest are named as not attempted; re-sending converges', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 6, 0);
    const plan = delta(userIds.slice(0, 4));
    // Three throttles exhaust the SDK's three attempts for the first add only.
    h.emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 1 }, operation: 'CreateGroupMembership', times: 3 });
    await expectScimRejection(applyMembershipPlan(h.store, groupId, plan, { concurrency: 1 }),
      { status: 429, detail: ['added 0', `failed 1 ("${userIds[0]}")`, 'not attempted 3'] });
    assert.equal(membersOf(h.emulator, groupId).size, 0);
    await applyMembershipPlan(h.store, groupId, plan, { concurrency: 1 });
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(userIds.slice(0, 4)));
  });

  it('a re-sent delta whose adds and removes were partly done converges without errors', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 6, 3);
    const plan = delta(userIds.slice(3, 6), userIds.slice(0, 3));
    h.emulator.faults.add({ action: { kind: 'internal-error' }, operation: 'DeleteGroupMembership' });
    await expectScimRejection(applyMembershipPlan(h.store, groupId, plan), { status: 503, detail: ['added 3', 'failed 3'] });
    h.emulator.faults.clear();
    const result = await applyMembershipPlan(h.store, groupId, plan);
    assert.deepEqual(new Set(result.unchanged), new Set(userIds.slice(3, 6)), 'the adds done the first time are successes now');
    assert.deepEqual(membersOf(h.emulator, groupId), new Set(userIds.slice(3, 6)));
  });
});

describe('applyMembershipPlan: bounded concurrency', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  for (const concurrency of [1, 3, 8]) {
    it(`keeps at most ${concurrency} writes in flight`, async () => {
      const { groupId, userIds } = seedGroup(h.emulator, 20, 0);
      h.emulator.faults.add({ action: { kind: 'latency', ms: 20 }, operation: 'CreateGroupMembership' });
      const probe = instrument(h.store, 'createMembership');
      await applyMembershipPlan(probe.store, groupId, delta(userIds), { concurrency });
      h.emulator.faults.clear();
      assert.equal(probe.maxInFlight(), concurrency);
      assert.equal(membersOf(h.emulator, groupId).size, 20);
    });
  }

  it('uses 8 by default', async () => {
    const { groupId, userIds } = seedGroup(h.emulator, 20, 0);
    h.emulator.faults.add({ action: { kind: 'latency', ms: 20 }, operation: 'CreateGroupMembership' });
    const probe = instrument(h.store, 'createMembership');
    await applyMembershipPlan(probe.store, groupId, delta(userIds));
    h.emulator.faults.clear();
    assert.equal(probe.maxInFlight(), 8);
  });
});
