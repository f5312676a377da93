/**
 * /scim/v2/Groups behaviour only Groups have, over real HTTP against the whole gateway (embedded
 * emulator, real SDK): members on create, read and replace; the display name rules; externalId per
 * IdP with the store's ExternalIds as fallback; member filters; delete. The generic endpoint
 * behaviour is the shared contract (groups-contract.test.ts); budgets, PATCH dialects and partial
 * failures have their own files.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMBEDDED_IDENTITY_STORE_ID } from '../../../src/main.ts';
import { bodyAs } from '../helpers/test-app.ts';
import { PATCH_OP, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertScimError } from '../resource-contract.ts';
import { GROUP_SCHEMA, memberIds, memberValues, newGroup, type GroupBody, type GroupList } from './group-fixture.ts';

const UNKNOWN_USER = '0123456789-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

let scim: ScimGateway;
let seq = 0;
let users: string[];

async function createGroup(extra: Record<string, unknown> = {}): Promise<GroupBody> {
  seq += 1;
  const res = await scim.post('/Groups', newGroup(`group-${String(seq)}`, extra));
  assert.equal(res.status, 201, res.text);
  return bodyAs<GroupBody>(res);
}

const list = async (query: string, token?: string): Promise<GroupList> => {
  const res = await scim.get(`/Groups?${query}`, token);
  assert.equal(res.status, 200, res.text);
  return bodyAs<GroupList>(res);
};
const filter = (text: string): string => `filter=${encodeURIComponent(text)}`;

describe('/Groups endpoints', () => {
  before(async () => {
    scim = await startScimGateway();
    users = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await scim.post('/Users', newUser(`member${String(i)}@example.com`));
      assert.equal(res.status, 201, res.text);
      users.push(bodyAs<{ id: string }>(res).id);
    }
  });
  after(async () => {
    await scim.close();
  });

  describe('members', () => {
    it('POST with members adds them; members carry value, $ref and type, never display', async () => {
      const group = await createGroup({ members: [{ value: users[0], display: 'ignored' }, { value: users[1], type: 'User' }] });
      assert.deepEqual(memberIds(group), [users[0], users[1]].sort());
      for (const member of group.members ?? []) {
        assert.deepEqual(Object.keys(member).sort(), ['$ref', 'type', 'value']);
        assert.equal(member.$ref, `${scim.gateway.url}/Users/${member.value}`);
        assert.equal(member.type, 'User');
      }
      assert.deepEqual(memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`))), [users[0], users[1]].sort());
    });

    it('excludedAttributes=members leaves them out and keeps the version', async () => {
      const group = await createGroup({ members: memberValues([users[0] ?? '']) });
      const full = await scim.get(`/Groups/${group.id}`);
      const bare = await scim.get(`/Groups/${group.id}?excludedAttributes=members`);
      assert.equal(bodyAs<GroupBody>(bare).members, undefined);
      assert.equal(bodyAs<GroupBody>(bare).displayName, group.displayName);
      assert.equal(bare.headers['etag'], full.headers['etag']);
      assert.equal(bare.headers['etag'], group.meta.version);
    });

    it('an empty group has no members attribute (unassigned, RFC 7643 section 2.5)', async () => {
      const group = await createGroup({ members: [] });
      assert.equal(group.members, undefined);
      assert.equal(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`)).members, undefined);
    });

    it('POST refuses an unknown member before any write, naming it', async () => {
      scim.emulator?.calls.clear();
      const res = await scim.post('/Groups', newGroup('with-ghost', { members: memberValues([users[0] ?? '', UNKNOWN_USER]) }));
      assertScimError(res, 400, 'invalidValue', new RegExp(UNKNOWN_USER));
      assert.deepEqual(operations(scim.emulator), ['DescribeUser', 'DescribeUser']);
      assert.equal((await list(filter('displayName eq "with-ghost"'))).totalResults, 0);
    });

    it('POST refuses a malformed member id, a member of type Group and one without value, without any call', async () => {
      scim.emulator?.calls.clear();
      assertScimError(await scim.post('/Groups', newGroup('bad-member', { members: [{ value: 'not an id' }] })), 400, 'invalidValue', /not an id/);
      assertScimError(await scim.post('/Groups', newGroup('nested', { members: [{ value: users[0], type: 'Group' }] })), 400, 'invalidValue', /only users/);
      assertScimError(await scim.post('/Groups', newGroup('valueless', { members: [{ value: users[0] }, { display: 'no value' }] })), 400, 'invalidValue', /"value"/);
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('PUT with members makes the group hold exactly them; PUT without members keeps them; members [] empties', async () => {
      const group = await createGroup({ members: memberValues(users.slice(0, 2)) });
      const replaced = await scim.put(`/Groups/${group.id}`, newGroup(group.displayName, { members: memberValues(users.slice(1, 4)) }));
      assert.equal(replaced.status, 200, replaced.text);
      assert.deepEqual(memberIds(bodyAs<GroupBody>(replaced)), users.slice(1, 4).sort());

      const renamed = await scim.put(`/Groups/${group.id}`, newGroup(`${group.displayName}-renamed`));
      assert.equal(renamed.status, 200, renamed.text);
      assert.equal(bodyAs<GroupBody>(renamed).displayName, `${group.displayName}-renamed`);
      assert.deepEqual(memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`))), users.slice(1, 4).sort());

      const emptied = await scim.put(`/Groups/${group.id}`, newGroup(`${group.displayName}-renamed`, { members: [] }));
      assert.equal(emptied.status, 200, emptied.text);
      assert.equal(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`)).members, undefined);
    });

    it('PUT refuses an unknown member before any write: the name and the members stay', async () => {
      const group = await createGroup({ members: memberValues([users[0] ?? '']) });
      scim.emulator?.calls.clear();
      const res = await scim.put(`/Groups/${group.id}`, newGroup('never-applied', { members: memberValues([UNKNOWN_USER]) }));
      assertScimError(res, 400, 'invalidValue', new RegExp(UNKNOWN_USER));
      assert.ok(!operations(scim.emulator).some((operation) => /^(Update|Create|Delete)/.test(operation)), operations(scim.emulator).join());
      const read = bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`));
      assert.equal(read.displayName, group.displayName);
      assert.deepEqual(memberIds(read), [users[0]]);
    });

    it('PATCH answers members when the change made them known, or when attributes asks for them', async () => {
      const group = await createGroup({ members: memberValues([users[0] ?? '']) });
      const add = { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: memberValues([users[1] ?? '']) }] };
      const delta = await scim.patch(`/Groups/${group.id}`, add);
      assert.equal(delta.status, 200, delta.text);
      assert.equal(bodyAs<GroupBody>(delta).members, undefined, 'a delta does not read every member for the answer');
      const asked = await scim.patch(`/Groups/${group.id}?attributes=members`, add);
      assert.deepEqual(memberIds(bodyAs<GroupBody>(asked)), [users[0], users[1]].sort());
      const replaced = await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'members', value: memberValues([users[2] ?? '']) }] });
      assert.deepEqual(memberIds(bodyAs<GroupBody>(replaced)), [users[2]]);
      assert.equal(replaced.headers['etag'], group.meta.version, 'membership changes do not move the version');
    });
  });

  describe('displayName rules, checked before any call', () => {
    for (const [name, pattern] of [
      ['AWSAdministrators', /reserves/],
      ['x'.repeat(1025), /1024/],
      ['tab\tand\u0007bell', /U\+0007/],
      ['semi;colon', /;/],
    ] as const) {
      it(`400 invalidValue for ${JSON.stringify(name.slice(0, 20))}`, async () => {
        scim.emulator?.calls.clear();
        assertScimError(await scim.post('/Groups', newGroup(name)), 400, 'invalidValue', pattern);
        assert.deepEqual(operations(scim.emulator), []);
      });
    }

    it('accepts the separators the store allows (tab, new line, no-break space) and 1024 characters', async () => {
      assert.equal((await scim.post('/Groups', newGroup('Line\none\ttab\u00a0nbsp'))).status, 201);
      assert.equal((await scim.post('/Groups', newGroup('y'.repeat(1024)))).status, 201);
    });

    it('a rename onto another group\'s name is 409 uniqueness, and nothing changes', async () => {
      const first = await createGroup();
      const second = await createGroup();
      const res = await scim.patch(`/Groups/${second.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'displayName', value: first.displayName.toUpperCase() }] });
      assertScimError(res, 409, 'uniqueness');
      assert.equal(bodyAs<GroupBody>(await scim.get(`/Groups/${second.id}`)).displayName, second.displayName);
    });

    it('removing displayName is refused (it is required)', async () => {
      const group = await createGroup();
      assertScimError(await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'remove', path: 'displayName' }] }), 400, 'mutability');
    });
  });

  describe('externalId', () => {
    it('is scoped to the IdP: another IdP neither sees nor finds it, and may use the same value', async () => {
      const group = await createGroup({ externalId: 'okta-00g1' });
      const other = scim.tokenFor(['scim:read', 'scim:write'], 'other-idp');
      assert.equal(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`, other)).externalId, undefined);
      assert.equal((await list(filter('externalId eq "okta-00g1"'), other)).totalResults, 0);
      assert.deepEqual((await list(filter('externalId eq "okta-00g1"'))).Resources.map((g) => g.id), [group.id]);
      assert.equal((await scim.post('/Groups', newGroup('other-idp-group', { externalId: 'okta-00g1' }), other)).status, 201);
    });

    it('409 uniqueness for an externalId another group of the same IdP holds, before CreateGroup', async () => {
      await createGroup({ externalId: 'taken-1' });
      scim.emulator?.calls.clear();
      assertScimError(await scim.post('/Groups', newGroup('second-taker', { externalId: 'taken-1' })), 409, 'uniqueness', /another group/);
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('PATCH moves and removes it', async () => {
      const group = await createGroup({ externalId: 'before' });
      await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'externalId', value: 'after' }] });
      assert.equal((await list(filter('externalId eq "before"'))).totalResults, 0);
      assert.equal((await list(filter('externalId eq "after"'))).totalResults, 1);
      await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'remove', path: 'externalId' }] });
      assert.equal(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`)).externalId, undefined);
    });

    it('falls back to the store\'s ExternalIds for an adopted group, which an externalId filter still finds', async () => {
      scim.emulator?.seed({ stores: { [EMBEDDED_IDENTITY_STORE_ID]: { groups: [{ DisplayName: 'adopted-group', ExternalIds: [{ Issuer: 'https://scim.aws/x', Id: 'entra-object-1' }] }] } } });
      const found = await list(filter('externalId eq "entra-object-1"'));
      assert.equal(found.totalResults, 1);
      assert.equal(found.Resources[0]?.displayName, 'adopted-group');
      assert.equal(found.Resources[0]?.externalId, 'entra-object-1');
    });
  });

  describe('member filters', () => {
    let engineering: GroupBody;
    let sales: GroupBody;
    before(async () => {
      engineering = await createGroup({ displayName: 'filter-engineering', members: memberValues([users[0] ?? '', users[1] ?? '']) });
      sales = await createGroup({ displayName: 'filter-sales', members: memberValues([users[1] ?? '']) });
    });

    it('members[value eq "u"] and members.value eq "u" list the groups of a user', async () => {
      for (const text of [`members[value eq "${users[1] ?? ''}"]`, `members.value eq "${users[1] ?? ''}"`]) {
        const found = await list(`${filter(`${text} and displayName sw "filter-"`)}&sortBy=displayName`);
        assert.deepEqual(found.Resources.map((g) => g.id), [engineering.id, sales.id], text);
      }
      assert.deepEqual((await list(filter(`members[value eq "${users[0] ?? ''}"] and displayName sw "filter-"`))).Resources.map((g) => g.id), [engineering.id]);
    });

    it('Entra\'s membership check: id eq "g" and members[value eq "u"] is one group or none', async () => {
      const check = (group: GroupBody, user: string | undefined): Promise<GroupList> =>
        list(`${filter(`id eq "${group.id}" and members[value eq "${user ?? ''}"]`)}&excludedAttributes=members`);
      assert.deepEqual((await check(sales, users[1])).Resources.map((g) => g.id), [sales.id]);
      assert.equal((await check(sales, users[0])).totalResults, 0);
      assert.equal((await check(sales, UNKNOWN_USER)).totalResults, 0);
    });

    it('a member filter for an unknown user is empty; for a malformed id it costs no call', async () => {
      assert.equal((await list(filter(`members[value eq "${UNKNOWN_USER}"]`))).totalResults, 0);
      scim.emulator?.calls.clear();
      assert.equal((await list(filter('members[value eq "nobody"]'))).totalResults, 0);
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('a filter the store cannot answer scans and reads members only when the filter needs them', async () => {
      const found = await list(`${filter('displayName sw "filter-" and not (members.value eq "nobody")')}&sortBy=displayName`);
      assert.deepEqual(found.Resources.map((g) => g.displayName), ['filter-engineering', 'filter-sales']);
      assert.deepEqual(memberIds(found.Resources[1] as GroupBody), [users[1]]);
      const empty = await createGroup({ displayName: 'filter-zero' });
      const withoutMembers = await list(filter('displayName sw "filter-" and not (members pr)'));
      assert.deepEqual(withoutMembers.Resources.map((g) => g.id), [empty.id]);
    });

    it('a user\'s groups follow membership changes and deletes', async () => {
      const user = users[3] ?? '';
      const group = await createGroup({ members: memberValues([user]) });
      assert.deepEqual((await list(filter(`members[value eq "${user}"]`))).Resources.map((g) => g.id), [group.id]);
      assert.equal((await scim.delete(`/Groups/${group.id}`)).status, 204);
      assert.equal((await list(filter(`members[value eq "${user}"]`))).totalResults, 0);
    });
  });

  describe('DELETE /Groups/{id}', () => {
    it('frees the externalId and the display name', async () => {
      const group = await createGroup({ externalId: 'recycled' });
      assert.equal((await scim.delete(`/Groups/${group.id}`)).status, 204);
      assert.equal((await list(filter('externalId eq "recycled"'))).totalResults, 0);
      assert.equal((await scim.post('/Groups', newGroup(group.displayName, { externalId: 'recycled' }))).status, 201);
    });
  });

  it('/ResourceTypes and /Schemas advertise Group', async () => {
    const types = bodyAs<{ Resources: { id: string; endpoint: string; schema: string }[] }>(await scim.get('/ResourceTypes'));
    const group = types.Resources.find((type) => type.id === 'Group');
    assert.equal(group?.endpoint, '/Groups');
    assert.equal(group?.schema, GROUP_SCHEMA);
    assert.equal((await scim.get(`/Schemas/${GROUP_SCHEMA}`)).status, 200);
  });
});
