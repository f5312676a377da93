// Issue #8 "Observability": JSON log lines with request ids, the IdP subject, the SCIM operation,
// Identity Store calls with their latency (summed in the request line; one debug line each, tied to
// the request by its id), secrets redacted.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { captureLogs, type LogCapture } from './log-capture.ts';

describe('structured request and upstream logs', () => {
  let scim: ScimGateway;
  let logs: LogCapture;

  before(async () => {
    logs = captureLogs();
    scim = await startScimGateway({}, { logger: logs.logger });
  });
  beforeEach(() => void (logs.raw.length = 0));
  after(() => scim.close());

  it('writes one request line naming the request id, IdP, route, SCIM operation, status, latency and upstream calls', async () => {
    const res = await scim.post('/Users', newUser('logged@example.com')).set('X-Request-Id', 'req-create-1');
    assert.equal(res.status, 201);
    const [line, ...others] = logs.withMessage('request');
    assert.equal(others.length, 0);
    const upstream = line?.upstream as Record<string, unknown> | undefined;
    assert.deepEqual({ ...line, time: undefined, ms: undefined, upstream: { ...upstream, ms: undefined } }, {
      level: 'info', time: undefined, message: 'request', requestId: 'req-create-1', method: 'POST', path: '/scim/v2/Users',
      route: '/scim/v2/Users', operation: 'User.create', status: 201, ms: undefined, subject: 'test-idp',
      upstream: { calls: 1, ms: undefined, retries: 0, notFound: 0, failed: 0, operations: { CreateUser: 1 } },
    });
    assert.equal(typeof line?.ms, 'number');
    assert.ok(typeof upstream?.ms === 'number' && upstream.ms <= Number(line?.ms), 'the call took part of the request\'s time');
    assert.match(String(line?.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('logs every Identity Store call at debug with its operation, outcome, latency and the request id', async () => {
    const created = await scim.post('/Users', newUser('upstream-log@example.com'));
    const id = (created.body as { id: string }).id;
    logs.raw.length = 0;
    scim.emulator?.faults.add({ operation: 'DescribeUser', times: 1, action: { kind: 'throttle', retryAfterSeconds: 0 } });
    const res = await scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Pilot' }] }).set('X-Request-Id', 'req-patch-1');
    assert.equal(res.status, 200);
    const calls = logs.withMessage('upstream call');
    assert.ok(calls.length >= 2, JSON.stringify(calls));
    for (const call of calls) {
      assert.equal(call.level, 'debug');
      assert.equal(call.requestId, 'req-patch-1');
      assert.equal(typeof call.ms, 'number');
    }
    assert.deepEqual(calls.map((call) => [call.operation, call.outcome]).slice(0, 2), [['DescribeUser', 'ok'], ['UpdateUser', 'ok']]);
    assert.equal(calls[0]?.attempts, 2, 'the throttled attempt and its retry');
  });

  it('never writes the bearer token, and the failed call\'s outcome is the error table\'s name', async () => {
    scim.emulator?.faults.add({ operation: 'ListUsers', times: 1, action: { kind: 'error', type: 'AccessDeniedException' } });
    const res = await scim.get('/Users?startIndex=1&count=5');
    assert.equal(res.status, 500);
    const text = logs.raw.join('');
    assert.ok(!text.includes(scim.token), 'the token appears in a log line');
    assert.ok(!/Bearer\s+ey/.test(text));
    assert.ok(logs.withMessage('upstream call').some((call) => call.operation === 'ListUsers' && call.outcome === 'AccessDeniedException'));
    const failed = logs.withMessage('request failed')[0];
    assert.equal(failed?.level, 'error');
    assert.equal(typeof failed?.requestId, 'string');
  });
});

describe('structured logs at the production level (info)', () => {
  let scim: ScimGateway;
  let logs: LogCapture;

  before(async () => {
    logs = captureLogs('info');
    scim = await startScimGateway({}, { logger: logs.logger });
  });
  after(() => scim.close());

  it('names the request in the request and audit lines, sums its upstream calls in the request line, and writes no per-call lines', async () => {
    const res = await scim.post('/Users', newUser('info-level@example.com')).set('X-Request-Id', 'req-info-1');
    assert.equal(res.status, 201);
    const request = logs.withMessage('request');
    const audit = logs.withMessage('audit');
    assert.deepEqual(request.map((line) => [line.requestId, (line.upstream as { operations?: unknown } | undefined)?.operations]), [['req-info-1', { CreateUser: 1 }]]);
    assert.deepEqual(audit.map((line) => [line.requestId, line.action, line.status]), [['req-info-1', 'create', 201]]);
    assert.deepEqual(logs.withMessage('upstream call'), []);
  });
});
