import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { bodyAs, buildTestApp, tokenFor, type ErrorBody } from './helpers/test-app.ts';

const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const SCIM_JSON = 'application/scim+json; charset=utf-8';

describe('HTTP shell: headers and the error boundary', () => {
  it('sends helmet\'s security headers and no X-Powered-By', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/healthz');
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['strict-transport-security']), /max-age=/);
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.ok(res.headers['content-security-policy']);
    assert.equal(res.headers['x-powered-by'], undefined);
  });

  it('gives every response a request id, keeping a sane incoming one', async () => {
    const { app } = buildTestApp();
    const fresh = await request(app).get('/healthz');
    assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    const kept = await request(app).get('/healthz').set('X-Request-Id', 'lb-1234.abc');
    assert.equal(kept.headers['x-request-id'], 'lb-1234.abc');
    const replaced = await request(app).get('/healthz').set('X-Request-Id', 'bad id <script>');
    assert.notEqual(replaced.headers['x-request-id'], 'bad id <script>');
  });

  it('logs one access line per request with subject, status and no query string', async () => {
    const { app, logs } = buildTestApp();
    await request(app).get('/scim/v2/ServiceProviderConfig?filter=userName%20eq%20%22bjensen%40example.com%22').set('Authorization', `Bearer ${tokenFor({ subject: 'okta-prod' })}`).set('X-Request-Id', 'acc-1');
    const line = logs.find((record) => record['message'] === 'request');
    assert.ok(line);
    assert.equal(line['requestId'], 'acc-1');
    assert.equal(line['path'], '/scim/v2/ServiceProviderConfig');
    assert.equal(line['status'], 200);
    assert.equal(line['subject'], 'okta-prod');
    assert.equal(typeof line['ms'], 'number');
    assert.doesNotMatch(JSON.stringify(logs), /bjensen|eyJ/);
  });

  it('answers unknown routes with a SCIM 404, not an HTML page', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/nope');
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    assert.deepEqual(res.body, { schemas: [ERROR_SCHEMA], status: '404', detail: 'No endpoint GET /nope.' });
  });

  it('answers unknown /scim/v2 routes with 404 once authenticated', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/scim/v2/Widgets').set('Authorization', `Bearer ${tokenFor()}`);
    assert.equal(res.status, 404);
    assert.equal(bodyAs<ErrorBody>(res).status, '404');
  });

  it('turns a plain Error into a generic 500 with the request id, logging the cause and no stack in the body', async () => {
    const { app, logs } = buildTestApp({
      verifyToken: () => {
        throw new Error('database password is hunter2');
      },
    });
    const res = await request(app).get('/scim/v2/ServiceProviderConfig').set('Authorization', 'Bearer abc').set('X-Request-Id', 'req-500');
    assert.equal(res.status, 500);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    assert.deepEqual(res.body, { schemas: [ERROR_SCHEMA], status: '500', detail: 'Internal server error (request id req-500).' });
    assert.doesNotMatch(res.text, /hunter2|at |\.ts/);
    const logged = logs.find((record) => record['message'] === 'request failed');
    assert.ok(logged);
    assert.equal(logged['requestId'], 'req-500');
    assert.match(JSON.stringify(logged['error']), /hunter2/);
  });

  it('answers malformed JSON with 400 invalidSyntax', async () => {
    const { app } = buildTestApp();
    const res = await request(app)
      .post('/scim/v2/Users')
      .set('Authorization', `Bearer ${tokenFor()}`)
      .set('Content-Type', 'application/scim+json')
      .send('{"userName": ');
    assert.equal(res.status, 400);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    assert.equal(bodyAs<ErrorBody>(res).scimType, 'invalidSyntax');
    assert.match(bodyAs<ErrorBody>(res).detail, /not valid JSON/);
  });

  it('parses application/json and application/scim+json alike (then 404s the route that does not exist yet)', async () => {
    const { app } = buildTestApp();
    for (const type of ['application/json', 'application/scim+json; charset=utf-8']) {
      const res = await request(app).post('/scim/v2/Nothing').set('Authorization', `Bearer ${tokenFor()}`).set('Content-Type', type).send('{"a":1}');
      assert.equal(res.status, 404, type);
    }
  });

  it('answers a body over 1 MB with a SCIM 413', async () => {
    const { app } = buildTestApp();
    const big = JSON.stringify({ schemas: [], padding: 'x'.repeat(1024 * 1024) });
    const res = await request(app).post('/scim/v2/Users').set('Authorization', `Bearer ${tokenFor()}`).set('Content-Type', 'application/scim+json').send(big);
    assert.equal(res.status, 413);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    assert.deepEqual(res.body, { schemas: [ERROR_SCHEMA], status: '413', detail: 'The request body exceeds the limit of 1048576 bytes (bulk.maxPayloadSize in /ServiceProviderConfig); split it into smaller requests.' });
  });

  it('does not read bodies of unauthenticated requests', async () => {
    const { app } = buildTestApp();
    const res = await request(app).post('/scim/v2/Users').set('Content-Type', 'application/scim+json').send('{broken');
    assert.equal(res.status, 401);
  });

  it('answers /Me with a SCIM 501 whose detail survives the boundary', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/scim/v2/Me').set('Authorization', `Bearer ${tokenFor()}`).set('X-Request-Id', 'me-1');
    assert.equal(res.status, 501);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    assert.equal(bodyAs<ErrorBody>(res).status, '501');
    assert.match(bodyAs<ErrorBody>(res).detail, /\/Me is not supported.*request id me-1/);
    const put = await request(app).put('/scim/v2/Me').set('Authorization', `Bearer ${tokenFor()}`).send({});
    assert.equal(put.status, 501);
  });

  it('answers OPTIONS with a SCIM 501 instead of express\'s plain-text method list, after authentication', async () => {
    const { app } = buildTestApp();
    const res = await request(app).options('/scim/v2/Users').set('Authorization', `Bearer ${tokenFor()}`);
    assert.equal(res.status, 501);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    assert.match(bodyAs<ErrorBody>(res).detail, /OPTIONS is not supported/);
    assert.equal((await request(app).options('/scim/v2/Users')).status, 401);
  });
});
