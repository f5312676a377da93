import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RESOURCE_TYPE_SCHEMA_ID } from '../../../../src/scim/schema/resource-type-schema.ts';
import { buildResourceTypeResource } from '../../../../src/scim/discovery/build-resource-type-resource.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';

describe('buildResourceTypeResource (RFC 7643 section 6)', () => {
  it('describes User with its optional enterprise extension', () => {
    assert.deepEqual(buildResourceTypeResource(USER_RESOURCE_SCHEMA, 'https://h/scim/v2'), {
      schemas: [RESOURCE_TYPE_SCHEMA_ID],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: 'urn:ietf:params:scim:schemas:core:2.0:User',
      schemaExtensions: [{ schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false }],
      meta: { resourceType: 'ResourceType', location: 'https://h/scim/v2/ResourceTypes/User' },
    });
  });

  it('describes Group without extensions', () => {
    const group = buildResourceTypeResource(GROUP_RESOURCE_SCHEMA, 'https://h/scim/v2//');
    assert.equal(group.endpoint, '/Groups');
    assert.deepEqual(group.schemaExtensions, []);
    assert.equal(group.meta.location, 'https://h/scim/v2/ResourceTypes/Group');
  });
});
