import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import express from 'express';
import request from 'supertest';
import { issueToken } from '../../src/auth/issue-token.ts';
import { tokenKeyFromSecret } from '../../src/auth/token-key.ts';
import { createTokenVerifier } from '../../src/auth/verify-token.ts';
import { createErrorHandler } from '../../src/http/error-handler.ts';
import { authenticate } from '../../src/http/middleware/authenticate.ts';
import { requireScope } from '../../src/http/middleware/require-scope.ts';
import { silentLogger } from '../../src/observability/logger.ts';
import { bodyAs, buildTestApp, TEST_SECRET, tokenFor, type ErrorBody } from './helpers/test-app.ts';

const SPC = '/scim/v2/ServiceProviderConfig';

async function expect401(authorization: string | undefined, detail: RegExp, challenge: RegExp = /^Bearer realm="scim-bridge"/): Promise<void> {
  const { app } = buildTestApp();
  const req = request(app).get(SPC);
  const res = authorization === undefined ? await req : await req.set('Authorization', authorization);
  assert.equal(res.status, 401);
  assert.equal(res.headers['content-type'], 'application/scim+json; charset=utf-8');
  assert.match(String(res.headers['www-authenticate']), challenge);
  const body = bodyAs<ErrorBody>(res);
  assert.deepEqual(Object.keys(body).sort(), ['detail', 'schemas', 'status']);
  assert.equal(body.status, '401');
  assert.match(body.detail, detail);
  assert.ok(!res.text.includes(TEST_SECRET));
}

describe('bearer authentication on /scim/v2', () => {
  it('accepts a valid token', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get(SPC).set('Authorization', `Bearer ${tokenFor()}`);
    assert.equal(res.status, 200);
  });

  it('accepts the scheme name in any case', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get(SPC).set('Authorization', `bearer ${tokenFor()}`);
    assert.equal(res.status, 200);
  });

  it('refuses a missing token with a Bearer challenge', () => expect401(undefined, /Missing bearer token/, /^Bearer realm="scim-bridge"$/));

  it('refuses another scheme', () => expect401('Basic dXNlcjpwYXNz', /must be "Bearer <token>"/, /error="invalid_request"/));

  it('refuses garbage', () => expect401('Bearer not-a-jwt', /not a well-formed JWT/, /error="invalid_token", error_description="malformed"/));

  it('refuses a token signed with another secret', () => {
    const token = issueToken({ key: tokenKeyFromSecret('another-secret-that-is-32-bytes-long!'), subject: 'x' }).token;
    return expect401(`Bearer ${token}`, /signature does not verify/, /error="invalid_token"/);
  });

  it('refuses an expired token', () => {
    const token = tokenFor({ expiresInSeconds: 60, now: new Date(Date.now() - 120_000) });
    return expect401(`Bearer ${token}`, /has expired/, /error_description="expired"/);
  });

  it('refuses alg none', () => {
    const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${segment({ alg: 'none', typ: 'JWT' })}.${segment({ sub: 'x', scope: 'scim:read scim:write', jti: 'j', iss: 'scim-bridge', aud: 'scim-bridge' })}.`;
    return expect401(`Bearer ${token}`, /must be signed with HS256/, /error_description="wrong-algorithm"/);
  });

  it('refuses a token for another audience even with the right secret', () => {
    const token = jwt.sign({ sub: 'x', scope: 'scim:read', jti: 'j', iss: 'scim-bridge', aud: 'elsewhere' }, createSecretKey(Buffer.from(TEST_SECRET)), { algorithm: 'HS256' });
    return expect401(`Bearer ${token}`, /not meant for scim-bridge/);
  });

  it('protects every /scim/v2 path, known or not', async () => {
    const { app } = buildTestApp();
    for (const path of ['/scim/v2/Users', '/scim/v2/Me', '/scim/v2/anything']) {
      const res = await request(app).get(path);
      assert.equal(res.status, 401, path);
    }
  });

  it('leaves /healthz open', async () => {
    const { app } = buildTestApp();
    assert.equal((await request(app).get('/healthz')).status, 200);
  });
});

describe('requireScope', () => {
  const app = express();
  app.use(authenticate(createTokenVerifier(tokenKeyFromSecret(TEST_SECRET))));
  app.post('/write', requireScope('scim:write'), (_req, res) => void res.status(204).end());
  app.use(createErrorHandler(silentLogger));

  it('lets a token with the scope through', async () => {
    const res = await request(app).post('/write').set('Authorization', `Bearer ${tokenFor({ scopes: ['scim:write'] })}`);
    assert.equal(res.status, 204);
  });

  it('answers 403 with an insufficient_scope challenge when the scope is missing', async () => {
    const res = await request(app).post('/write').set('Authorization', `Bearer ${tokenFor({ scopes: ['scim:read'] })}`);
    assert.equal(res.status, 403);
    assert.equal(bodyAs<ErrorBody>(res).status, '403');
    assert.match(bodyAs<ErrorBody>(res).detail, /lacks the scim:write scope/);
    assert.match(String(res.headers['www-authenticate']), /error="insufficient_scope", scope="scim:write"/);
  });
});
