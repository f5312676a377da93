/**
 * Discovery endpoints need a bearer token by default, like every SCIM route;
 * SCIM_BRIDGE_PUBLIC_DISCOVERY=true serves them without one and changes nothing else.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertNoIdentityStoreCall, assertScimRefusal } from './security-assertions.ts';

const DISCOVERY = ['/ServiceProviderConfig', '/ResourceTypes', '/ResourceTypes/User', '/Schemas', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:User'];

describe('discovery endpoints by default', () => {
  let scim: ScimGateway;
  before(async () => {
    scim = await startScimGateway();
  });
  after(() => scim.close());
  beforeEach(() => scim.emulator?.calls.clear());

  for (const path of DISCOVERY) {
    it(`${path} needs a token`, async () => {
      assertScimRefusal(await scim.get(path, ''), { status: 401, detail: /Missing bearer token/ });
      assertScimRefusal(await scim.get(path, 'garbage'), { status: 401, detail: /not a well-formed JWT/ });
      assert.equal((await scim.get(path, scim.tokenFor(['scim:read']))).status, 200);
      assertNoIdentityStoreCall(scim.emulator);
    });
  }
});

describe('SCIM_BRIDGE_PUBLIC_DISCOVERY=true', () => {
  let scim: ScimGateway;
  before(async () => {
    scim = await startScimGateway({ SCIM_BRIDGE_PUBLIC_DISCOVERY: 'true' });
  });
  after(() => scim.close());
  beforeEach(() => scim.emulator?.calls.clear());

  it('serves every discovery document without a token (and ignores a bad one)', async () => {
    for (const path of DISCOVERY) {
      assert.equal((await scim.get(path, '')).status, 200, path);
      assert.equal((await scim.get(path, 'garbage')).status, 200, path);
    }
    assert.equal((await scim.get('/Schemas/urn:example:unknown', '')).status, 404);
  });

  it('still protects resources and everything else', async () => {
    for (const path of ['/Users', '/Users/abc', '/Me', '/Unknown']) {
      assertScimRefusal(await scim.get(path, ''), { status: 401, detail: /Missing bearer token/ });
    }
    assertNoIdentityStoreCall(scim.emulator);
  });
});
