/**
 * Membership changes that fail part-way, over HTTP with the emulator's fault injection: the
 * answer is an error that says which members were and were not changed (with the status and
 * Retry-After of the first failure), re-sending the same request converges to the intended
 * members, and a POST whose members cannot all be added leaves no group behind.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { bodyAs, type ErrorBody } from '../helpers/test-app.ts';
import { PATCH_OP, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { memberIds, memberValues, newGroup, type GroupBody, type GroupList } from './group-fixture.ts';

describe('/Groups: partial membership failures and convergence', () => {
  let scim: ScimGateway;
  let emulator: RunningEmulator;
  let users: string[];
  let seq = 0;

  const members = async (groupId: string): Promise<string[]> => memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${groupId}`)));
  async function group(initial: readonly string[]): Promise<string> {
    seq += 1;
    const res = await scim.post('/Groups', newGroup(`partial-${String(seq)}`, { members: memberValues(initial) }));
    assert.equal(res.status, 201, res.text);
    return bodyAs<GroupBody>(res).id;
  }

  before(async () => {
    // One attempt per call: these tests are about what the gateway does with a failed write, not
    // about the upstream retries (docs/resilience.md), which would only make them wait.
    scim = await startScimGateway({ SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: '1' });
    if (scim.emulator === undefined) throw new Error('needs the embedded emulator');
    emulator = scim.emulator;
    users = [];
    for (let i = 0; i < 8; i += 1) {
      const res = await scim.post('/Users', newUser(`partial${String(i)}@example.com`));
      users.push(bodyAs<{ id: string }>(res).id);
    }
  });
  afterEach(() => emulator.faults.clear());
  after(() => scim.close());

  it('a full replace whose adds fail: 503 with Retry-After naming what changed; re-sending converges', async () => {
    const id = await group(users.slice(0, 4));
    const intent = users.slice(2, 8);
    const body = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'members', value: memberValues(intent) }] };
    emulator.faults.add({ operation: 'CreateGroupMembership', action: { kind: 'internal-error', retryAfterSeconds: 2 } });
    const res = await scim.patch(`/Groups/${id}`, body);
    assert.equal(res.status, 503, res.text);
    assert.equal(res.headers['retry-after'], '2');
    const detail = bodyAs<ErrorBody>(res).detail;
    for (const fragment of ['incomplete', 'added 0', 'removed 2', 'failed', 'Send the same request again']) assert.ok(detail.includes(fragment), detail);
    assert.deepEqual(await members(id), users.slice(2, 4).sort(), 'the removes were applied, the adds were not');

    emulator.faults.clear();
    emulator.calls.clear();
    const again = await scim.patch(`/Groups/${id}`, body);
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(memberIds(bodyAs<GroupBody>(again)), [...intent].sort());
    assert.deepEqual(await members(id), [...intent].sort());
    assert.equal(emulator.calls.count('CreateGroupMembership'), 4, 'only the members still missing are written');
  });

  it('a delta whose removes fail: the adds stand, the error names the members not removed, re-sending converges', async () => {
    const id = await group(users.slice(0, 3));
    const body = {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'add', path: 'members', value: memberValues(users.slice(3, 5)) },
        { op: 'Remove', path: 'members', value: memberValues(users.slice(0, 2)) },
      ],
    };
    emulator.faults.add({ operation: 'DeleteGroupMembership', action: { kind: 'internal-error' } });
    const res = await scim.patch(`/Groups/${id}`, body);
    assert.equal(res.status, 503, res.text);
    const detail = bodyAs<ErrorBody>(res).detail;
    assert.ok(detail.includes('added 2'), detail);
    for (const user of users.slice(0, 2)) assert.ok(detail.includes(user), `${detail} names ${user}`);
    assert.deepEqual(await members(id), users.slice(0, 5).sort());

    emulator.faults.clear();
    assert.equal((await scim.patch(`/Groups/${id}`, body)).status, 200);
    assert.deepEqual(await members(id), users.slice(2, 5).sort());
  });

  it('throttling on the writes is a 429 with Retry-After that names the members by id', async () => {
    const id = await group([]);
    emulator.faults.add({ operation: 'CreateGroupMembership', action: { kind: 'throttle', retryAfterSeconds: 1 } });
    const res = await scim.patch(`/Groups/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: memberValues(users.slice(0, 2)) }] });
    assert.equal(res.status, 429, res.text);
    assert.equal(res.headers['retry-after'], '1');
    const detail = bodyAs<ErrorBody>(res).detail;
    assert.ok(users.slice(0, 2).some((user) => detail.includes(user)), detail);
    emulator.faults.clear();
    assert.equal((await scim.patch(`/Groups/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: memberValues(users.slice(0, 2)) }] })).status, 200);
    assert.deepEqual(await members(id), users.slice(0, 2).sort());
  });

  it('an unknown member is refused before any write, with the rename in the same PATCH not applied', async () => {
    const id = await group(users.slice(0, 1));
    emulator.calls.clear();
    const ghost = '0123456789-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const res = await scim.patch(`/Groups/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'displayName', value: 'never-renamed' }, { op: 'add', path: 'members', value: memberValues([users[1] ?? '', ghost]) }],
    });
    assert.equal(res.status, 400, res.text);
    assert.equal(bodyAs<ErrorBody>(res).scimType, 'invalidValue');
    assert.match(bodyAs<ErrorBody>(res).detail, new RegExp(ghost));
    assert.ok(!operations(emulator).some((operation) => /^(Update|Create|Delete)/.test(operation)), operations(emulator).join());
    const read = bodyAs<GroupBody>(await scim.get(`/Groups/${id}`));
    assert.notEqual(read.displayName, 'never-renamed');
    assert.deepEqual(memberIds(read), [users[0]]);
  });

  describe('POST /Groups with members', () => {
    const byName = async (name: string): Promise<GroupList> => bodyAs<GroupList>(await scim.get(`/Groups?filter=${encodeURIComponent(`displayName eq "${name}"`)}`));

    it('when adding the members fails, the new group is deleted again and the error says so; re-sending creates it', async () => {
      const body = newGroup('compensated', { members: memberValues(users.slice(0, 3)) });
      emulator.faults.add({ operation: 'CreateGroupMembership', action: { kind: 'internal-error', retryAfterSeconds: 1 } });
      emulator.calls.clear();
      const res = await scim.post('/Groups', body);
      assert.equal(res.status, 503, res.text);
      assert.equal(res.headers['retry-after'], '1');
      assert.match(bodyAs<ErrorBody>(res).detail, /was not created/);
      assert.ok(operations(emulator).includes('DeleteGroup'));
      emulator.faults.clear();
      assert.equal((await byName('compensated')).totalResults, 0);

      const again = await scim.post('/Groups', body);
      assert.equal(again.status, 201, again.text);
      assert.deepEqual(memberIds(bodyAs<GroupBody>(again)), users.slice(0, 3).sort());
    });

    it('when even the delete fails, the answer is a 500 and the group is there to be found', async () => {
      emulator.faults.add({ operation: 'CreateGroupMembership', action: { kind: 'error', type: 'AccessDeniedException' } });
      emulator.faults.add({ operation: 'DeleteGroup', action: { kind: 'error', type: 'AccessDeniedException' } });
      const res = await scim.post('/Groups', newGroup('half-made', { members: memberValues(users.slice(0, 2)) }));
      assert.equal(res.status, 500, res.text);
      emulator.faults.clear();
      assert.equal((await byName('half-made')).totalResults, 1);
    });
  });
});
