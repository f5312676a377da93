// Issue #8: Prometheus metrics at GET /metrics (prom-client text exposition), per gateway:
// requests by route template/method/status with latency, Identity Store calls by operation and
// outcome, retries, throttles, audit events; off with SCIM_BRIDGE_METRICS=false.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

/** The value of one sample line, e.g. `name{a="b"} 3`; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text.split('\n').find((candidate) => {
    if (!candidate.startsWith(`${name}{`)) return false;
    const inside = candidate.slice(name.length + 1, candidate.lastIndexOf('}')).split(',');
    return wanted.every((pair) => inside.includes(pair)) && inside.length === wanted.length;
  });
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  let scim: ScimGateway;
  let other: ScimGateway;
  let userId: string;

  before(async () => {
    scim = await startScimGateway();
    other = await startScimGateway();
    userId = ((await scim.post('/Users', newUser('metered@example.com'))).body as { id: string }).id;
    scim.emulator?.faults.add({ operation: 'DescribeUser', times: 2, action: { kind: 'throttle', retryAfterSeconds: 0 } });
    assert.equal((await scim.get(`/Users/${userId}`)).status, 200);
    assert.equal((await scim.get(`/Users/${userId}`)).status, 200);
    assert.equal((await scim.get('/Users/not-an-id-at-all')).status, 404);
    assert.equal((await scim.get('/no/such/path')).status, 404);
  });
  after(async () => {
    await scim.close();
    await other.close();
  });

  it('serves the text exposition format without a bearer token', async () => {
    const res = await request(scim.origin).get('/metrics');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'] ?? '', /^text\/plain; version=0\.0\.4/);
    assert.match(res.text, /# TYPE scim_bridge_http_requests_total counter/);
    assert.match(res.text, /# TYPE process_cpu_seconds_total counter/, 'process metrics are there too');
  });

  it('counts requests by route template (never an id), method and status, with a latency histogram', async () => {
    const { text } = await request(scim.origin).get('/metrics');
    assert.equal(sample(text, 'scim_bridge_http_requests_total', { route: '/scim/v2/Users/{id}', method: 'GET', status: '200' }), 2);
    assert.equal(sample(text, 'scim_bridge_http_requests_total', { route: '/scim/v2/Users/{id}', method: 'GET', status: '404' }), 1);
    assert.equal(sample(text, 'scim_bridge_http_requests_total', { route: '/scim/v2/Users', method: 'POST', status: '201' }), 1);
    assert.equal(sample(text, 'scim_bridge_http_requests_total', { route: 'unmatched', method: 'GET', status: '404' }), 1);
    assert.ok(!text.includes(userId), 'a resource id became a label');
    assert.equal(sample(text, 'scim_bridge_http_request_duration_seconds_count', { route: '/scim/v2/Users/{id}', method: 'GET', status: '200' }), 2);
  });

  it('counts Identity Store calls by operation and outcome, their retries and throttled attempts', async () => {
    const { text } = await request(scim.origin).get('/metrics');
    assert.equal(sample(text, 'scim_bridge_upstream_calls_total', { operation: 'CreateUser', outcome: 'ok' }), 1);
    assert.ok((sample(text, 'scim_bridge_upstream_calls_total', { operation: 'DescribeUser', outcome: 'ok' }) ?? 0) >= 2);
    assert.equal(sample(text, 'scim_bridge_upstream_throttles_total', { operation: 'DescribeUser' }), 2);
    assert.equal(sample(text, 'scim_bridge_upstream_retries_total', { operation: 'DescribeUser' }), 2);
    assert.ok((sample(text, 'scim_bridge_upstream_call_duration_seconds_count', { operation: 'DescribeUser', outcome: 'ok' }) ?? 0) >= 2);
    assert.equal(sample(text, 'scim_bridge_audit_events_total', { resource_type: 'User', action: 'create', result: 'success' }), 1);
    assert.match(text, /^scim_bridge_upstream_in_flight 0$/m);
  });

  it('keeps each gateway\'s counts apart (a registry per gateway)', async () => {
    const { text } = await request(other.origin).get('/metrics');
    assert.equal(sample(text, 'scim_bridge_http_requests_total', { route: '/scim/v2/Users', method: 'POST', status: '201' }), undefined);
  });

  it('is not served with SCIM_BRIDGE_METRICS=false', async () => {
    const off = await startScimGateway({ SCIM_BRIDGE_METRICS: 'false' });
    try {
      assert.equal((await request(off.origin).get('/metrics')).status, 404);
    } finally {
      await off.close();
    }
  });
});
