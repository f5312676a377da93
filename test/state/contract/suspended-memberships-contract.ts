/**
 * Contract: group memberships suspended by the `suspend-memberships` deactivation mode.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openFor, type GatewayStateHarness } from './harness.ts';

export function suspendedMembershipsContract(harness: GatewayStateHarness): void {
  describe('suspended memberships', () => {
    it('tells a user never suspended (undefined) from one suspended with no groups ([])', async (t) => {
      const state = await openFor(t, harness);
      assert.equal(await state.peekSuspendedMemberships('u-1'), undefined);
      assert.equal(await state.takeSuspendedMemberships('u-1'), undefined);
      await state.suspendMemberships('u-1', []);
      assert.deepEqual(await state.peekSuspendedMemberships('u-1'), []);
      assert.deepEqual(await state.takeSuspendedMemberships('u-1'), []);
      assert.equal(await state.peekSuspendedMemberships('u-1'), undefined);
    });

    it('answers for a whole page which users are suspended, an empty suspension included', async (t) => {
      const state = await openFor(t, harness);
      assert.deepEqual(await state.suspendedAmong([]), new Set());
      await state.suspendMemberships('u-1', ['g-1']);
      await state.suspendMemberships('u-2', []);
      await state.suspendMemberships('u-9', ['g-2']);
      assert.deepEqual(await state.suspendedAmong(['u-1', 'u-2', 'u-3', 'u-1']), new Set(['u-1', 'u-2']));
      await state.takeSuspendedMemberships('u-1');
      await state.forgetResource('User', 'u-2');
      assert.deepEqual(await state.suspendedAmong(['u-1', 'u-2', 'u-9']), new Set(['u-9']));
      // A page of ids as large as a store page, with quotes in one, stays one query's worth of work.
      const page = Array.from({ length: 100 }, (_, i) => `u-page-${i}`).concat(['u-"quoted\'']);
      await state.suspendMemberships('u-"quoted\'', []);
      assert.deepEqual(await state.suspendedAmong(page), new Set(['u-"quoted\'']));
    });

    it('takes exactly once: peek keeps the list, take returns and deletes it', async (t) => {
      const state = await openFor(t, harness);
      await state.suspendMemberships('u-1', ['g-1', 'g-2']);
      await state.suspendMemberships('u-2', ['g-1']);
      assert.deepEqual(await state.peekSuspendedMemberships('u-1'), ['g-1', 'g-2']);
      assert.deepEqual(await state.peekSuspendedMemberships('u-1'), ['g-1', 'g-2']);
      assert.deepEqual(await state.takeSuspendedMemberships('u-1'), ['g-1', 'g-2']);
      assert.equal(await state.takeSuspendedMemberships('u-1'), undefined);
      assert.deepEqual(await state.peekSuspendedMemberships('u-2'), ['g-1'], 'other users are untouched');
    });

    it('adds a second suspension to the first without duplicates, in first-suspended order', async (t) => {
      const state = await openFor(t, harness);
      await state.suspendMemberships('u-1', ['g-3', 'g-1']);
      await state.suspendMemberships('u-1', ['g-1', 'g-2', 'g-2']);
      assert.deepEqual(await state.peekSuspendedMemberships('u-1'), ['g-3', 'g-1', 'g-2']);
    });

    it('forgets a deleted user\'s suspension and a deleted group in every suspension', async (t) => {
      const state = await openFor(t, harness);
      await state.suspendMemberships('u-1', ['g-1', 'g-2', 'g-3']);
      await state.suspendMemberships('u-2', ['g-2']);
      await state.suspendMemberships('u-3', ['g-1']);
      await state.forgetResource('Group', 'g-2');
      assert.deepEqual(await state.peekSuspendedMemberships('u-1'), ['g-1', 'g-3']);
      assert.deepEqual(await state.peekSuspendedMemberships('u-2'), [], 'still suspended, nothing left to restore');
      await state.forgetResource('User', 'u-1');
      assert.equal(await state.peekSuspendedMemberships('u-1'), undefined);
      assert.deepEqual(await state.peekSuspendedMemberships('u-3'), ['g-1']);
    });
  });
}
