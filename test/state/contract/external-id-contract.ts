/**
 * Contract: externalId mappings (per issuer and resource type, never stolen).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openFor, type GatewayStateHarness } from './harness.ts';

export function externalIdContract(harness: GatewayStateHarness): void {
  describe('externalId mappings', () => {
    it('finds a linked resource only under the same type, issuer and externalId', async (t) => {
      const state = await openFor(t, harness);
      assert.deepEqual(await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext-1', resourceId: 'u-1' }), { outcome: 'linked' });
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'ext-1'), 'u-1');
      assert.equal(await state.findResourceIdByExternalId('User', 'entra', 'ext-1'), undefined);
      assert.equal(await state.findResourceIdByExternalId('Group', 'okta', 'ext-1'), undefined);
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'EXT-1'), undefined, 'externalId is case-exact');
    });

    it('reports an identical relink as unchanged', async (t) => {
      const state = await openFor(t, harness);
      await state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: 'g-ext', resourceId: 'g-1' });
      assert.deepEqual(await state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: 'g-ext', resourceId: 'g-1' }), { outcome: 'unchanged' });
    });

    it('refuses an externalId held by another resource, naming the holder, and changes nothing', async (t) => {
      const state = await openFor(t, harness);
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext-1', resourceId: 'u-1' });
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext-2', resourceId: 'u-2' });
      assert.deepEqual(
        await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext-1', resourceId: 'u-2' }),
        { outcome: 'conflict', existingResourceId: 'u-1' },
      );
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'ext-1'), 'u-1');
      assert.deepEqual(await state.externalIdsFor('User', 'okta', ['u-2']), new Map([['u-2', 'ext-2']]), 'the loser keeps its own externalId');
    });

    it('lets other issuers and the other resource type use the same externalId', async (t) => {
      const state = await openFor(t, harness);
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'same', resourceId: 'u-1' });
      assert.deepEqual(await state.linkExternalId({ resourceType: 'User', issuer: 'entra', externalId: 'same', resourceId: 'u-2' }), { outcome: 'linked' });
      assert.deepEqual(await state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: 'same', resourceId: 'g-1' }), { outcome: 'linked' });
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'same'), 'u-1');
      assert.equal(await state.findResourceIdByExternalId('User', 'entra', 'same'), 'u-2');
      assert.equal(await state.findResourceIdByExternalId('Group', 'okta', 'same'), 'g-1');
    });

    it('replaces a resource\'s externalId for that issuer and frees the old one', async (t) => {
      const state = await openFor(t, harness);
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'old', resourceId: 'u-1' });
      await state.linkExternalId({ resourceType: 'User', issuer: 'entra', externalId: 'entra-id', resourceId: 'u-1' });
      assert.deepEqual(await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'new', resourceId: 'u-1' }), { outcome: 'linked' });
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'old'), undefined);
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'new'), 'u-1');
      assert.equal(await state.findResourceIdByExternalId('User', 'entra', 'entra-id'), 'u-1', 'other issuers are untouched');
      assert.deepEqual(await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'old', resourceId: 'u-2' }), { outcome: 'linked' });
    });

    it('reads externalIds for a page of resources in one batch, only the linked ones of that issuer', async (t) => {
      const state = await openFor(t, harness);
      const ids = Array.from({ length: 1200 }, (_, i) => `u-${i}`);
      for (const id of ids.filter((_, i) => i % 2 === 0)) await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: `x-${id}`, resourceId: id });
      await state.linkExternalId({ resourceType: 'User', issuer: 'entra', externalId: 'entra-1', resourceId: 'u-1' });
      await state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: 'group-3', resourceId: 'u-3' });
      const found = await state.externalIdsFor('User', 'okta', ids);
      assert.equal(found.size, 600);
      assert.equal(found.get('u-0'), 'x-u-0');
      assert.equal(found.get('u-1198'), 'x-u-1198');
      assert.equal(found.has('u-1'), false);
      assert.equal(found.has('u-3'), false);
      assert.deepEqual(await state.externalIdsFor('User', 'okta', []), new Map());
      assert.deepEqual(await state.externalIdsFor('User', 'okta', ['nobody']), new Map());
    });

    it('unlinks one issuer\'s externalId, freeing it for another resource', async (t) => {
      const state = await openFor(t, harness);
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext', resourceId: 'u-1' });
      await state.linkExternalId({ resourceType: 'User', issuer: 'entra', externalId: 'ext', resourceId: 'u-1' });
      assert.equal(await state.unlinkExternalId('User', 'okta', 'u-1'), true);
      assert.equal(await state.unlinkExternalId('User', 'okta', 'u-1'), false);
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'ext'), undefined);
      assert.equal(await state.findResourceIdByExternalId('User', 'entra', 'ext'), 'u-1');
      assert.deepEqual(await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext', resourceId: 'u-2' }), { outcome: 'linked' });
    });

    it('forgets a deleted resource for every issuer but not a resource of the other type with the same id', async (t) => {
      const state = await openFor(t, harness);
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'a', resourceId: 'id-1' });
      await state.linkExternalId({ resourceType: 'User', issuer: 'entra', externalId: 'b', resourceId: 'id-1' });
      await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'c', resourceId: 'id-2' });
      await state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: 'a', resourceId: 'id-1' });
      await state.forgetResource('User', 'id-1');
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'a'), undefined);
      assert.equal(await state.findResourceIdByExternalId('User', 'entra', 'b'), undefined);
      assert.equal(await state.findResourceIdByExternalId('User', 'okta', 'c'), 'id-2');
      assert.equal(await state.findResourceIdByExternalId('Group', 'okta', 'a'), 'id-1');
    });
  });
}
