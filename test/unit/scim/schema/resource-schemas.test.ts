import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENTERPRISE_USER_SCHEMA_ID } from '../../../../src/scim/schema/enterprise-user-schema.ts';
import { GROUP_SCHEMA_ID } from '../../../../src/scim/schema/group-schema.ts';
import { resolveAttribute } from '../../../../src/scim/schema/resolve-attribute.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';

describe('USER_RESOURCE_SCHEMA and GROUP_RESOURCE_SCHEMA', () => {
  it('declares the enterprise extension as optional on User and none on Group', () => {
    assert.deepEqual(USER_RESOURCE_SCHEMA.resourceType.schemaExtensions, [{ schema: ENTERPRISE_USER_SCHEMA_ID, required: false }]);
    assert.equal(USER_RESOURCE_SCHEMA.resourceType.endpoint, '/Users');
    assert.deepEqual(GROUP_RESOURCE_SCHEMA.resourceType.schemaExtensions, []);
    assert.equal(GROUP_RESOURCE_SCHEMA.core.id, GROUP_SCHEMA_ID);
  });

  it('resolves enterprise attributes by URN and keeps manager.displayName read-only', () => {
    const manager = resolveAttribute(USER_RESOURCE_SCHEMA, { schema: ENTERPRISE_USER_SCHEMA_ID, attribute: 'MANAGER', subAttribute: 'displayname' });
    assert.equal(manager?.schemaId, ENTERPRISE_USER_SCHEMA_ID);
    assert.equal(manager?.subAttribute?.mutability, 'readOnly');
    assert.equal(resolveAttribute(USER_RESOURCE_SCHEMA, { attribute: 'department' }), undefined, 'extension attributes need their URN');
    const names = USER_RESOURCE_SCHEMA.extensions[0]?.attributes.map((attribute) => attribute.name);
    assert.deepEqual(names, ['employeeNumber', 'costCenter', 'organization', 'division', 'department', 'manager']);
  });

  it('requires a group displayName and leaves members unbounded', () => {
    const displayName = resolveAttribute(GROUP_RESOURCE_SCHEMA, { attribute: 'displayName' });
    assert.equal(displayName?.attribute.required, true);
    const members = resolveAttribute(GROUP_RESOURCE_SCHEMA, { attribute: 'members' });
    assert.equal(members?.attribute.multiValued, true);
    assert.equal(members?.attribute.maxValues, undefined);
    assert.deepEqual(members?.attribute.subAttributes?.map((sub) => sub.name), ['value', '$ref', 'type', 'display']);
    assert.equal(resolveAttribute(GROUP_RESOURCE_SCHEMA, { attribute: 'userName' }), undefined);
  });
});
