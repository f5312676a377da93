import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAttributeSelected } from '../../../../src/scim/projection/is-attribute-selected.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';

describe('isAttributeSelected', () => {
  it('tells the translation layer whether group members are wanted', () => {
    const members = { attribute: 'members' };
    assert.equal(isAttributeSelected(GROUP_RESOURCE_SCHEMA, { kind: 'default' }, members), true);
    assert.equal(isAttributeSelected(GROUP_RESOURCE_SCHEMA, { kind: 'exclude', paths: [members] }, members), false);
    assert.equal(isAttributeSelected(GROUP_RESOURCE_SCHEMA, { kind: 'include', paths: [{ attribute: 'displayName' }] }, members), false);
    assert.equal(isAttributeSelected(GROUP_RESOURCE_SCHEMA, { kind: 'include', paths: [{ attribute: 'members', subAttribute: 'value' }] }, members), true);
  });

  it('answers for sub-attributes, never-returned and unknown attributes', () => {
    const selection = { kind: 'exclude', paths: [{ attribute: 'name', subAttribute: 'familyName' }] } as const;
    assert.equal(isAttributeSelected(USER_RESOURCE_SCHEMA, selection, { attribute: 'name', subAttribute: 'givenName' }), true);
    assert.equal(isAttributeSelected(USER_RESOURCE_SCHEMA, selection, { attribute: 'name', subAttribute: 'familyName' }), false);
    assert.equal(isAttributeSelected(USER_RESOURCE_SCHEMA, { kind: 'default' }, { attribute: 'password' }), false);
    assert.equal(isAttributeSelected(USER_RESOURCE_SCHEMA, { kind: 'default' }, { attribute: 'ims' }), false);
  });
});
