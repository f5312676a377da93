// The Identity Store holds one email (address, phone number, role): a PATCH that adds a second
// one must not fail the IdP. The kept value follows the same rule as POST/PUT: primary, else
// type work, else the first (docs/attribute-mapping.md).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATCH_OP, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

describe('PATCH /Users: more values than the store holds', () => {
  let scim: ScimGateway;
  let id: string;
  before(async () => {
    scim = await startScimGateway();
    const created = await scim.post('/Users', newUser('multi@example.com'));
    id = (created.body as { id: string }).id;
  });
  after(() => scim.close());

  it('keeps the primary email when a second, non-primary one is added', async () => {
    const res = await scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'emails', value: [{ value: 'home@example.com', type: 'home' }] }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual((res.body as { emails: unknown[] }).emails, [{ value: 'multi@example.com', type: 'work', primary: true }]);
  });

  it('takes the new email when it is sent as the primary one', async () => {
    const res = await scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'emails', value: [{ value: 'new@example.com', type: 'work', primary: true }] }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual((res.body as { emails: unknown[] }).emails, [{ value: 'new@example.com', type: 'work', primary: true }]);
  });

  it('collapses two phone numbers added in one PATCH to the work one', async () => {
    const res = await scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'phoneNumbers', value: [{ value: '+1 555 0100', type: 'mobile' }, { value: '+1 555 0199', type: 'work' }] }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual((res.body as { phoneNumbers: unknown[] }).phoneNumbers, [{ value: '+1 555 0199', type: 'work' }]);
  });
});
