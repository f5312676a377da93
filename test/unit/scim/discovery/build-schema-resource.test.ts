import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchemaResource, SCHEMA_SCHEMA } from '../../../../src/scim/discovery/build-schema-resource.ts';
import { ENTERPRISE_USER_SCHEMA } from '../../../../src/scim/schema/enterprise-user-schema.ts';
import { GROUP_SCHEMA } from '../../../../src/scim/schema/group-schema.ts';
import { USER_SCHEMA } from '../../../../src/scim/schema/user-schema.ts';

describe('buildSchemaResource (RFC 7643 section 7)', () => {
  it('represents the User schema with meta.location under /Schemas/{id}', () => {
    const schema = buildSchemaResource(USER_SCHEMA, 'https://gw.example/scim/v2/');
    assert.deepEqual(schema.schemas, [SCHEMA_SCHEMA]);
    assert.equal(schema.id, 'urn:ietf:params:scim:schemas:core:2.0:User');
    assert.deepEqual(schema.meta, { resourceType: 'Schema', location: 'https://gw.example/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User' });
  });

  it('writes every RFC characteristic and no internal maxValues', () => {
    const emails = buildSchemaResource(USER_SCHEMA, 'https://h').attributes.find((attribute) => attribute.name === 'emails');
    assert.ok(emails);
    assert.equal('maxValues' in emails, false);
    assert.match(emails.description, /The Identity Store holds one email; when several emails are sent, the primary one, else the one of type work, else the first is kept\./);
    const value = emails.subAttributes?.[0];
    assert.deepEqual(Object.keys(value ?? {}), ['name', 'type', 'multiValued', 'description', 'required', 'caseExact', 'mutability', 'returned', 'uniqueness']);
    const type = emails.subAttributes?.find((sub) => sub.name === 'type');
    assert.deepEqual(type?.canonicalValues, ['work', 'home', 'other']);
  });

  it('carries referenceTypes and nested sub-attributes of the enterprise manager', () => {
    const manager = buildSchemaResource(ENTERPRISE_USER_SCHEMA, 'https://h').attributes.find((attribute) => attribute.name === 'manager');
    const ref = manager?.subAttributes?.find((sub) => sub.name === '$ref');
    assert.deepEqual(ref?.referenceTypes, ['User']);
    assert.equal(manager?.subAttributes?.find((sub) => sub.name === 'displayName')?.mutability, 'readOnly');
  });

  it('represents the Group schema, which Entra requires to find', () => {
    const group = buildSchemaResource(GROUP_SCHEMA, 'https://h');
    assert.deepEqual(group.attributes.map((attribute) => attribute.name), ['displayName', 'members']);
    assert.equal(group.meta.location, 'https://h/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group');
  });
});
