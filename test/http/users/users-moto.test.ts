/**
 * A /Users flow with the gateway pointed at moto (an independent Identity Store implementation,
 * test/helpers/moto-server.ts) instead of our emulator: create, get, filter and delete must work;
 * moto has no UpdateUser (HTTP 500 with an HTML page), so PUT and PATCH must end in a clean SCIM
 * 5xx body that names the request id, and the gateway must keep serving.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bodyAs, type ErrorBody } from '../helpers/test-app.ts';
import { PATCH_OP, SCIM_JSON, newUser, startScimGatewayWithMoto, type ScimGateway } from '../helpers/scim-gateway.ts';

interface UserBody {
  readonly id: string;
  readonly userName: string;
  readonly meta: { readonly version: string };
}

let scim: ScimGateway;

describe('/Users against moto', () => {
  before(async () => { scim = await startScimGatewayWithMoto(); });
  after(() => scim.close());

  it('create, get, filter, delete', async () => {
    const created = await scim.post('/Users', newUser('moto-user@example.com'));
    assert.equal(created.status, 201, created.text);
    const user = bodyAs<UserBody>(created);
    assert.equal(created.headers['location'], `${scim.gateway.url}/Users/${user.id}`);
    assert.ok(created.headers['etag']);

    const read = await scim.get(`/Users/${user.id}`);
    assert.equal(read.status, 200, read.text);
    assert.equal(bodyAs<UserBody>(read).userName, 'moto-user@example.com');

    const found = await scim.get(`/Users?filter=${encodeURIComponent('userName eq "moto-user@example.com"')}&startIndex=1&count=100`);
    assert.equal(found.status, 200, found.text);
    assert.equal((found.body as { totalResults: number }).totalResults, 1);
    const none = await scim.get(`/Users?filter=${encodeURIComponent('userName eq "nobody@example.com"')}&startIndex=1&count=100`);
    assert.equal((none.body as { totalResults: number }).totalResults, 0);

    assert.equal((await scim.post('/Users', newUser('moto-user@example.com'))).status, 409);

    assert.equal((await scim.delete(`/Users/${user.id}`)).status, 204);
    assert.equal((await scim.get(`/Users/${user.id}`)).status, 404);
  });

  it('PUT and PATCH (no UpdateUser in moto) end in a clean SCIM 5xx, and the gateway keeps serving', async () => {
    const user = bodyAs<UserBody>(await scim.post('/Users', newUser('moto-update@example.com')));
    for (const res of [
      await scim.put(`/Users/${user.id}`, newUser('moto-update@example.com', { title: 'New' })),
      await scim.patch(`/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'New' }] }),
    ]) {
      assert.ok(res.status >= 500 && res.status < 600, `${String(res.status)} ${res.text}`);
      assert.equal(res.headers['content-type'], SCIM_JSON);
      const body = bodyAs<ErrorBody>(res);
      assert.deepEqual(body.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
      assert.equal(body.status, String(res.status));
      assert.match(body.detail, /request id/);
      assert.doesNotMatch(res.text, /<html|SyntaxError|Deserialization/i);
    }
    assert.equal((await scim.get(`/Users/${user.id}`)).status, 200);
  });
});
