import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createUserRenderer } from '../../../src/translate/users/create-user-renderer.ts';
import { ALL, OKTA, openUserFixture, rejectsScim, userBody, type UserFixture, idOf } from './user-fixture.ts';

const deactivate = { Operations: [{ op: 'replace', path: 'active', value: false }] };
const reactivate = { Operations: [{ op: 'replace', path: 'active', value: true }] };

describe('deactivation modes', () => {
  let fixture: UserFixture;
  let seq = 0;
  const fresh = async (mode: 'status' | 'suspend-memberships' | 'delete'): Promise<string> => {
    seq += 1;
    const created = await fixture.service(mode).create(userBody(`deact-${seq}`), ALL, OKTA);
    fixture.emulator.calls.clear();
    return idOf(created);
  };
  const groupIdsOf = async (userId: string): Promise<string[]> =>
    (await fixture.store.listMembershipsForUser(userId, { maxResults: 100 })).items.map((m) => m.groupId).sort();

  before(async () => { fixture = await openUserFixture(); });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  describe('status', () => {
    it('deactivates with userStatus DISABLED in the one UpdateUser, together with other changes', async () => {
      const id = await fresh('status');
      const result = await fixture.service('status').patch(id, { Operations: [...deactivate.Operations, { op: 'replace', path: 'title', value: 'Former' }] }, ALL, OKTA, {});
      assert.deepEqual(fixture.operations(), ['DescribeUser', 'UpdateUser']);
      const input = fixture.emulator.calls.list()[1]?.input as { Operations: unknown[] };
      assert.deepEqual(input.Operations, [{ AttributePath: 'title', AttributeValue: 'Former' }, { AttributePath: 'userStatus', AttributeValue: 'DISABLED' }]);
      assert.equal(result.resource.active, false);
      assert.equal((await fixture.store.describeUser(id))?.userStatus, 'DISABLED');
    });

    it('reactivates with userStatus ENABLED; PUT without active keeps the current state', async () => {
      const id = await fresh('status');
      await fixture.service('status').patch(id, deactivate, ALL, OKTA, {});
      const current = await fixture.service('status').get(id, ALL, OKTA);
      fixture.emulator.calls.clear();
      const put = await fixture.service('status').replace(id, { ...current.resource, active: undefined }, ALL, OKTA, {});
      assert.deepEqual(fixture.operations(), ['DescribeUser']);
      assert.equal(put.resource.active, false);
      const back = await fixture.service('status').patch(id, reactivate, ALL, OKTA, {});
      assert.equal(back.resource.active, true);
      assert.equal((await fixture.store.describeUser(id))?.userStatus, 'ENABLED');
    });
  });

  describe('suspend-memberships', () => {
    it('removes every membership, remembers the groups, and restores them on reactivation', async () => {
      const id = await fresh('suspend-memberships');
      const groups = [await fixture.store.createGroup({ displayName: `g-a-${seq}` }), await fixture.store.createGroup({ displayName: `g-b-${seq}` })];
      for (const groupId of groups) await fixture.store.createMembership(groupId, id);
      fixture.emulator.calls.clear();

      const off = await fixture.service('suspend-memberships').patch(id, deactivate, ALL, OKTA, {});
      assert.equal(off.resource.active, false);
      assert.deepEqual(fixture.operations(), ['DescribeUser', 'ListGroupMembershipsForMember', 'DeleteGroupMembership', 'DeleteGroupMembership']);
      assert.deepEqual(await groupIdsOf(id), []);
      assert.deepEqual((await fixture.state.peekSuspendedMemberships(id))?.sort(), [...groups].sort());
      assert.equal((await fixture.service('suspend-memberships').get(id, ALL, OKTA)).resource.active, false);
      // The store user itself is untouched: no UpdateUser userStatus in this mode.
      assert.notEqual((await fixture.store.describeUser(id))?.userStatus, 'DISABLED');

      // One membership was re-added by an admin meanwhile: restoring it again is success.
      await fixture.store.createMembership(groups[0] ?? '', id);
      fixture.emulator.calls.clear();
      const on = await fixture.service('suspend-memberships').patch(id, reactivate, ALL, OKTA, {});
      assert.equal(on.resource.active, true);
      assert.deepEqual(fixture.operations(), ['DescribeUser', 'CreateGroupMembership', 'CreateGroupMembership']);
      assert.deepEqual(await groupIdsOf(id), [...groups].sort());
      assert.equal(await fixture.state.peekSuspendedMemberships(id), undefined);
      assert.equal((await fixture.service('suspend-memberships').get(id, ALL, OKTA)).resource.active, true);
    });

    it('skips a group deleted while the user was suspended', async () => {
      const id = await fresh('suspend-memberships');
      const kept = await fixture.store.createGroup({ displayName: `g-kept-${seq}` });
      const gone = await fixture.store.createGroup({ displayName: `g-gone-${seq}` });
      await fixture.store.createMembership(kept, id);
      await fixture.store.createMembership(gone, id);
      await fixture.service('suspend-memberships').patch(id, deactivate, ALL, OKTA, {});
      await fixture.store.deleteGroup(gone);
      const on = await fixture.service('suspend-memberships').patch(id, reactivate, ALL, OKTA, {});
      assert.equal(on.resource.active, true);
      assert.deepEqual(await groupIdsOf(id), [kept]);
    });
  });

  describe('suspend-memberships listing', () => {
    it('renders a page with one state read for the whole page: suspended users inactive, the others active', async () => {
      const suspendedId = await fresh('suspend-memberships');
      const activeId = await fresh('suspend-memberships');
      await fixture.service('suspend-memberships').patch(suspendedId, deactivate, ALL, OKTA, {});
      const users = await Promise.all([suspendedId, activeId].map(async (id) => (await fixture.store.describeUser(id)) ?? assert.fail(id)));
      const asked: string[][] = [];
      const state = fixture.state;
      const counting = { ...state, suspendedAmong: (ids: readonly string[]) => { asked.push([...ids]); return state.suspendedAmong(ids); } };
      const rendered = await createUserRenderer({ state: counting, deactivation: 'suspend-memberships' }).render(users, OKTA);
      assert.deepEqual(rendered.map((user) => [user.id, user.active]), [[suspendedId, false], [activeId, true]]);
      assert.deepEqual(asked, [[suspendedId, activeId]]);
    });
  });

  describe('delete', () => {
    it('deactivating deletes the user and forgets its state; the answer says active:false and later reads are 404', async () => {
      const created = await fixture.service('delete').create(userBody(`deact-del-${seq}`, { externalId: 'del-1' }), ALL, OKTA);
      const id = idOf(created);
      fixture.emulator.calls.clear();
      const result = await fixture.service('delete').patch(id, deactivate, ALL, OKTA, {});
      assert.deepEqual(fixture.operations(), ['DescribeUser', 'DeleteUser']);
      assert.equal(result.resource.active, false);
      assert.equal(result.resource.id, id);
      assert.equal(result.resource.externalId, 'del-1');
      assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'del-1'), undefined);
      await rejectsScim(fixture.service('delete').get(id, ALL, OKTA), 404, undefined, /not found/);
    });

    it('a user that stays active is updated normally', async () => {
      const id = await fresh('delete');
      const result = await fixture.service('delete').patch(id, { Operations: [{ op: 'replace', path: 'title', value: 'Kept' }] }, ALL, OKTA, {});
      assert.equal(result.resource.active, true);
      assert.deepEqual(fixture.operations(), ['DescribeUser', 'UpdateUser']);
    });
  });
});
