import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ServiceProviderCapabilities } from '../../../../src/scim/discovery/build-service-provider-config.ts';
import { SERVICE_PROVIDER_CONFIG_SCHEMA_ID } from '../../../../src/scim/schema/service-provider-config-schema.ts';
import { buildServiceProviderConfig } from '../../../../src/scim/discovery/build-service-provider-config.ts';

const CAPABILITIES: ServiceProviderCapabilities = {
  patch: true,
  bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
  filter: { supported: true, maxResults: 100 },
  changePassword: false,
  sort: true,
  etag: true,
  pagination: { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: 100, maxPageSize: 100, cursorTimeout: 3600 },
  authenticationSchemes: ['oauthbearertoken'],
};

describe('buildServiceProviderConfig (RFC 7643 section 5, RFC 9865 section 4)', () => {
  it('advertises the capabilities it is given, with pagination and meta', () => {
    const config = buildServiceProviderConfig({ ...CAPABILITIES, documentationUri: 'https://docs.example' }, 'https://h/scim/v2/');
    assert.deepEqual(config, {
      schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA_ID],
      documentationUri: 'https://docs.example',
      patch: { supported: true },
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 100 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      pagination: { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: 100, maxPageSize: 100, cursorTimeout: 3600 },
      authenticationSchemes: [{
        type: 'oauthbearertoken', name: 'OAuth Bearer Token', primary: true, specUri: 'https://www.rfc-editor.org/info/rfc6750',
        description: 'Authentication with a bearer token issued by `scim-bridge token create` and sent in the Authorization header.',
      }],
      meta: { resourceType: 'ServiceProviderConfig', location: 'https://h/scim/v2/ServiceProviderConfig' },
    });
  });

  it('reports unsupported features as unsupported and leaves documentationUri out when unset', () => {
    const config = buildServiceProviderConfig({ ...CAPABILITIES, patch: false, sort: false, etag: false }, 'https://h');
    assert.deepEqual([config.patch.supported, config.sort.supported, config.etag.supported], [false, false, false]);
    assert.equal('documentationUri' in config, false);
  });

  it('refuses a default pagination method it does not support and a default page above the maximum', () => {
    assert.throws(() => buildServiceProviderConfig({ ...CAPABILITIES, pagination: { ...CAPABILITIES.pagination, cursor: false, defaultPaginationMethod: 'cursor' } }, 'https://h'), /defaultPaginationMethod "cursor"/);
    assert.throws(() => buildServiceProviderConfig({ ...CAPABILITIES, pagination: { ...CAPABILITIES.pagination, defaultPageSize: 500 } }, 'https://h'), /defaultPageSize 500 exceeds maxPageSize 100/);
  });
});
