/**
 * /scim/v2/Users behaviour only Users have, over real HTTP against the whole gateway (embedded
 * emulator, real SDK). What every resource endpoint does (create, get, 404, ETags, If-Match,
 * If-None-Match, list paging, .search, sort, projection, delete, scopes) is the shared contract in
 * ../resource-contract.ts, run for Users by users-contract.test.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bodyAs } from '../helpers/test-app.ts';
import { PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

interface UserBody {
  readonly id: string;
  readonly active?: boolean;
  readonly title?: string;
  readonly name?: { readonly givenName?: string };
  readonly meta: { readonly version: string };
}

let scim: ScimGateway;

describe('/Users endpoints', () => {
  before(async () => {
    scim = await startScimGateway();
  });
  after(async () => {
    await scim.close();
  });

  it('PATCH in the Entra ID dialect: capitalised ops, "False", path-less dotted keys; 200 with the resource', async () => {
    const created = await scim.post('/Users', newUser('entra-dialect@example.com'));
    assert.equal(created.status, 201, created.text);
    const user = bodyAs<UserBody>(created);
    const res = await scim.patch(`/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', value: { 'name.givenName': 'Alicia', title: 'Queen of Hearts' } },
      ],
    });
    assert.equal(res.status, 200, res.text);
    const patched = bodyAs<UserBody>(res);
    assert.equal(patched.active, false);
    assert.equal(patched.name?.givenName, 'Alicia');
    assert.equal(patched.title, 'Queen of Hearts');
    assert.equal(res.headers['etag'], patched.meta.version);
    const read = bodyAs<UserBody>(await scim.get(`/Users/${user.id}`));
    assert.equal(read.active, false);
    assert.equal(read.name?.givenName, 'Alicia');
  });

  it('refuses a user without name.givenName before any call (the store requires it)', async () => {
    scim.emulator?.calls.clear();
    const res = await scim.post('/Users', newUser('nameless@example.com', { name: { familyName: 'Only' } }));
    assert.equal(res.status, 400, res.text);
    assert.match((res.body as { detail: string }).detail, /name\.givenName/);
    assert.equal(scim.emulator?.calls.count(), 0);
  });
});
