/**
 * Scopes over real HTTP: reads need scim:read or scim:write, writes need scim:write. A read-only
 * token that tries to write gets 403 insufficient_scope with a SCIM body, before any Identity
 * Store call.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PATCH_OP, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertNoIdentityStoreCall, assertScimRefusal } from './security-assertions.ts';

let scim: ScimGateway;
let userId: string;
let readOnly: string;
let writeOnly: string;

before(async () => {
  scim = await startScimGateway();
  readOnly = scim.tokenFor(['scim:read'], 'audit');
  writeOnly = scim.tokenFor(['scim:write'], 'okta');
  const created = await scim.post('/Users', newUser('alice@example.com'));
  assert.equal(created.status, 201);
  userId = (created.body as { id: string }).id;
});
after(() => scim.close());
beforeEach(() => scim.emulator?.calls.clear());

describe('a read-only token', () => {
  const writes = {
    'POST /Users': () => scim.post('/Users', newUser('bob@example.com'), readOnly),
    'PUT /Users/{id}': () => scim.put(`/Users/${userId}`, newUser('alice@example.com', { title: 'CEO' }), readOnly),
    'PATCH /Users/{id}': () => scim.patch(`/Users/${userId}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] }, readOnly),
    'DELETE /Users/{id}': () => scim.delete(`/Users/${userId}`, readOnly),
  };
  for (const [name, send] of Object.entries(writes)) {
    it(`cannot ${name}`, async () => {
      const res = await send();
      assertScimRefusal(res, { status: 403, detail: /lacks the scim:write scope/, challenge: /error="insufficient_scope", scope="scim:write"/ });
      assertNoIdentityStoreCall(scim.emulator);
    });
  }

  it('can read', async () => {
    assert.equal((await scim.get(`/Users/${userId}`, readOnly)).status, 200);
    assert.deepEqual(operations(scim.emulator), ['DescribeUser']);
  });
});

describe('a write-only token', () => {
  it('can read what it provisions (reads take either scope)', async () => {
    assert.equal((await scim.get(`/Users/${userId}`, writeOnly)).status, 200);
    assert.equal((await scim.get('/Users?filter=userName eq "alice@example.com"', writeOnly)).status, 200);
  });

  it('can write', async () => {
    const res = await scim.patch(`/Users/${userId}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'CTO' }] }, writeOnly);
    assert.equal(res.status, 200);
  });
});
