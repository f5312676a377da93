import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAttributeSelection, resolveSelectionPath } from '../../../../src/scim/list/parse-attribute-selection.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { expectScimError } from '../expect-scim-error.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('parseAttributeSelection', () => {
  it('is the default selection when neither parameter carries a name', () => {
    assert.deepEqual(parseAttributeSelection(undefined, undefined, USER_RESOURCE_SCHEMA), { kind: 'default' });
    assert.deepEqual(parseAttributeSelection(' , ', [], USER_RESOURCE_SCHEMA), { kind: 'default' });
  });

  it('skips names the schema does not know, such as ims, instead of failing the IdP', () => {
    assert.deepEqual(parseAttributeSelection('ims,userName,bad name', undefined, USER_RESOURCE_SCHEMA), { kind: 'include', paths: [{ attribute: 'userName' }] });
    assert.deepEqual(parseAttributeSelection(undefined, 'userName', GROUP_RESOURCE_SCHEMA), { kind: 'exclude', paths: [] });
  });

  it('refuses values that are neither text nor arrays of text, and both parameters together', () => {
    expectScimError(() => parseAttributeSelection(5, undefined, USER_RESOURCE_SCHEMA), { status: 400, scimType: 'invalidValue', detail: 'attributes must be' });
    expectScimError(() => parseAttributeSelection(undefined, [{}], USER_RESOURCE_SCHEMA), { status: 400, scimType: 'invalidValue', detail: 'excludedAttributes must be' });
    expectScimError(() => parseAttributeSelection(['userName'], ['emails'], USER_RESOURCE_SCHEMA), { status: 400, scimType: 'invalidSyntax', detail: 'attributes and excludedAttributes' });
  });
});

describe('resolveSelectionPath', () => {
  it('names a whole extension by its URN, in any case', () => {
    assert.deepEqual(resolveSelectionPath(ENTERPRISE.toUpperCase(), USER_RESOURCE_SCHEMA), { schema: ENTERPRISE, attribute: '' });
    assert.equal(resolveSelectionPath(ENTERPRISE, GROUP_RESOURCE_SCHEMA), undefined);
  });

  it('resolves core-URN-qualified and common attributes without a prefix', () => {
    assert.deepEqual(resolveSelectionPath('urn:ietf:params:scim:schemas:core:2.0:User:emails.VALUE', USER_RESOURCE_SCHEMA), { attribute: 'emails', subAttribute: 'value' });
    assert.deepEqual(resolveSelectionPath('META.created', USER_RESOURCE_SCHEMA), { attribute: 'meta', subAttribute: 'created' });
    assert.equal(resolveSelectionPath('name.nickName', USER_RESOURCE_SCHEMA), undefined);
  });
});
