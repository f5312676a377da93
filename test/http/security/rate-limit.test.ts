/**
 * Per-token rate limiting over real HTTP (SCIM_BRIDGE_RATE_LIMIT_RPS / _BURST): over the limit a
 * token gets 429 with Retry-After and a SCIM body, the request reaches no Identity Store, other
 * tokens and the health endpoints are not affected, and the bucket refills.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertNoIdentityStoreCall, assertScimRefusal } from './security-assertions.ts';

const BURST = 3;
// Slow refill, so the burst cannot refill while the test runs on a loaded machine.
const PER_SECOND = 0.5;
let scim: ScimGateway;

before(async () => {
  scim = await startScimGateway({ SCIM_BRIDGE_RATE_LIMIT_RPS: String(PER_SECOND), SCIM_BRIDGE_RATE_LIMIT_BURST: String(BURST) });
});
after(() => scim.close());

describe('per-token rate limit', () => {
  it('answers 429 with Retry-After once a token has used its burst, before any Identity Store call', async () => {
    const token = scim.tokenFor(['scim:read', 'scim:write'], 'okta');
    for (let i = 0; i < BURST; i += 1) assert.equal((await scim.get('/ServiceProviderConfig', token)).status, 200, `request ${i + 1}`);
    scim.emulator?.calls.clear();
    const res = await scim.post('/Users', newUser('flood@example.com'), token);
    assertScimRefusal(res, { status: 429, detail: new RegExp(`Too many requests with this bearer token \\(limit ${PER_SECOND} per second, bursts of ${BURST}\\); retry after [12] seconds?\\.$`) });
    const retryAfter = Number(res.headers['retry-after']);
    assert.ok(retryAfter === 1 || retryAfter === 2, `Retry-After ${String(res.headers['retry-after'])}`);
    assert.match((res.body as { detail: string }).detail, new RegExp(`retry after ${retryAfter} second`));
    assertNoIdentityStoreCall(scim.emulator);

    // Another token of the same gateway has its own bucket.
    assert.equal((await scim.get('/ServiceProviderConfig', scim.tokenFor(['scim:read'], 'entra'))).status, 200);
    // After Retry-After seconds the token may send again.
    await sleep(retryAfter * 1000 + 50);
    assert.equal((await scim.get('/ServiceProviderConfig', token)).status, 200);
  });

  it('does not count requests that fail authentication, nor limit the health endpoints', async () => {
    for (let i = 0; i < BURST * 3; i += 1) {
      assert.equal((await scim.get('/ServiceProviderConfig', 'forged.token.value')).status, 401);
      assert.equal((await request(scim.origin).get('/healthz')).status, 200);
    }
    const fresh = scim.tokenFor(['scim:read'], 'google');
    assert.equal((await scim.get('/ServiceProviderConfig', fresh)).status, 200);
  });
});

describe('rate limit turned off', () => {
  it('SCIM_BRIDGE_RATE_LIMIT_RPS=0 lets any number of requests through', async () => {
    const open = await startScimGateway({ SCIM_BRIDGE_RATE_LIMIT_RPS: '0', SCIM_BRIDGE_RATE_LIMIT_BURST: '1' });
    try {
      for (let i = 0; i < 5; i += 1) assert.equal((await open.get('/ServiceProviderConfig')).status, 200);
    } finally {
      await open.close();
    }
  });
});
