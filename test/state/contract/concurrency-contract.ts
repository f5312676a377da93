/**
 * Contract: two gateway instances on one store, writing at once, never corrupt or lose a mapping.
 * For SQLite the two instances are separate connections (serialised by the file lock); for
 * Postgres they are separate pools, so the statements really interleave on the server.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GatewayState } from '../../../src/state/port.ts';
import { openTwoFor, type GatewayStateHarness } from './harness.ts';

const RACERS = 40;

/** Alternates calls between the two instances and starts them all before awaiting any. */
function race<T>(pair: readonly [GatewayState, GatewayState], count: number, call: (state: GatewayState, i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => call(i % 2 === 0 ? pair[0] : pair[1], i)));
}

export function concurrencyContract(harness: GatewayStateHarness): void {
  describe('concurrent writers on one store', () => {
    it('lets exactly one of many racing resources take an externalId; the others learn who has it', async (t) => {
      const pair = await openTwoFor(t, harness);
      const results = await race(pair, RACERS, (state, i) =>
        state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'contested', resourceId: `u-${i}` }));
      const winners = results.flatMap((result, i) => (result.outcome === 'linked' ? [`u-${i}`] : []));
      assert.equal(winners.length, 1, JSON.stringify(results));
      const [winner] = winners;
      for (const result of results) if (result.outcome !== 'linked') assert.deepEqual(result, { outcome: 'conflict', existingResourceId: winner });
      assert.equal(await pair[0].findResourceIdByExternalId('User', 'okta', 'contested'), winner);
      assert.equal(await pair[1].findResourceIdByExternalId('User', 'okta', 'contested'), winner);
    });

    it('lands every one of many concurrent links of different externalIds', async (t) => {
      const pair = await openTwoFor(t, harness);
      const results = await race(pair, 100, (state, i) =>
        state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: `ext-${i}`, resourceId: `g-${i}` }));
      assert.ok(results.every((result) => result.outcome === 'linked'), JSON.stringify(results));
      const found = await pair[1].externalIdsFor('Group', 'okta', Array.from({ length: 100 }, (_, i) => `g-${i}`));
      assert.equal(found.size, 100);
      for (let i = 0; i < 100; i += 1) assert.equal(found.get(`g-${i}`), `ext-${i}`);
    });

    it('merges concurrent suspensions of one user without losing a group', async (t) => {
      const pair = await openTwoFor(t, harness);
      await race(pair, 20, (state, i) => state.suspendMemberships('u-1', [`g-${i}`]));
      const suspended = await pair[0].peekSuspendedMemberships('u-1');
      assert.deepEqual([...(suspended ?? [])].sort(), Array.from({ length: 20 }, (_, i) => `g-${i}`).sort());
    });

    it('hands suspended memberships to exactly one of many concurrent takers', async (t) => {
      const pair = await openTwoFor(t, harness);
      await pair[0].suspendMemberships('u-1', ['g-1', 'g-2']);
      const taken = await race(pair, 10, (state) => state.takeSuspendedMemberships('u-1'));
      assert.deepEqual(taken.filter((groups) => groups !== undefined), [['g-1', 'g-2']]);
    });
  });
}
