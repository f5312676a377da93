/**
 * Call budgets for /Groups (product brief table, docs/groups.md), read from the embedded
 * emulator's call log through the whole gateway: what each SCIM request may cost in Identity
 * Store calls. Large groups are seeded straight into the emulator, not built through the gateway.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { EMBEDDED_IDENTITY_STORE_ID } from '../../../src/main.ts';
import { bodyAs } from '../helpers/test-app.ts';
import { PATCH_OP, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { memberIds, memberValues, newGroup, type GroupBody, type GroupList } from './group-fixture.ts';

let scim: ScimGateway;
let seedCount = 0;

/** Seeds `count` users and returns their ids. */
function seedUsers(count: number): string[] {
  seedCount += 1;
  const ids = Array.from({ length: count }, () => `0000000000-${randomUUID()}`);
  scim.emulator?.seed({ stores: { [EMBEDDED_IDENTITY_STORE_ID]: {
    users: ids.map((UserId, index) => ({ UserId, UserName: `seed${String(seedCount)}-${String(index)}`, DisplayName: 'Seeded', Name: { GivenName: 'Seeded', FamilyName: String(index) } })),
  } } });
  return ids;
}

/** Seeds a group holding `members` and returns its id. */
function seedGroup(displayName: string, members: readonly string[]): string {
  const groupId = `0000000000-${randomUUID()}`;
  scim.emulator?.seed({ stores: { [EMBEDDED_IDENTITY_STORE_ID]: {
    groups: [{ GroupId: groupId, DisplayName: displayName }],
    memberships: members.map((UserId) => ({ GroupId: groupId, UserId })),
  } } });
  return groupId;
}

/** Calls per operation since the last clear. */
function counts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const operation of operations(scim.emulator)) out[operation] = (out[operation] ?? 0) + 1;
  return out;
}

const patch = (...ops: unknown[]): Record<string, unknown> => ({ schemas: [PATCH_OP], Operations: ops });
const filter = (text: string): string => `filter=${encodeURIComponent(text)}`;

describe('/Groups call budgets', () => {
  let users: string[];
  let big: string;
  before(async () => {
    scim = await startScimGateway();
    users = seedUsers(260);
    big = seedGroup('budget-big', users.slice(0, 250));
  });
  after(async () => {
    await scim.close();
  });
  beforeEach(() => {
    scim.emulator?.calls.clear();
  });

  describe('reads', () => {
    it('GET /Groups/{id}?excludedAttributes=members: exactly one DescribeGroup', async () => {
      assert.equal((await scim.get(`/Groups/${big}?excludedAttributes=members`)).status, 200);
      assert.deepEqual(operations(scim.emulator), ['DescribeGroup']);
    });

    it('GET /Groups/{id}: DescribeGroup + one ListGroupMemberships (MaxResults 100) per 100 members', async () => {
      const res = await scim.get(`/Groups/${big}`);
      assert.equal(res.status, 200);
      assert.equal(bodyAs<GroupBody>(res).members?.length, 250);
      assert.deepEqual(counts(), { DescribeGroup: 1, ListGroupMemberships: 3 });
      assert.ok(scim.emulator?.calls.list().filter((call) => call.operation === 'ListGroupMemberships')
        .every((call) => (call.input as { MaxResults?: number }).MaxResults === 100));
    });

    it('an If-None-Match 304 without members: still one DescribeGroup', async () => {
      const first = await scim.get(`/Groups/${big}?excludedAttributes=members`);
      scim.emulator?.calls.clear();
      assert.equal((await scim.get(`/Groups/${big}?excludedAttributes=members`).set('If-None-Match', String(first.headers['etag']))).status, 304);
      assert.deepEqual(operations(scim.emulator), ['DescribeGroup']);
    });

    it('filter displayName eq: GetGroupId + DescribeGroup (+ the member reads when members are shown)', async () => {
      assert.equal((await scim.get(`/Groups?${filter('displayName eq "budget-big"')}&excludedAttributes=members`)).status, 200);
      assert.deepEqual(operations(scim.emulator), ['GetGroupId', 'DescribeGroup']);
      scim.emulator?.calls.clear();
      assert.equal((await scim.get(`/Groups?${filter('displayName eq "budget-big"')}`)).status, 200);
      assert.deepEqual(counts(), { GetGroupId: 1, DescribeGroup: 1, ListGroupMemberships: 3 });
      scim.emulator?.calls.clear();
      assert.equal(bodyAs<GroupList>(await scim.get(`/Groups?${filter('displayName eq "no-such-group"')}`)).totalResults, 0);
      assert.deepEqual(operations(scim.emulator), ['GetGroupId']);
    });

    it('filter externalId eq with a mapping: one DescribeGroup (the mapping is gateway state)', async () => {
      const created = bodyAs<GroupBody>(await scim.post('/Groups', newGroup('budget-external', { externalId: 'budget-ext-1' })));
      scim.emulator?.calls.clear();
      const found = bodyAs<GroupList>(await scim.get(`/Groups?${filter('externalId eq "budget-ext-1"')}&excludedAttributes=members`));
      assert.deepEqual(found.Resources.map((group) => group.id), [created.id]);
      assert.deepEqual(operations(scim.emulator), ['DescribeGroup']);
    });

    it('Entra\'s id eq "g" and members[value eq "u"]: IsMemberInGroups + DescribeGroup, or IsMemberInGroups alone', async () => {
      const query = (user: string): string => `/Groups?${filter(`id eq "${big}" and members[value eq "${user}"]`)}&excludedAttributes=members`;
      assert.equal(bodyAs<GroupList>(await scim.get(query(users[5] ?? ''))).totalResults, 1);
      assert.deepEqual(operations(scim.emulator), ['IsMemberInGroups', 'DescribeGroup']);
      scim.emulator?.calls.clear();
      assert.equal(bodyAs<GroupList>(await scim.get(query(users[255] ?? ''))).totalResults, 0);
      assert.deepEqual(operations(scim.emulator), ['IsMemberInGroups']);
    });

    it('members[value eq "u"]: ListGroupMembershipsForMember + one DescribeGroup per group of the user, no ListGroups', async () => {
      const user = users[256] ?? '';
      for (const name of ['budget-m1', 'budget-m2', 'budget-m3']) seedGroup(name, [user]);
      scim.emulator?.calls.clear();
      const found = bodyAs<GroupList>(await scim.get(`/Groups?${filter(`members[value eq "${user}"]`)}&excludedAttributes=members&sortBy=displayName`));
      assert.deepEqual(found.Resources.map((group) => group.displayName), ['budget-m1', 'budget-m2', 'budget-m3']);
      assert.deepEqual(counts(), { ListGroupMembershipsForMember: 1, DescribeGroup: 3 });
    });

    it('listing reads members only for the groups of the page; excludedAttributes=members reads none', async () => {
      const prefix = 'budget-page';
      const ids = Array.from({ length: 120 }, (_, index) => seedGroup(`${prefix}-${String(index).padStart(3, '0')}`, [users[index % 10] ?? '']));
      scim.emulator?.calls.clear();
      const first = bodyAs<GroupList>(await scim.get(`/Groups?${filter(`displayName sw "${prefix}-"`)}&startIndex=1&count=50`));
      assert.equal(first.totalResults, 120);
      assert.equal(first.Resources.length, 50);
      assert.ok(first.Resources.every((group) => group.members?.length === 1));
      const scanned = counts();
      assert.equal(scanned['ListGroupMemberships'], 50, 'one member read per group answered, not per group scanned');
      assert.ok((scanned['ListGroups'] ?? 0) >= 2);
      scim.emulator?.calls.clear();
      const second = bodyAs<GroupList>(await scim.get(`/Groups?${filter(`displayName sw "${prefix}-"`)}&startIndex=51&count=50`));
      assert.equal(second.Resources[0]?.id, ids[50]);
      assert.deepEqual(counts(), { ListGroupMemberships: 50 }, 'the next page is sliced from the snapshot');
      scim.emulator?.calls.clear();
      const bare = bodyAs<GroupList>(await scim.get(`/Groups?${filter(`displayName sw "${prefix}-"`)}&startIndex=1&count=50&excludedAttributes=members`));
      assert.equal(bare.Resources[0]?.members, undefined);
      assert.equal(scim.emulator?.calls.count('ListGroupMemberships'), 0);
    });

    it('cursor paging reads members per page too', async () => {
      const prefix = 'budget-cursor';
      for (let index = 0; index < 5; index += 1) seedGroup(`${prefix}-${String(index)}`, [users[index] ?? '']);
      scim.emulator?.calls.clear();
      const page = bodyAs<GroupList>(await scim.get(`/Groups?${filter(`displayName sw "${prefix}-"`)}&cursor&count=2`));
      assert.equal(page.Resources.length, 2);
      assert.ok(page.nextCursor);
      assert.equal(scim.emulator?.calls.count('ListGroupMemberships'), 2);
    });
  });

  describe('writes', () => {
    it('POST /Groups with k members: k DescribeUser + CreateGroup + k CreateGroupMembership (no read-back)', async () => {
      const res = await scim.post('/Groups', newGroup('budget-post', { members: memberValues(users.slice(0, 3)) }));
      assert.equal(res.status, 201, res.text);
      assert.deepEqual(counts(), { DescribeUser: 3, CreateGroup: 1, CreateGroupMembership: 3 });
      assert.deepEqual(memberIds(bodyAs<GroupBody>(res)), users.slice(0, 3).sort());
    });

    it('PATCH adding k members: DescribeGroup + k DescribeUser + k CreateGroupMembership', async () => {
      const group = seedGroup('budget-add', []);
      scim.emulator?.calls.clear();
      assert.equal((await scim.patch(`/Groups/${group}`, patch({ op: 'add', path: 'members', value: memberValues(users.slice(0, 4)) }))).status, 200);
      assert.deepEqual(counts(), { DescribeGroup: 1, DescribeUser: 4, CreateGroupMembership: 4 });
    });

    it('PATCH removing k members (filter or value array): DescribeGroup + k GetGroupMembershipId + k DeleteGroupMembership', async () => {
      const group = seedGroup('budget-remove', users.slice(0, 6));
      scim.emulator?.calls.clear();
      const byFilter = patch({ op: 'remove', path: `members[value eq "${users[0] ?? ''}" or value eq "${users[1] ?? ''}"]` });
      assert.equal((await scim.patch(`/Groups/${group}`, byFilter)).status, 200);
      assert.deepEqual(counts(), { DescribeGroup: 1, GetGroupMembershipId: 2, DeleteGroupMembership: 2 });
      scim.emulator?.calls.clear();
      const byValue = patch({ op: 'Remove', path: 'members', value: memberValues(users.slice(2, 5)) });
      assert.equal((await scim.patch(`/Groups/${group}`, byValue)).status, 200);
      assert.deepEqual(counts(), { DescribeGroup: 1, GetGroupMembershipId: 3, DeleteGroupMembership: 3 });
    });

    it('PATCH replacing all members of a 250-member group with 5 changed: 3 ListGroupMemberships, writes only for the difference', async () => {
      const group = seedGroup('budget-replace', users.slice(0, 250));
      scim.emulator?.calls.clear();
      const intent = [...users.slice(5, 250), ...users.slice(250, 255)];
      const res = await scim.patch(`/Groups/${group}`, patch({ op: 'replace', path: 'members', value: memberValues(intent) }));
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(counts(), { DescribeGroup: 1, ListGroupMemberships: 3, DescribeUser: 5, CreateGroupMembership: 5, DeleteGroupMembership: 5 });
      assert.equal(bodyAs<GroupBody>(res).members?.length, 250);
    });

    it('PATCH renaming only: DescribeGroup + UpdateGroup (no read-back); Okta\'s {id, displayName} with no change: DescribeGroup only', async () => {
      const group = seedGroup('budget-rename', users.slice(0, 2));
      scim.emulator?.calls.clear();
      assert.equal((await scim.patch(`/Groups/${group}`, patch({ op: 'replace', path: 'displayName', value: 'budget-renamed' }))).status, 200);
      assert.deepEqual(operations(scim.emulator), ['DescribeGroup', 'UpdateGroup']);
      scim.emulator?.calls.clear();
      assert.equal((await scim.patch(`/Groups/${group}`, patch({ op: 'replace', value: { id: group, displayName: 'budget-renamed' } }))).status, 200);
      assert.deepEqual(operations(scim.emulator), ['DescribeGroup']);
    });

    it('PUT without members: no membership call at all', async () => {
      const group = seedGroup('budget-put', users.slice(0, 2));
      scim.emulator?.calls.clear();
      assert.equal((await scim.put(`/Groups/${group}`, newGroup('budget-put'))).status, 200);
      assert.deepEqual(operations(scim.emulator), ['DescribeGroup']);
    });

    it('DELETE /Groups/{id}: DeleteGroup alone, and the memberships go with the group', async () => {
      const group = seedGroup('budget-delete', users.slice(0, 3));
      scim.emulator?.calls.clear();
      assert.equal((await scim.delete(`/Groups/${group}`)).status, 204);
      assert.deepEqual(operations(scim.emulator), ['DeleteGroup']);
      const left = bodyAs<GroupList>(await scim.get(`/Groups?${filter(`members[value eq "${users[0] ?? ''}"] and displayName eq "budget-delete"`)}`));
      assert.equal(left.totalResults, 0);
    });

    it('adds 200 members in one PATCH within budget (the engine\'s tests take 1,000 and measure the concurrency bound)', async () => {
      const many = seedUsers(200);
      const group = seedGroup('budget-thousand', []);
      scim.emulator?.calls.clear();
      const res = await scim.patch(`/Groups/${group}`, patch({ op: 'add', path: 'members', value: memberValues(many) }));
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(counts(), { DescribeGroup: 1, DescribeUser: 200, CreateGroupMembership: 200 });
      const read = bodyAs<GroupBody>(await scim.get(`/Groups/${group}`));
      assert.equal(read.members?.length, 200);
    });
  });
});
