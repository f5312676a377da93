/**
 * The /Groups flows with the gateway pointed at moto (an independent Identity Store
 * implementation, test/helpers/moto-server.ts) wherever moto implements the operations they use
 * (shared/docs/research/moto-peer.md): create with members, read with and without members,
 * lookups, member filters, adds, a full replace (ListGroupMemberships + a diff, removes by known
 * membership id), PUT, delete. moto has no UpdateGroup and no GetGroupMembershipId, so a rename
 * and a remove by value must end in a clean SCIM 5xx, and the gateway must keep serving. moto also
 * keeps a deleted group's memberships listed for the member: member filters must skip them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bodyAs, type ErrorBody } from '../helpers/test-app.ts';
import { PATCH_OP, SCIM_JSON, newUser, startScimGatewayWithMoto, type ScimGateway } from '../helpers/scim-gateway.ts';
import { memberIds, memberValues, newGroup, type GroupBody, type GroupList } from './group-fixture.ts';

let scim: ScimGateway;
let users: string[];

const list = async (filter: string, extra = ''): Promise<GroupList> => {
  const res = await scim.get(`/Groups?filter=${encodeURIComponent(filter)}${extra}`);
  assert.equal(res.status, 200, res.text);
  return bodyAs<GroupList>(res);
};

function assertClean5xx(res: { status: number; text: string; headers: Record<string, string>; body: unknown }): void {
  assert.ok(res.status >= 500 && res.status < 600, `${String(res.status)} ${res.text}`);
  assert.equal(res.headers['content-type'], SCIM_JSON);
  const body = bodyAs<ErrorBody>(res);
  assert.deepEqual(body.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
  assert.match(body.detail, /request id/);
  assert.doesNotMatch(res.text, /<html|SyntaxError|Deserialization/i);
}

describe('/Groups against moto', () => {
  before(async () => {
    scim = await startScimGatewayWithMoto();
    users = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await scim.post('/Users', newUser(`moto-member${String(i)}@example.com`));
      assert.equal(res.status, 201, res.text);
      users.push(bodyAs<{ id: string }>(res).id);
    }
  });
  after(() => scim.close());

  it('create with members, read with and without them, look up by displayName and externalId', async () => {
    const created = await scim.post('/Groups', newGroup('moto-eng', { externalId: 'okta-moto-1', members: memberValues(users.slice(0, 2)) }));
    assert.equal(created.status, 201, created.text);
    const group = bodyAs<GroupBody>(created);
    assert.equal(created.headers['location'], `${scim.gateway.url}/Groups/${group.id}`);
    assert.deepEqual(memberIds(group), users.slice(0, 2).sort());

    const read = await scim.get(`/Groups/${group.id}`);
    assert.equal(read.status, 200, read.text);
    assert.deepEqual(memberIds(bodyAs<GroupBody>(read)), users.slice(0, 2).sort());
    assert.equal(bodyAs<GroupBody>(read).externalId, 'okta-moto-1');
    const bare = await scim.get(`/Groups/${group.id}?excludedAttributes=members`);
    assert.equal(bodyAs<GroupBody>(bare).members, undefined);
    assert.equal(bare.headers['etag'], read.headers['etag']);

    assert.deepEqual((await list('displayName eq "moto-eng"')).Resources.map((g) => g.id), [group.id]);
    assert.equal((await list('displayName eq "moto-nobody"')).totalResults, 0);
    assert.deepEqual((await list('externalId eq "okta-moto-1"')).Resources.map((g) => g.id), [group.id]);
    assert.equal((await scim.post('/Groups', newGroup('moto-eng'))).status, 409);
  });

  it('member filters list a user\'s groups (ListGroupMembershipsForMember)', async () => {
    const a = bodyAs<GroupBody>(await scim.post('/Groups', newGroup('moto-filter-a', { members: memberValues([users[2] ?? '']) })));
    const b = bodyAs<GroupBody>(await scim.post('/Groups', newGroup('moto-filter-b', { members: memberValues([users[2] ?? '', users[3] ?? '']) })));
    assert.deepEqual((await list(`members[value eq "${users[2] ?? ''}"]`, '&sortBy=displayName')).Resources.map((g) => g.id), [a.id, b.id]);
    assert.deepEqual((await list(`members.value eq "${users[3] ?? ''}"`)).Resources.map((g) => g.id), [b.id]);
  });

  it('PATCH add, PATCH full replace and PUT with members write only the difference', async () => {
    const group = bodyAs<GroupBody>(await scim.post('/Groups', newGroup('moto-changes', { members: memberValues([users[0] ?? '']) })));
    const added = await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: memberValues([users[1] ?? '']) }] });
    assert.equal(added.status, 200, added.text);
    assert.deepEqual(memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`))), users.slice(0, 2).sort());

    const replaced = await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'members', value: memberValues(users.slice(1, 4)) }] });
    assert.equal(replaced.status, 200, replaced.text);
    assert.deepEqual(memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`))), users.slice(1, 4).sort());

    const put = await scim.put(`/Groups/${group.id}`, newGroup('moto-changes', { members: memberValues([users[4] ?? '']) }));
    assert.equal(put.status, 200, put.text);
    assert.deepEqual(memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`))), [users[4]]);
  });

  it('a rename (no UpdateGroup) and a remove by value (no GetGroupMembershipId) end in a clean SCIM 5xx; the gateway keeps serving', async () => {
    const group = bodyAs<GroupBody>(await scim.post('/Groups', newGroup('moto-unsupported', { members: memberValues([users[0] ?? '']) })));
    assertClean5xx(await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'displayName', value: 'moto-renamed' }] }));
    assertClean5xx(await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'remove', path: `members[value eq "${users[0] ?? ''}"]` }] }));
    const read = await scim.get(`/Groups/${group.id}`);
    assert.equal(read.status, 200);
    assert.equal(bodyAs<GroupBody>(read).displayName, 'moto-unsupported');
  });

  it('DELETE removes the group; the memberships moto keeps for it are skipped by member filters', async () => {
    const user = users[4] ?? '';
    const group = bodyAs<GroupBody>(await scim.post('/Groups', newGroup('moto-deleted', { externalId: 'okta-moto-gone', members: memberValues([user]) })));
    assert.equal((await scim.delete(`/Groups/${group.id}`)).status, 204);
    assert.equal((await scim.get(`/Groups/${group.id}`)).status, 404);
    assert.ok(!(await list(`members[value eq "${user}"]`)).Resources.some((g) => g.id === group.id));
    assert.equal((await list('externalId eq "okta-moto-gone"')).totalResults, 0);
  });
});
