// Issue #8: an audit line for every change: who, what resource, which attributes (names, never
// values), the result; refused and unauthenticated attempts included, reads excluded.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { captureLogs, type LogCapture } from './log-capture.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('audit log', () => {
  let scim: ScimGateway;
  let logs: LogCapture;
  const audits = (): Record<string, unknown>[] => logs.lines().filter((line) => line.audit === true);

  before(async () => {
    logs = captureLogs();
    scim = await startScimGateway({}, { logger: logs.logger });
  });
  beforeEach(() => void (logs.raw.length = 0));
  after(() => scim.close());

  it('records a create with the actor, the new id and the attribute names, but no value', async () => {
    const res = await scim.post('/Users', newUser('audited@example.com', { [ENTERPRISE]: { department: 'Secret Department' } }), scim.tokenFor(['scim:write'], 'okta-prod'));
    assert.equal(res.status, 201);
    const id = (res.body as { id: string }).id;
    const [line, ...more] = audits();
    assert.equal(more.length, 0);
    assert.deepEqual({ ...line, time: undefined, requestId: undefined }, {
      level: 'info', time: undefined, message: 'audit', requestId: undefined, audit: true, actor: 'okta-prod', action: 'create', resourceType: 'User',
      resourceId: id, attributes: ['active', 'displayName', 'emails', 'name', `${ENTERPRISE}:department`, 'userName'], status: 201, result: 'success',
    });
    assert.equal(typeof line?.requestId, 'string', 'the audit line names the request');
    const text = logs.raw.find((raw) => raw.includes('"audit":true')) ?? '';
    for (const value of ['audited@example.com', 'Alice', 'Secret Department']) assert.ok(!text.includes(value), `the audit line holds the value ${value}`);
  });

  it('records replace, patch (paths without their filter values) and delete against the resource id', async () => {
    const id = ((await scim.post('/Users', newUser('lifecycle@example.com'))).body as { id: string }).id;
    logs.raw.length = 0;
    assert.equal((await scim.put(`/Users/${id}`, newUser('lifecycle@example.com', { title: 'Pilot' }))).status, 200);
    const patch = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'new@example.com' }, { op: 'replace', value: { title: 'Captain' } }] };
    assert.equal((await scim.patch(`/Users/${id}`, patch)).status, 200);
    assert.equal((await scim.delete(`/Users/${id}`)).status, 204);
    assert.equal((await scim.get(`/Users/${id}`)).status, 404);
    assert.deepEqual(audits().map((line) => [line.action, line.resourceId, line.attributes, line.status, line.result]), [
      ['replace', id, ['active', 'displayName', 'emails', 'name', 'title', 'userName'], 200, 'success'],
      ['patch', id, ['emails.value', 'title'], 200, 'success'],
      ['delete', id, [], 204, 'success'],
    ]);
    assert.ok(!logs.raw.some((raw) => raw.includes('"audit":true') && (raw.includes('work') || raw.includes('new@example.com'))));
  });

  it('records refused and unauthenticated change attempts, and nothing for reads', async () => {
    assert.equal((await scim.post('/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] })).status, 400);
    assert.equal((await scim.delete('/Users/not-a-real-id', 'forged')).status, 401);
    assert.equal((await scim.get('/Users')).status, 200);
    assert.deepEqual(audits().map((line) => [line.actor, line.action, line.resourceId, line.status, line.result]), [
      ['test-idp', 'create', undefined, 400, 'refused'],
      ['anonymous', 'delete', 'not-a-real-id', 401, 'refused'],
    ]);
  });

  it('records one line per Bulk operation, with its bulkId, and none for the Bulk request itself', async () => {
    const res = await scim.post('/Bulk', {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
      Operations: [
        { method: 'POST', path: '/Users', bulkId: 'b1', data: newUser('bulk-audited@example.com') },
        { method: 'PATCH', path: '/Users/bulkId:b1', data: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Secret Title' }] } },
        { method: 'DELETE', path: '/Users/00000000-0000-4000-8000-000000000000' },
      ],
    }, scim.tokenFor(['scim:write'], 'entra-prod'));
    assert.equal(res.status, 200);
    const created = (res.body as { Operations: { location: string }[] }).Operations[0]?.location.split('/').at(-1);
    assert.deepEqual(audits().map((line) => [line.actor, line.action, line.resourceType, line.resourceId, line.attributes, line.status, line.bulkId]), [
      ['entra-prod', 'create', 'User', created, ['active', 'displayName', 'emails', 'name', 'userName'], 201, 'b1'],
      ['entra-prod', 'patch', 'User', created, ['title'], 200, undefined],
      ['entra-prod', 'delete', 'User', '00000000-0000-4000-8000-000000000000', [], 404, undefined],
    ]);
    assert.ok(!logs.raw.some((raw) => raw.includes('"audit":true') && raw.includes('Secret Title')));
  });
});
