/**
 * POST /Bulk with Groups (RFC 7644 section 3.7.2): a group created with members that are users
 * created in the same request, referred to by bulkId, the way the RFC's own example does it, and
 * a membership PATCH through a bulkId path. Checked against what GET /Groups/{id} then returns.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

interface OperationResult {
  readonly bulkId?: string;
  readonly location?: string;
  readonly status: string;
  readonly response?: { readonly scimType?: string; readonly detail: string };
}

let scim: ScimGateway;

async function bulk(operations: unknown[]): Promise<OperationResult[]> {
  const res = await scim.post('/Bulk', { schemas: [BULK_REQUEST], Operations: operations });
  assert.equal(res.status, 200, res.text);
  return (res.body as { Operations: OperationResult[] }).Operations;
}

const idFrom = (location: string | undefined): string => decodeURIComponent(String(location).split('/').pop() ?? '');

async function memberIds(groupId: string): Promise<string[]> {
  const res = await scim.get(`/Groups/${groupId}`);
  assert.equal(res.status, 200, res.text);
  return ((res.body as { members?: { value: string }[] }).members ?? []).map((member) => member.value).sort();
}

describe('POST /Bulk with Groups', () => {
  before(async () => {
    scim = await startScimGateway();
  });
  after(async () => {
    await scim.close();
  });

  it('creates a group whose members are users created in the same request (forward references too)', async () => {
    const results = await bulk([
      { method: 'POST', path: '/Groups', bulkId: 'team', data: { schemas: [GROUP], displayName: 'Bulk Team', members: [{ value: 'bulkId:u1', type: 'User' }, { value: 'bulkId:u2' }] } },
      { method: 'POST', path: '/Users', bulkId: 'u1', data: newUser('u1@bulk-groups.example') },
      { method: 'POST', path: '/Users', bulkId: 'u2', data: newUser('u2@bulk-groups.example') },
    ]);
    assert.deepEqual(results.map((result) => [result.bulkId, result.status]), [['team', '201'], ['u1', '201'], ['u2', '201']]);
    const users = [idFrom(results[1]?.location), idFrom(results[2]?.location)].sort();
    assert.deepEqual(await memberIds(idFrom(results[0]?.location)), users);
  });

  it('patches members through a bulkId path and answers a group with an unknown member as a 400 that changes nothing', async () => {
    const results = await bulk([
      { method: 'POST', path: '/Groups', bulkId: 'g', data: { schemas: [GROUP], displayName: 'Bulk Patched' } },
      { method: 'POST', path: '/Users', bulkId: 'm', data: newUser('m@bulk-groups.example') },
      { method: 'PATCH', path: '/Groups/bulkId:g', data: { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: 'bulkId:m' }] }] } },
      { method: 'PATCH', path: '/Groups/bulkId:g', data: { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: [{ value: '00000000-0000-4000-8000-000000000000' }] }] } },
    ]);
    assert.deepEqual(results.map((result) => result.status), ['201', '201', '200', '400']);
    assert.equal(results[3]?.response?.scimType, 'invalidValue');
    assert.match(String(results[3]?.response?.detail), /00000000-0000-4000-8000-000000000000/);
    assert.deepEqual(await memberIds(idFrom(results[0]?.location)), [idFrom(results[1]?.location)]);
  });

  it('fails a group that refers to a user whose POST failed, and creates no group', async () => {
    const results = await bulk([
      { method: 'POST', path: '/Users', bulkId: 'bad', data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] } },
      { method: 'POST', path: '/Groups', bulkId: 'orphan', data: { schemas: [GROUP], displayName: 'Bulk Orphan', members: [{ value: 'bulkId:bad' }] } },
    ]);
    assert.deepEqual(results.map((result) => result.status), ['400', '409']);
    const found = await scim.get(`/Groups?filter=${encodeURIComponent('displayName eq "Bulk Orphan"')}`);
    assert.equal((found.body as { totalResults: number }).totalResults, 0);
  });
});
