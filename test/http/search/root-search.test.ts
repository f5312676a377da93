/**
 * Searching from the server root (RFC 7644 section 3.4.3 `POST /.search`, section 3.4.2.1 `GET /`)
 * over real HTTP: each type answers through its own list, and the window is cut across them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

interface ListBody {
  readonly totalResults: number;
  readonly startIndex: number;
  readonly itemsPerPage: number;
  readonly Resources: { readonly id: string; readonly userName?: string; readonly displayName?: string; readonly meta?: { readonly resourceType: string } }[];
}

let scim: ScimGateway;

describe('root search across resource types', () => {
  before(async () => {
    scim = await startScimGateway();
    for (const name of ['cora', 'abe', 'bea', 'dan']) {
      const res = await scim.post('/Users', newUser(`${name}@root.example`, { displayName: `${name} root`, title: name === 'dan' ? 'Boss' : 'Staff' }));
      assert.equal(res.status, 201, res.text);
    }
  });
  after(async () => {
    await scim.close();
  });

  it('POST /.search filters, sorts, pages and projects like a type search', async () => {
    const res = await scim.post('/.search', { schemas: [SEARCH], filter: 'title eq "Staff"', sortBy: 'userName', startIndex: 2, count: 1, attributes: ['userName'] });
    assert.equal(res.status, 200, res.text);
    const body = res.body as ListBody;
    assert.equal(body.totalResults, 3);
    assert.equal(body.startIndex, 2);
    assert.deepEqual(body.Resources.map((resource) => resource.userName), ['bea@root.example']);
    assert.deepEqual(Object.keys(body.Resources[0] ?? {}).sort(), ['id', 'schemas', 'userName']);
  });

  it('sorts descending and keeps attributes that were only needed for sorting out of the answer', async () => {
    const res = await scim.post('/.search', { filter: 'userName ew "@root.example"', sortBy: 'displayName', sortOrder: 'descending', attributes: 'userName' });
    const body = res.body as ListBody;
    assert.deepEqual(body.Resources.map((resource) => resource.userName), ['dan@root.example', 'cora@root.example', 'bea@root.example', 'abe@root.example']);
    assert.ok(body.Resources.every((resource) => resource.displayName === undefined));
  });

  it('GET / takes the same parameters from the query string', async () => {
    const res = await scim.get(`/?filter=${encodeURIComponent('title eq "Boss"')}`);
    assert.equal(res.status, 200, res.text);
    const body = res.body as ListBody;
    assert.equal(body.totalResults, 1);
    assert.equal(body.Resources[0]?.userName, 'dan@root.example');
    assert.equal(body.Resources[0]?.meta?.resourceType, 'User');
  });

  it('a filter on an attribute only users have asks only the user listing', async () => {
    scim.emulator?.calls.clear();
    const res = await scim.post('/.search', { filter: 'userName eq "abe@root.example"' });
    assert.equal((res.body as ListBody).totalResults, 1);
    assert.deepEqual(operations(scim.emulator), ['GetUserId', 'DescribeUser']);
  });

  it('finds users and groups together: users first, the window cut across both, or merged by sortBy', async () => {
    for (const name of ['root team b', 'root team a']) {
      const res = await scim.post('/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: name });
      assert.equal(res.status, 201, res.text);
    }
    const filter = 'displayName co "root"';
    const page = await scim.post('/.search', { filter, startIndex: 4, count: 3 });
    const body = page.body as ListBody;
    assert.equal(body.totalResults, 6);
    assert.deepEqual(body.Resources.map((resource) => resource.meta?.resourceType), ['User', 'Group', 'Group']);
    const groupsOnly = await scim.post('/.search', { filter: 'userName eq "x" or displayName eq "root team a"' });
    assert.deepEqual((groupsOnly.body as ListBody).Resources.map((resource) => resource.displayName), ['root team a']);
    const sorted = await scim.post('/.search', { filter, sortBy: 'displayName', count: 3, attributes: ['displayName'] });
    assert.deepEqual((sorted.body as ListBody).Resources.map((resource) => resource.displayName), ['abe root', 'bea root', 'cora root']);
    const last = await scim.post('/.search', { filter, sortBy: 'displayName', startIndex: 5, count: 10 });
    assert.deepEqual((last.body as ListBody).Resources.map((resource) => resource.displayName), ['root team a', 'root team b']);
  });

  it('refuses cursors, unknown attributes, duplicated query parameters and read without a token', async () => {
    const cursor = await scim.post('/.search', { cursor: '' });
    assert.equal(cursor.status, 400);
    assert.equal((cursor.body as { scimType: string }).scimType, 'invalidValue');
    const unknown = await scim.post('/.search', { filter: 'shoeSize gt 3' });
    assert.equal(unknown.status, 400);
    assert.equal((unknown.body as { scimType: string }).scimType, 'invalidFilter');
    const twice = await scim.get('/?count=1&count=2');
    assert.equal(twice.status, 400);
    assert.equal((twice.body as { scimType: string }).scimType, 'invalidSyntax');
    assert.equal((await scim.post('/.search', {}, '')).status, 401);
  });
});
