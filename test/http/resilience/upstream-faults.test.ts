// Issue #8 "Upstream faults" over HTTP, through the whole gateway and the real SDK: with every
// Identity Store call throttled, each kind of request ends in a clean 429 (SCIM body, Retry-After)
// within a bounded time; with 30% throttling and 5% internal errors, a user's whole life cycle
// succeeds; a RetryAfterSeconds within the wait limit is waited, not passed on.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { LIST_RESPONSE, PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

interface ErrorBody { schemas: string[]; status: string; detail: string }
interface ListBody { schemas: string[]; totalResults: number }

function embedded(scim: ScimGateway): RunningEmulator {
  if (scim.emulator === undefined) throw new Error('needs the embedded emulator');
  return scim.emulator;
}

async function createUser(scim: ScimGateway, userName: string): Promise<string> {
  const res = await scim.post('/Users', newUser(userName));
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return (res.body as { id: string }).id;
}

/** Every kind of request an IdP sends, against a user that exists. */
function everyRequest(scim: ScimGateway, userId: string) {
  return [
    { name: 'GET /Users/{id}', send: () => scim.get(`/Users/${userId}`) },
    { name: 'GET /Users (filter)', send: () => scim.get('/Users?filter=userName%20eq%20%22a%40example.com%22') },
    { name: 'GET /Users (list)', send: () => scim.get('/Users?startIndex=1&count=10') },
    { name: 'POST /Users', send: () => scim.post('/Users', newUser('throttled@example.com')) },
    { name: 'PUT /Users/{id}', send: () => scim.put(`/Users/${userId}`, newUser('a@example.com', { title: 'Pilot' })) },
    { name: 'PATCH /Users/{id}', send: () => scim.patch(`/Users/${userId}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Pilot' }] }) },
    { name: 'DELETE /Users/{id}', send: () => scim.delete(`/Users/${userId}`) },
  ];
}

function assertClean429(res: { status: number; headers: Record<string, string>; body: unknown }, name: string): void {
  assert.equal(res.status, 429, `${name}: ${JSON.stringify(res.body)}`);
  assert.match(res.headers['content-type'] ?? '', /^application\/scim\+json/, name);
  const retryAfter = Number(res.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1, `${name}: Retry-After ${res.headers['retry-after']}`);
  const body = res.body as ErrorBody;
  assert.deepEqual(body.schemas, [ERROR_SCHEMA], name);
  assert.equal(body.status, '429', name);
  assert.match(body.detail, /throttling/, name);
}

describe('100% throttling: every request ends in a clean 429 within a bounded time', () => {
  it('after the configured attempts when the store asks for no wait (retries, then 429)', async () => {
    const scim = await startScimGateway({ SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: '3' });
    try {
      const emulator = embedded(scim);
      const userId = await createUser(scim, 'a@example.com');
      emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 } });
      for (const request of everyRequest(scim, userId)) {
        emulator.calls.clear();
        const started = Date.now();
        const res = await request.send();
        assertClean429(res, request.name);
        // Generous: three attempts with millisecond backoffs, on a loaded CI machine.
        assert.ok(Date.now() - started < 5000, `${request.name} took ${Date.now() - started} ms`);
        const attempts = emulator.calls.list();
        assert.equal(attempts.length, 3, `${request.name}: the first call was tried 3 times, and nothing after it`);
        assert.ok(attempts.every((call) => call.outcome.kind === 'error' && call.outcome.error === 'ThrottlingException'));
      }
    } finally {
      await scim.close();
    }
  });

  it('at once, passing the store\'s RetryAfterSeconds on, when that is longer than the gateway may wait', async () => {
    const scim = await startScimGateway({ SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: '1000' });
    try {
      const emulator = embedded(scim);
      const userId = await createUser(scim, 'a@example.com');
      emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 7 } });
      const started = Date.now();
      for (const request of everyRequest(scim, userId)) {
        const res = await request.send();
        assertClean429(res, request.name);
        assert.equal(res.headers['retry-after'], '7', request.name);
      }
      assert.ok(Date.now() - started < 5000, `7 requests took ${Date.now() - started} ms`);
    } finally {
      await scim.close();
    }
  });

  it('with adaptive pacing (the production floor): the gateway slows down and answers 429 without calling the store', async () => {
    // SCIM_BRIDGE_UPSTREAM_MIN_RATE 0.5, as in production: after the first throttle this process
    // sends at most one call every two seconds, which is longer than it may make a request wait.
    const scim = await startScimGateway({ SCIM_BRIDGE_UPSTREAM_MIN_RATE: '0.5', SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: '300' });
    try {
      const emulator = embedded(scim);
      const userId = await createUser(scim, 'a@example.com');
      emulator.faults.add({ action: { kind: 'throttle' } });
      emulator.calls.clear();
      const started = Date.now();
      for (const request of everyRequest(scim, userId)) assertClean429(await request.send(), request.name);
      assert.ok(Date.now() - started < 6000, `7 requests took ${Date.now() - started} ms`);
      // The first request met the throttle; the others were paced away before reaching the store.
      assert.ok(emulator.calls.count() < 4, `the store saw ${emulator.calls.count()} calls for 7 requests`);
    } finally {
      await scim.close();
    }
  });
});

describe('30% throttling and 5% internal errors: a user life cycle succeeds', () => {
  let scim: ScimGateway;
  let emulator: RunningEmulator;

  before(async () => {
    scim = await startScimGateway({}, { faultSeed: 8 });
    emulator = embedded(scim);
    emulator.faults.add({ action: { kind: 'throttle', retryAfterSeconds: 0 }, probability: 0.3 });
    // Sees only calls that were not throttled: 5% of all calls.
    emulator.faults.add({ action: { kind: 'internal-error' }, probability: 0.05 / 0.7 });
  });
  after(() => scim.close());

  it('creates, reads, lists, replaces, patches, deactivates and deletes users without one failure', async () => {
    for (let n = 0; n < 5; n += 1) {
      const userName = `flaky${n}@example.com`;
      const id = await createUser(scim, userName);
      assert.equal((await scim.get(`/Users/${id}`)).status, 200);
      const found = await scim.get(`/Users?filter=userName%20eq%20%22${encodeURIComponent(userName)}%22`);
      assert.equal(found.status, 200);
      const list = found.body as ListBody;
      assert.deepEqual(list.schemas, [LIST_RESPONSE]);
      assert.equal(list.totalResults, 1);
      const replaced = await scim.put(`/Users/${id}`, newUser(userName, { title: 'Engineer' }));
      assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
      const patched = await scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: false, title: 'Former' } }] });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      assert.equal((patched.body as { active: boolean }).active, false);
      assert.equal((await scim.delete(`/Users/${id}`)).status, 204);
      assert.equal((await scim.get(`/Users/${id}`)).status, 404);
    }
    const listed = await scim.get('/Users');
    assert.equal(listed.status, 200);
    assert.equal((listed.body as ListBody).totalResults, 0, 'every user created was deleted again');
    const injected = emulator.calls.list().filter((call) => call.outcome.kind === 'error' && call.outcome.injected);
    assert.ok(injected.some((call) => call.outcome.kind === 'error' && call.outcome.error === 'ThrottlingException'));
    assert.ok(injected.some((call) => call.outcome.kind === 'error' && call.outcome.error === 'InternalServerException'));
  });
});

describe('a RetryAfterSeconds within the wait limit is waited, and the request succeeds', () => {
  it('waits the second the store asked for, then answers 200', async () => {
    const scim = await startScimGateway({ SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: '5000' });
    try {
      const emulator = embedded(scim);
      const userId = await createUser(scim, 'patient@example.com');
      emulator.faults.add({ operation: 'DescribeUser', times: 1, action: { kind: 'throttle', retryAfterSeconds: 1 } });
      const started = Date.now();
      const res = await scim.get(`/Users/${userId}`);
      assert.equal(res.status, 200);
      assert.ok(Date.now() - started >= 990, `answered after ${Date.now() - started} ms`);
    } finally {
      await scim.close();
    }
  });
});
