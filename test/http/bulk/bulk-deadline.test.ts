/**
 * A Bulk request near the per-request deadline (SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS): operations
 * not yet started answer 503 "not performed" so the response still arrives before the deadline
 * and says truthfully which operations happened; none of them happens later.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

let scim: ScimGateway;

describe('POST /Bulk and the request deadline', () => {
  before(async () => {
    scim = await startScimGateway({ SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS: '4' });
  });
  after(async () => {
    await scim.close();
  });

  it('stops starting operations at 80% of the deadline and reports the rest as 503, not performed', async () => {
    scim.emulator?.faults.add({ operation: 'CreateUser', action: { kind: 'latency', ms: 100 } });
    const operations = Array.from({ length: 60 }, (_, index) => ({ method: 'POST', path: '/Users', bulkId: `u${index}`, data: newUser(`deadline${index}@bulk.example`) }));
    const started = Date.now();
    const res = await scim.post('/Bulk', { schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], Operations: operations });
    const elapsed = Date.now() - started;
    assert.equal(res.status, 200, res.text);
    assert.ok(elapsed < 4000, `answered after ${elapsed} ms, past the deadline`);
    const statuses = (res.body as { Operations: { status: string; response?: { detail: string } }[] }).Operations.map((operation) => operation.status);
    const performed = statuses.filter((status) => status === '201').length;
    assert.ok(performed >= 1 && performed < 60, `performed ${performed}`);
    assert.deepEqual(statuses, [...Array<string>(performed).fill('201'), ...Array<string>(60 - performed).fill('503')]);
    scim.emulator?.faults.clear();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const listed = await scim.get(`/Users?filter=${encodeURIComponent('userName sw "deadline"')}&count=100`);
    assert.equal((listed.body as { totalResults: number }).totalResults, performed, 'no operation ran after the response');
  });
});
