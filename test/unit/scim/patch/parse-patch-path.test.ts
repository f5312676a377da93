import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePatchPath } from '../../../../src/scim/patch/parse-patch-path.ts';
import { formatPatchPath } from '../../../../src/scim/patch/patch-operation.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { WIDGET_SCHEMA } from '../../../fixtures/patch/widget-schema.ts';
import { ENTERPRISE, scimError } from './helpers.ts';

const user = (text: string) => parsePatchPath(text, USER_RESOURCE_SCHEMA);

describe('parsePatchPath', () => {
  it('canonicalises attribute and sub-attribute names to the schema case (MS Postman sends UserName, name.FamilyName)', () => {
    assert.deepEqual(user('UserName'), { attribute: { attribute: 'userName' } });
    assert.deepEqual(user('name.FamilyName'), { attribute: { attribute: 'name' }, subAttribute: 'familyName' });
    assert.deepEqual(user('NAME.givenname'), user('name.givenName'));
  });

  it('drops the core schema URN and keeps extension URNs in their canonical spelling', () => {
    assert.deepEqual(user('urn:ietf:params:scim:schemas:core:2.0:User:displayName'), { attribute: { attribute: 'displayName' } });
    assert.deepEqual(user('URN:IETF:params:scim:schemas:extension:enterprise:2.0:user:Manager.value'), {
      attribute: { schema: ENTERPRISE, attribute: 'manager' }, subAttribute: 'value',
    });
    assert.deepEqual(user(`${ENTERPRISE}:employeeNumber`), { attribute: { schema: ENTERPRISE, attribute: 'employeeNumber' } });
  });

  it('resolves common attributes with or without the core URN', () => {
    assert.deepEqual(user('externalId'), { attribute: { attribute: 'externalId' } });
    assert.deepEqual(user('urn:ietf:params:scim:schemas:core:2.0:User:id'), { attribute: { attribute: 'id' } });
  });

  it('parses a value filter and canonicalises the names inside it', () => {
    const path = user('Emails[Type eq "work"].Value');
    assert.deepEqual(path, {
      attribute: { attribute: 'emails' },
      filter: { kind: 'compare', op: 'eq', path: { attribute: 'type' }, value: 'work' },
      subAttribute: 'value',
    });
    assert.equal(formatPatchPath(path), 'emails[type eq "work"].value');
    assert.equal(formatPatchPath(parsePatchPath('members[value eq "a]b"]', GROUP_RESOURCE_SCHEMA)), 'members[value eq "a]b"]');
  });

  it('accepts compound filters and a filter on a simple multi-valued attribute, whose values are "value"', () => {
    assert.equal(formatPatchPath(user('emails[type eq "work" and value ew "example.com"]')), 'emails[type eq "work" and value ew "example.com"]');
    assert.equal(formatPatchPath(parsePatchPath('tags[value sw "a"]', WIDGET_SCHEMA)), 'tags[value sw "a"]');
  });

  it('refuses unknown attributes, sub-attributes and schemas with invalidPath', () => {
    assert.throws(() => user('nickname2'), scimError('invalidPath', '"nickname2" is not an attribute of User'));
    assert.throws(() => user('name.nickName'), scimError('invalidPath', 'name.nickName'));
    assert.throws(() => user('urn:example:custom:2.0:User:badge'), scimError('invalidPath', 'names a schema User resources do not have'));
    assert.throws(() => parsePatchPath('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', GROUP_RESOURCE_SCHEMA), scimError('invalidPath', 'schema'));
  });

  it('refuses malformed paths with invalidPath', () => {
    for (const text of ['', ' ', 'name..givenName', 'name.givenName.x', 'emails[type eq "work"', 'emails]', '1userName', 'emails[type eq "work"]value']) {
      assert.throws(() => user(text), scimError('invalidPath', ''), text);
    }
  });

  it('refuses a bad value filter with invalidPath naming the path', () => {
    assert.throws(() => user('emails[type eq]'), scimError('invalidPath', 'The value filter in "emails[type eq]" is invalid'));
    assert.throws(() => user('emails[display eq "x"]'), scimError('invalidPath', 'may only name its sub-attributes (value, type, primary)'));
    assert.throws(() => user('emails[primary gt true]'), scimError('invalidPath', 'is invalid'));
    assert.throws(() => user('emails[name.givenName eq "x"]'), scimError('invalidPath', 'may only name its sub-attributes'));
  });

  it('refuses a value filter on a single-valued attribute', () => {
    assert.throws(() => user('name[givenName eq "x"]'), scimError('invalidPath', 'needs a multi-valued attribute'));
  });
});
