/**
 * helmet's headers and no framework fingerprint on every kind of answer: a SCIM resource, a
 * refusal, an unknown path and the health endpoint.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

let scim: ScimGateway;

before(async () => {
  scim = await startScimGateway();
});
after(() => scim.close());

describe('response headers', () => {
  it('carry helmet protections and no X-Powered-By, whatever the outcome', async () => {
    const answers = {
      'a discovery document': await scim.get('/ServiceProviderConfig'),
      'a 401': await scim.get('/Users', ''),
      'a 404': await scim.get('/NoSuchEndpoint'),
      'the liveness probe': await request(scim.origin).get('/healthz'),
    };
    for (const [what, res] of Object.entries(answers)) {
      assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
      assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN', what);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, what);
      assert.match(String(res.headers['strict-transport-security']), /max-age=\d+/, what);
      assert.equal(res.headers['x-powered-by'], undefined, what);
      assert.match(String(res.headers['x-request-id']), /^[\w.:-]+$/, what);
    }
  });
});
