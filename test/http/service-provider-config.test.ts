import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { ServiceProviderConfig } from '../../src/scim/discovery/build-service-provider-config.ts';
import { bodyAs, buildTestApp, tokenFor } from './helpers/test-app.ts';

describe('GET /scim/v2/ServiceProviderConfig', () => {
  it('describes what the gateway implements (patch, bulk, filter, sort, etag, index and cursor paging), as application/scim+json', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/scim/v2/ServiceProviderConfig').set('Authorization', `Bearer ${tokenFor({ scopes: ['scim:read'] })}`).set('Host', 'gw.test:8080');
    assert.equal(res.status, 200);
    const spc = bodyAs<ServiceProviderConfig>(res);
    assert.equal(res.headers['content-type'], 'application/scim+json; charset=utf-8');
    assert.deepEqual(spc.schemas, ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig']);
    assert.deepEqual(spc.patch, { supported: true });
    assert.deepEqual(spc.bulk, { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 });
    assert.deepEqual(spc.filter, { supported: true, maxResults: 100 });
    assert.deepEqual(spc.changePassword, { supported: false });
    assert.deepEqual(spc.sort, { supported: true });
    assert.deepEqual(spc.etag, { supported: true });
    // cursorTimeout: the cursor TTL of src/translate/query/page-cursor.ts (15 minutes), in seconds.
    assert.deepEqual(spc.pagination, { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: 100, maxPageSize: 100, cursorTimeout: 900 });
    assert.equal(spc.authenticationSchemes[0]?.type, 'oauthbearertoken');
    assert.equal(spc.authenticationSchemes[0]?.primary, true);
    // The configuration document itself is not versioned (RFC 7644 section 4 gives it no meta.version).
    assert.equal(res.headers['etag'], undefined);
    assert.deepEqual(spc.meta, { resourceType: 'ServiceProviderConfig', location: 'http://gw.test:8080/scim/v2/ServiceProviderConfig' });
  });

  it('uses SCIM_BRIDGE_PUBLIC_URL for meta.location behind a proxy, ignoring X-Forwarded headers', async () => {
    const { app } = buildTestApp({ publicUrl: 'https://scim.example.com/tenant' });
    const res = await request(app).get('/scim/v2/ServiceProviderConfig').set('Authorization', `Bearer ${tokenFor()}`).set('X-Forwarded-Host', 'evil.example');
    assert.equal(bodyAs<ServiceProviderConfig>(res).meta.location, 'https://scim.example.com/tenant/scim/v2/ServiceProviderConfig');
  });

  it('requires a bearer token', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/scim/v2/ServiceProviderConfig');
    assert.equal(res.status, 401);
  });
});
