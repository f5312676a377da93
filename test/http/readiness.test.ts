import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.ts';
import { createIdentityStoreClient } from '../../src/identity-store/create-identity-store-client.ts';
import { identityStoreReadiness } from '../../src/observability/identity-store-readiness.ts';
import { openGatewayState } from '../../src/state/open-gateway-state.ts';
import type { GatewayState } from '../../src/state/port.ts';
import { bodyAs, buildTestApp, type ReadinessBody } from './helpers/test-app.ts';

const STORE_ID = 'd-1234567890';
const CREDENTIALS = { accessKeyId: 'AKIAREADYZTEST000001', secretAccessKey: 'readyz-test-secret' };

describe('GET /healthz and /readyz', () => {
  let emulator: RunningEmulator;
  let client: IdentitystoreClient;
  let state: GatewayState;

  before(async () => {
    emulator = await startEmulator({ credentials: [CREDENTIALS], knownIdentityStoreIds: [STORE_ID] });
    client = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials: CREDENTIALS });
    state = await openGatewayState('memory:');
  });

  after(async () => {
    client.destroy();
    await state.close();
  });

  const checks = (storeId = STORE_ID) => [{ name: 'state', check: () => state.health() }, identityStoreReadiness(client, storeId)];

  it('healthz answers without touching any dependency', async () => {
    const { app } = buildTestApp({ readiness: checks() });
    const res = await request(app).get('/healthz');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ok' });
    assert.equal(res.headers['cache-control'], 'no-store');
  });

  it('readyz is 200 when state and the Identity Store answer, with one ListUsers of one item', async () => {
    const { app } = buildTestApp({ readiness: checks() });
    emulator.calls.clear();
    const res = await request(app).get('/readyz');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ready', checks: { state: 'ok', identityStore: 'ok' } });
    const calls = emulator.calls.list();
    assert.deepEqual(calls.map((call) => [call.operation, call.outcome.kind]), [['ListUsers', 'ok']]);
    assert.deepEqual(calls[0]?.input, { IdentityStoreId: STORE_ID, MaxResults: 1 });
  });

  it('readyz is 503 naming the store when the identity store id is unknown', async () => {
    const { app } = buildTestApp({ readiness: checks('d-9999999999') });
    const res = await request(app).get('/readyz');
    assert.equal(res.status, 503);
    assert.equal(bodyAs<ReadinessBody>(res).checks['state'], 'ok');
    assert.match(bodyAs<ReadinessBody>(res).checks['identityStore'] ?? '', /^failed: ResourceNotFoundException/);
    assert.match(bodyAs<ReadinessBody>(res).detail ?? '', /identityStore ResourceNotFoundException/);
  });

  it('readyz is 503 when the gateway state is closed', async () => {
    const closed = await openGatewayState('memory:');
    await closed.close();
    const { app, logs } = buildTestApp({ readiness: [{ name: 'state', check: () => closed.health() }] });
    const res = await request(app).get('/readyz');
    assert.equal(res.status, 503);
    assert.equal(bodyAs<ReadinessBody>(res).status, 'not ready');
    assert.match(bodyAs<ReadinessBody>(res).checks['state'] ?? '', /^failed: /);
    assert.ok(logs.some((record) => record['message'] === 'not ready'));
  });

  it('readyz is 503 within its deadline when a check hangs', async () => {
    const { app } = buildTestApp({ readiness: [{ name: 'slow', check: () => new Promise(() => undefined) }], readinessTimeoutMs: 50 });
    const res = await request(app).get('/readyz');
    assert.equal(res.status, 503);
    assert.deepEqual(bodyAs<ReadinessBody>(res).checks, { slow: 'failed: timed out after 50 ms' });
  });

  it('readyz is 503 once the emulator is closed, and says why without leaking the endpoint', async () => {
    const { app } = buildTestApp({ readiness: checks() });
    await emulator.close();
    const res = await request(app).get('/readyz');
    assert.equal(res.status, 503);
    assert.equal(bodyAs<ReadinessBody>(res).checks['state'], 'ok');
    assert.match(bodyAs<ReadinessBody>(res).checks['identityStore'] ?? '', /^failed: ECONNREFUSED/);
    assert.doesNotMatch(res.text, /127\.0\.0\.1/);
  });
});
