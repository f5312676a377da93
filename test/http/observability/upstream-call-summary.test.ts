// Issue #8 "Observability": the request line says what the request cost upstream. Checked against
// the emulator's own record of what it was sent, request by request, over every kind of SCIM
// request (writes, membership fan-out, lookups, scans, Bulk, /.search), in both deactivation modes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Test } from 'supertest';
import { PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { captureLogs, type LogCapture } from './log-capture.ts';

const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const SEARCH_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

interface Upstream {
  readonly calls: number;
  readonly ms: number;
  readonly retries: number;
  readonly notFound: number;
  readonly failed: number;
  readonly operations: Record<string, number>;
}

function countBy(names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** Runs one request and returns its request line's `upstream` next to what the emulator received. */
async function measured(scim: ScimGateway, logs: LogCapture, send: () => Test, expectedStatus: number): Promise<{ upstream: Upstream | undefined; received: Record<string, number>; body: unknown }> {
  logs.raw.length = 0;
  scim.emulator?.calls.clear();
  const res = await send();
  assert.equal(res.status, expectedStatus, JSON.stringify(res.body));
  const lines = logs.withMessage('request');
  assert.equal(lines.length, 1);
  const received = countBy(scim.emulator?.calls.list().map((call) => call.operation) ?? []);
  return { upstream: lines[0]?.upstream as Upstream | undefined, received, body: res.body };
}

for (const deactivation of ['status', 'suspend-memberships'] as const) {
  describe(`the request line's upstream summary (SCIM_BRIDGE_DEACTIVATION=${deactivation})`, () => {
    let scim: ScimGateway;
    let logs: LogCapture;

    before(async () => {
      logs = captureLogs('info');
      scim = await startScimGateway({ SCIM_BRIDGE_DEACTIVATION: deactivation }, { logger: logs.logger });
    });
    after(() => scim.close());

    it('counts every call the store received, by operation, for every kind of request', async () => {
      const check = async (label: string, send: () => Test, status: number): Promise<unknown> => {
        const { upstream, received, body } = await measured(scim, logs, send, status);
        const total = Object.values(received).reduce((sum, count) => sum + count, 0);
        if (total === 0) {
          assert.equal(upstream, undefined, `${label}: no call, so no upstream field`);
          return body;
        }
        assert.ok(upstream !== undefined, `${label}: ${JSON.stringify(received)} sent but no upstream field`);
        assert.deepEqual(upstream.operations, received, label);
        assert.equal(upstream.calls, total, label);
        assert.equal(upstream.retries, 0, label);
        assert.equal(typeof upstream.ms, 'number');
        return body;
      };
      const ids: string[] = [];
      for (const name of ['ann', 'bob', 'cyd']) {
        const body = await check(`POST /Users ${name}`, () => scim.post('/Users', newUser(`${name}-${deactivation}@example.com`)), 201) as { id: string };
        ids.push(body.id);
      }
      const [ann, bob, cyd] = ids as [string, string, string];
      const group = await check('POST /Groups with members', () => scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: `crew-${deactivation}`, members: [{ value: ann }, { value: bob }] }), 201) as { id: string };
      await check('PATCH /Groups add and remove', () => scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: cyd }] }, { op: 'remove', path: `members[value eq "${ann}"]` }] }), 200);
      await check('GET /Groups/{id} with members', () => scim.get(`/Groups/${group.id}`), 200);
      await check('GET /Groups?filter=members', () => scim.get(`/Groups?filter=${encodeURIComponent(`members[value eq "${bob}"]`)}`), 200);
      await check('GET /Users/{id}', () => scim.get(`/Users/${bob}`), 200);
      await check('GET /Users?filter=userName eq', () => scim.get(`/Users?filter=${encodeURIComponent(`userName eq "cyd-${deactivation}@example.com"`)}`), 200);
      await check('GET /Users scan filter', () => scim.get(`/Users?filter=${encodeURIComponent('name.familyName co "dd"')}&count=2`), 200);
      await check('PUT /Users/{id}', () => scim.put(`/Users/${cyd}`, newUser(`cyd-${deactivation}@example.com`, { title: 'Pilot' })), 200);
      await check('PATCH /Users/{id} deactivate', () => scim.patch(`/Users/${bob}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] }), 200);
      await check('PATCH /Users/{id} reactivate', () => scim.patch(`/Users/${bob}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: true }] }), 200);
      await check('POST /.search', () => scim.post('/.search', { schemas: [SEARCH_REQUEST], filter: `userName sw "ann-${deactivation}"` }), 200);
      await check('POST /Bulk', () => scim.post('/Bulk', {
        schemas: [BULK_REQUEST],
        Operations: [
          { method: 'POST', path: '/Users', bulkId: 'u1', data: newUser(`dan-${deactivation}@example.com`) },
          { method: 'PATCH', path: `/Groups/${group.id}`, data: { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: 'bulkId:u1' }] }] } },
        ],
      }), 200);
      await check('GET /Users/{id} of a missing user', () => scim.get('/Users/9067729b3d-00000000-0000-0000-0000-000000000000'), 404);
      await check('DELETE /Groups/{id}', () => scim.delete(`/Groups/${group.id}`), 204);
      await check('DELETE /Users/{id}', () => scim.delete(`/Users/${ann}`), 204);
      await check('GET /Schemas (no store call)', () => scim.get('/Schemas'), 200);
      await check('POST /Users with a bad body (refused before any call)', () => scim.post('/Users', { schemas: [], userName: 7 }), 400);
    });

    it('counts a retried call once with its retries, a "no such resource" answer apart, and a failed call as failed', async () => {
      const created = await scim.post('/Users', newUser(`retried-${deactivation}@example.com`));
      const id = (created.body as { id: string }).id;
      scim.emulator?.faults.add({ operation: 'DescribeUser', times: 2, action: { kind: 'throttle', retryAfterSeconds: 0 } });
      const patched = await measured(scim, logs, () => scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Pilot' }] }), 200);
      assert.deepEqual(patched.received, { DescribeUser: 3, UpdateUser: 1 }, 'two throttled attempts and the answered one');
      assert.deepEqual({ ...patched.upstream, ms: undefined }, { calls: 2, ms: undefined, retries: 2, notFound: 0, failed: 0, operations: { DescribeUser: 1, UpdateUser: 1 } });

      scim.emulator?.faults.add({ operation: 'ListUsers', times: 1, action: { kind: 'error', type: 'AccessDeniedException' } });
      const refused = await measured(scim, logs, () => scim.get('/Users?startIndex=1&count=5'), 500);
      assert.deepEqual({ ...refused.upstream, ms: undefined }, { calls: 1, ms: undefined, retries: 0, notFound: 0, failed: 1, operations: { ListUsers: 1 } });

      const missing = await measured(scim, logs, () => scim.get('/Users/9067729b3d-00000000-0000-0000-0000-000000000000'), 404);
      assert.deepEqual({ ...missing.upstream, ms: undefined }, { calls: 1, ms: undefined, retries: 0, notFound: 1, failed: 0, operations: { DescribeUser: 1 } });

      // "Not found" about something else than the user (the store's KMS key) is a failure, not a miss.
      scim.emulator?.faults.add({ operation: 'DescribeUser', times: 1, action: { kind: 'error', type: 'ResourceNotFoundException', reason: 'KMS_KEY_NOT_FOUND' } });
      const misconfigured = await measured(scim, logs, () => scim.get(`/Users/${id}`), 500);
      assert.deepEqual({ ...misconfigured.upstream, ms: undefined }, { calls: 1, ms: undefined, retries: 0, notFound: 0, failed: 1, operations: { DescribeUser: 1 } });
    });
  });
}

describe('per-call upstream lines at debug', () => {
  let scim: ScimGateway;
  let logs: LogCapture;

  before(async () => {
    logs = captureLogs('debug');
    scim = await startScimGateway({}, { logger: logs.logger });
  });
  after(() => scim.close());

  it('names the request of every membership write a group PATCH fans out to', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push(((await scim.post('/Users', newUser(`fan-${index}@example.com`)).expect(201)).body as { id: string }).id);
    const group = (await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'fan-out' }).expect(201)).body as { id: string };
    logs.raw.length = 0;
    await scim.patch(`/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: ids.map((value) => ({ value })) }] }).set('X-Request-Id', 'req-fan-out').expect(200);
    const calls = logs.withMessage('upstream call');
    assert.equal(calls.filter((call) => call.operation === 'CreateGroupMembership').length, 5);
    assert.deepEqual([...new Set(calls.map((call) => call.requestId))], ['req-fan-out']);
    const [line] = logs.withMessage('request');
    assert.equal((line?.upstream as Upstream).calls, calls.length);
  });
});
