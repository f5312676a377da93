/**
 * POST /Bulk (RFC 7644 section 3.7) over real HTTP against the embedded emulator: bulkId
 * references (forward, in paths and in data), failures reported per operation, failOnErrors,
 * the request-level limits, and that what the response says happened did happen in the store.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENTERPRISE_SCHEMA, PATCH_OP, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const BULK_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

interface OperationResult {
  readonly method?: string;
  readonly bulkId?: string;
  readonly location?: string;
  readonly version?: string;
  readonly status: string;
  readonly response?: { readonly schemas: string[]; readonly status: string; readonly scimType?: string; readonly detail: string };
}

let scim: ScimGateway;

async function bulk(operations: unknown[], extra: Record<string, unknown> = {}): Promise<OperationResult[]> {
  const res = await scim.post('/Bulk', { schemas: [BULK_REQUEST], Operations: operations, ...extra });
  assert.equal(res.status, 200, res.text);
  assert.match(String(res.headers['content-type']), /application\/scim\+json/);
  const body = res.body as { schemas: string[]; Operations: OperationResult[] };
  assert.deepEqual(body.schemas, [BULK_RESPONSE]);
  return body.Operations;
}

const idFrom = (location: string | undefined): string => {
  assert.ok(location !== undefined, 'expected a location');
  return decodeURIComponent(location.split('/').pop() ?? '');
};

async function userNamed(userName: string): Promise<Record<string, unknown> | undefined> {
  const res = await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
  assert.equal(res.status, 200);
  return (res.body as { Resources: Record<string, unknown>[] }).Resources[0];
}

describe('POST /Bulk with Users', () => {
  before(async () => {
    scim = await startScimGateway();
  });
  after(async () => {
    await scim.close();
  });

  it('creates, patches through a bulkId path, and deletes; every result is what the store now holds', async () => {
    const results = await bulk([
      { method: 'POST', path: '/Users', bulkId: 'ann', data: newUser('ann@bulk.example') },
      { method: 'POST', path: '/Users', bulkId: 'bob', data: newUser('bob@bulk.example') },
      { method: 'PATCH', path: '/Users/bulkId:ann', data: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Lead' }] } },
      { method: 'DELETE', path: '/Users/bulkId:bob' },
    ]);
    assert.deepEqual(results.map((result) => [result.method, result.bulkId, result.status]), [
      ['POST', 'ann', '201'], ['POST', 'bob', '201'], ['PATCH', undefined, '200'], ['DELETE', undefined, '204'],
    ]);
    const annId = idFrom(results[0]?.location);
    assert.equal(results[2]?.location, results[0]?.location);
    assert.match(String(results[2]?.version), /^W\/"/);
    assert.notEqual(results[2]?.version, results[0]?.version, 'the PATCH moved the version');
    const ann = await scim.get(`/Users/${annId}`);
    assert.equal((ann.body as { title?: string }).title, 'Lead');
    assert.equal(ann.headers['etag'], results[2]?.version);
    assert.equal((await scim.get(`/Users/${idFrom(results[1]?.location)}`)).status, 404);
  });

  it('resolves a forward reference in data (manager) by running the referenced POST first, answering in request order', async () => {
    const results = await bulk([
      { method: 'POST', path: '/Users', bulkId: 'report', data: newUser('report@bulk.example', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE_SCHEMA], [ENTERPRISE_SCHEMA]: { manager: { value: 'bulkId:boss' } } }) },
      { method: 'POST', path: '/Users', bulkId: 'boss', data: newUser('boss@bulk.example') },
    ]);
    assert.deepEqual(results.map((result) => [result.bulkId, result.status]), [['report', '201'], ['boss', '201']]);
    const report = await scim.get(`/Users/${idFrom(results[0]?.location)}?attributes=${ENTERPRISE_SCHEMA}:manager`);
    const manager = (report.body as Record<string, { manager?: { value?: string } }>)[ENTERPRISE_SCHEMA]?.manager?.value;
    assert.equal(manager, idFrom(results[1]?.location));
  });

  it('answers a circular reference with 409 for each operation in the cycle and creates nothing', async () => {
    const enterprise = (reference: string) => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE_SCHEMA], [ENTERPRISE_SCHEMA]: { manager: { value: reference } } });
    const results = await bulk([
      { method: 'POST', path: '/Users', bulkId: 'c1', data: newUser('c1@bulk.example', enterprise('bulkId:c2')) },
      { method: 'POST', path: '/Users', bulkId: 'c2', data: newUser('c2@bulk.example', enterprise('bulkId:c1')) },
    ]);
    assert.deepEqual(results.map((result) => [result.bulkId, result.status, result.response?.status]), [['c1', '409', '409'], ['c2', '409', '409']]);
    assert.match(String(results[0]?.response?.detail), /circular/);
    assert.equal(results[0]?.location, undefined);
    assert.equal(await userNamed('c1@bulk.example'), undefined);
    assert.equal(await userNamed('c2@bulk.example'), undefined);
  });

  it('reports each failure in its own result (SCIM error body) and performs the rest', async () => {
    const results = await bulk([
      { method: 'POST', path: '/Users', bulkId: 'dup1', data: newUser('dup@bulk.example') },
      { method: 'POST', path: '/Users', bulkId: 'dup2', data: newUser('dup@bulk.example') },
      { method: 'PATCH', path: '/Users/bulkId:dup2', data: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'x' }] } },
      { method: 'DELETE', path: '/Users/bulkId:nobody' },
      { method: 'GET', bulkId: 'g', path: '/Users/1' },
      { method: 'POST', path: '/Users', bulkId: 'after', data: newUser('after@bulk.example') },
    ]);
    assert.deepEqual(results.map((result) => [result.method, result.bulkId, result.status, result.response?.scimType]), [
      ['POST', 'dup1', '201', undefined],
      ['POST', 'dup2', '409', 'uniqueness'],
      ['PATCH', undefined, '409', undefined],
      ['DELETE', undefined, '400', 'invalidValue'],
      ['GET', 'g', '400', 'invalidValue'],
      ['POST', 'after', '201', undefined],
    ]);
    for (const failed of results.filter((result) => result.status !== '201')) {
      assert.deepEqual(failed.response?.schemas, [ERROR]);
      assert.equal(failed.response?.status, failed.status);
      assert.ok((failed.response?.detail.length ?? 0) > 10);
    }
    assert.match(String(results[2]?.response?.detail), /bulkId:dup2, whose POST failed/);
    assert.ok(await userNamed('after@bulk.example'));
  });

  it('fails an operation that refers to an unreadable POST as depending on a failed POST (409), not as an unknown bulkId', async () => {
    const results = await bulk([
      { method: 'post', bulkId: 'nopath', data: newUser('nopath@bulk.example') },
      { method: 'DELETE', path: '/Users/bulkId:nopath' },
    ]);
    assert.deepEqual(results.map((result) => [result.method, result.status]), [['POST', '400'], ['DELETE', '409']]);
    assert.match(String(results[1]?.response?.detail), /bulkId:nopath, whose POST failed/);
  });

  it('stops after failOnErrors errors and lists only what it performed', async () => {
    const results = await bulk([
      { method: 'DELETE', path: '/Users/00000000-0000-0000-0000-000000000000' },
      { method: 'DELETE', path: '/Users/not-an-id' },
      { method: 'POST', path: '/Users', bulkId: 'never', data: newUser('never@bulk.example') },
    ], { failOnErrors: 2 });
    assert.deepEqual(results.map((result) => result.status), ['404', '404']);
    assert.equal(await userNamed('never@bulk.example'), undefined);
  });

  it('checks an operation\'s version like If-Match (412, nothing written)', async () => {
    const [created] = await bulk([{ method: 'POST', path: '/Users', bulkId: 'v', data: newUser('versioned@bulk.example') }]);
    const path = `/Users/${idFrom(created?.location)}`;
    const results = await bulk([
      { method: 'PATCH', path, version: 'W/"stale"', data: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Nope' }] } },
      { method: 'PUT', path, version: created?.version, data: newUser('versioned@bulk.example', { title: 'Yes' }) },
    ]);
    assert.deepEqual(results.map((result) => result.status), ['412', '200']);
    assert.equal(((await scim.get(path)).body as { title?: string }).title, 'Yes');
  });

  it('refuses more than maxOperations with 413 before any Identity Store call', async () => {
    scim.emulator?.calls.clear();
    const tooMany = Array.from({ length: 1001 }, (_, index) => ({ method: 'DELETE', path: `/Users/id-${index}` }));
    const res = await scim.post('/Bulk', { schemas: [BULK_REQUEST], Operations: tooMany });
    assert.equal(res.status, 413);
    assert.deepEqual(res.body, { schemas: [ERROR], status: '413', detail: 'The Bulk request has 1001 operations; this service provider accepts at most 1000 (maxOperations in /ServiceProviderConfig). Split it into several requests.' });
    assert.deepEqual(operations(scim.emulator), []);
  });

  it('refuses a body over maxPayloadSize with 413 and a read-only token with 403, without calls', async () => {
    scim.emulator?.calls.clear();
    const big = await scim.post('/Bulk', { schemas: [BULK_REQUEST], Operations: [{ method: 'POST', path: '/Users', bulkId: 'x', data: newUser('big@bulk.example', { title: 'x'.repeat(1024 * 1024) }) }] });
    assert.equal(big.status, 413);
    assert.equal((big.body as { status: string }).status, '413');
    const readOnly = await scim.post('/Bulk', { schemas: [BULK_REQUEST], Operations: [] }, scim.tokenFor(['scim:read']));
    assert.equal(readOnly.status, 403);
    assert.deepEqual(operations(scim.emulator), []);
  });

  it('advertises what it enforces in /ServiceProviderConfig', async () => {
    const spc = await scim.get('/ServiceProviderConfig');
    assert.deepEqual((spc.body as { bulk: unknown }).bulk, { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 });
  });
});
