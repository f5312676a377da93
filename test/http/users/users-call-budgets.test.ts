/**
 * Call budgets (product brief table) for /Users, read from the embedded emulator's call log:
 * what each SCIM request may cost in Identity Store calls, through the whole gateway.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bodyAs } from '../helpers/test-app.ts';
import { PATCH_OP, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

interface Created {
  readonly id: string;
  readonly userName: string;
}

let scim: ScimGateway;
let user: Created;

describe('/Users call budgets', () => {
  before(async () => {
    scim = await startScimGateway();
    const res = await scim.post('/Users', newUser('budget@example.com', { title: 'Budget' }));
    assert.equal(res.status, 201, res.text);
    user = bodyAs<Created>(res);
  });
  after(async () => {
    await scim.close();
  });
  beforeEach(() => {
    scim.emulator?.calls.clear();
  });

  it('GET /Users/{id}: exactly one DescribeUser', async () => {
    assert.equal((await scim.get(`/Users/${user.id}`)).status, 200);
    assert.deepEqual(operations(scim.emulator), ['DescribeUser']);
  });

  it('GET /Users/{id} answered 304: still one DescribeUser (the version is the store\'s)', async () => {
    const first = await scim.get(`/Users/${user.id}`);
    scim.emulator?.calls.clear();
    assert.equal((await scim.get(`/Users/${user.id}`).set('If-None-Match', String(first.headers['etag']))).status, 304);
    assert.deepEqual(operations(scim.emulator), ['DescribeUser']);
  });

  it('filter userName eq: GetUserId + DescribeUser, alone or and-ed with more terms', async () => {
    assert.equal((await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${user.userName}"`)}`)).status, 200);
    assert.deepEqual(operations(scim.emulator), ['GetUserId', 'DescribeUser']);
    scim.emulator?.calls.clear();
    const res = await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${user.userName}" and title eq "Other"`)}`);
    assert.equal(res.status, 200);
    assert.equal((res.body as { totalResults: number }).totalResults, 0);
    assert.deepEqual(operations(scim.emulator), ['GetUserId', 'DescribeUser']);
  });

  it('Okta test connection for an unknown userName: GetUserId only', async () => {
    assert.equal((await scim.get(`/Users?filter=${encodeURIComponent('userName eq "nobody@example.com"')}&startIndex=1&count=100`)).status, 200);
    assert.deepEqual(operations(scim.emulator), ['GetUserId']);
  });

  it('PATCH that changes one attribute: DescribeUser + one UpdateUser (no read-back)', async () => {
    const res = await scim.patch(`/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Changed' }] });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(operations(scim.emulator), ['DescribeUser', 'UpdateUser']);
  });

  it('PUT that changes one attribute: DescribeUser + one UpdateUser (no read-back)', async () => {
    const res = await scim.put(`/Users/${user.id}`, newUser(user.userName, { title: 'Put' }));
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(operations(scim.emulator), ['DescribeUser', 'UpdateUser']);
  });

  it('POST /Users: CreateUser alone (the brief allows a read-back; none is needed)', async () => {
    assert.equal((await scim.post('/Users', newUser('post-budget@example.com'))).status, 201);
    assert.deepEqual(operations(scim.emulator), ['CreateUser']);
  });

  it('PATCH that changes nothing: no UpdateUser', async () => {
    await scim.patch(`/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Same' }] });
    scim.emulator?.calls.clear();
    const res = await scim.patch(`/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Same' }] });
    assert.equal(res.status, 200, res.text);
    assert.ok(!operations(scim.emulator).includes('UpdateUser'));
  });

  it('DELETE /Users/{id}: DeleteUser', async () => {
    const created = bodyAs<Created>(await scim.post('/Users', newUser('delete-budget@example.com')));
    scim.emulator?.calls.clear();
    assert.equal((await scim.delete(`/Users/${created.id}`)).status, 204);
    assert.deepEqual(operations(scim.emulator), ['DeleteUser']);
  });
});
