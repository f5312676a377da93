// Identity Store failures reach the IdP through docs/error-mapping.md, end to end: the emulator
// injects the modelled exception (with its Reason), the real SDK raises it, and the gateway
// answers the mapped SCIM error over HTTP.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { PATCH_OP, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

interface ErrorBody { status: string; scimType?: string; detail: string }

describe('/Users: upstream failures become the mapped SCIM errors', () => {
  let scim: ScimGateway;
  let emulator: RunningEmulator;
  let userId: string;

  before(async () => {
    scim = await startScimGateway();
    if (scim.emulator === undefined) throw new Error('needs the embedded emulator');
    emulator = scim.emulator;
    const created = await scim.post('/Users', newUser('upstream@example.com'));
    assert.equal(created.status, 201);
    userId = (created.body as { id: string }).id;
  });
  afterEach(() => emulator.faults.clear());
  after(() => scim.close());

  it('answers a disabled KMS key with a 500 that tells the operator what to fix', async () => {
    emulator.faults.add({ operation: 'DescribeUser', action: { kind: 'error', type: 'ValidationException', reason: 'KMS_DISABLED' } });
    const res = await scim.get(`/Users/${userId}`);
    const body = res.body as ErrorBody;
    assert.equal(res.status, 500);
    assert.equal(body.status, '500');
    assert.match(body.detail, /KMS key is disabled/);
    assert.match(body.detail, /request id/);
  });

  it('answers missing IAM permissions with a 500 naming the action to grant', async () => {
    emulator.faults.add({ operation: 'DescribeUser', action: { kind: 'error', type: 'AccessDeniedException' } });
    const res = await scim.get(`/Users/${userId}`);
    assert.equal(res.status, 500);
    assert.match((res.body as ErrorBody).detail, /identitystore:DescribeUser/);
  });

  it('answers persistent throttling with 429, Retry-After and a SCIM body', async () => {
    emulator.faults.add({ operation: 'DescribeUser', action: { kind: 'throttle', retryAfterSeconds: 2 } });
    const res = await scim.get(`/Users/${userId}`);
    assert.equal(res.status, 429);
    assert.equal(res.headers['retry-after'], '2');
    assert.equal((res.body as ErrorBody).status, '429');
  });

  it('answers a persistent internal error with 503 and Retry-After', async () => {
    emulator.faults.add({ operation: 'DescribeUser', action: { kind: 'internal-error', retryAfterSeconds: 3 } });
    const res = await scim.get(`/Users/${userId}`);
    assert.equal(res.status, 503);
    assert.equal(res.headers['retry-after'], '3');
  });

  it('retries a concurrent modification and then succeeds, writing once', async () => {
    emulator.faults.add({ operation: 'UpdateUser', times: 1, action: { kind: 'error', type: 'ConflictException', reason: 'CONCURRENT_MODIFICATION' } });
    emulator.calls.clear();
    const res = await scim.patch(`/Users/${userId}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Pilot' }] });
    assert.equal(res.status, 200);
    assert.equal((res.body as { title: string }).title, 'Pilot');
    const updates = emulator.calls.list().filter((call) => call.operation === 'UpdateUser');
    assert.deepEqual(updates.map((call) => call.outcome.kind), ['error', 'ok']);
  });

  it('answers 409 when concurrent modification persists, and the attribute is unchanged', async () => {
    emulator.faults.add({ operation: 'UpdateUser', action: { kind: 'error', type: 'ConflictException', reason: 'CONCURRENT_MODIFICATION' } });
    const res = await scim.patch(`/Users/${userId}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Captain' }] });
    assert.equal(res.status, 409);
    assert.equal((res.body as ErrorBody).scimType, undefined);
    emulator.faults.clear();
    const read = await scim.get(`/Users/${userId}`);
    assert.equal((read.body as { title: string }).title, 'Pilot');
  });

  it('creates nothing when CreateUser fails, and says so', async () => {
    emulator.faults.add({ operation: 'CreateUser', action: { kind: 'error', type: 'ServiceQuotaExceededException', message: 'Users quota reached.' } });
    emulator.calls.clear();
    const res = await scim.post('/Users', newUser('quota@example.com'));
    assert.equal(res.status, 500);
    assert.match((res.body as ErrorBody).detail, /quota/);
    emulator.faults.clear();
    const lookup = await scim.get('/Users?filter=userName%20eq%20%22quota@example.com%22');
    assert.equal((lookup.body as { totalResults: number }).totalResults, 0);
    assert.deepEqual(operations(emulator).filter((op) => op === 'CreateUser'), ['CreateUser']);
  });
});
