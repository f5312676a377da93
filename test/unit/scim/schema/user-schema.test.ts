import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { USER_SCHEMA, USER_SCHEMA_ID } from '../../../../src/scim/schema/user-schema.ts';
import type { AttributeDefinition } from '../../../../src/scim/schema/types.ts';

function attribute(name: string): AttributeDefinition {
  const found = USER_SCHEMA.attributes.find((candidate) => candidate.name === name);
  assert.ok(found, `User schema lacks ${name}`);
  return found;
}

describe('USER_SCHEMA', () => {
  it('has the RFC 7643 core User URN', () => {
    assert.equal(USER_SCHEMA.id, 'urn:ietf:params:scim:schemas:core:2.0:User');
    assert.equal(USER_SCHEMA_ID, USER_SCHEMA.id);
  });

  it('makes userName required, unique per server and case-insensitive', () => {
    const userName = attribute('userName');
    assert.equal(userName.required, true);
    assert.equal(userName.uniqueness, 'server');
    assert.equal(userName.caseExact, false);
    assert.equal(attribute('displayName').required, false);
  });

  it('limits emails, addresses, phoneNumbers and roles to one value and photos to three', () => {
    for (const name of ['emails', 'addresses', 'phoneNumbers', 'roles']) {
      assert.equal(attribute(name).multiValued, true, name);
      assert.equal(attribute(name).maxValues, 1, name);
      assert.match(attribute(name).description, /holds one .*primary one, else the one of type work, else the first is kept/, name);
    }
    assert.equal(attribute('photos').maxValues, 3);
    assert.match(attribute('photos').description, /up to three/);
  });

  it('never returns or stores password, and says so', () => {
    const password = attribute('password');
    assert.equal(password.mutability, 'writeOnly');
    assert.equal(password.returned, 'never');
    assert.match(password.description, /Never stored/);
  });

  it('marks groups readOnly and leaves out what the Identity Store cannot hold', () => {
    assert.equal(attribute('groups').mutability, 'readOnly');
    assert.equal(attribute('groups').maxValues, undefined);
    const names = USER_SCHEMA.attributes.map((candidate) => candidate.name);
    for (const missing of ['ims', 'entitlements', 'x509Certificates']) {
      assert.equal(names.includes(missing), false, missing);
      assert.match(USER_SCHEMA.description, new RegExp(missing));
    }
  });

  it('does not offer a display sub-attribute the Identity Store drops on emails and phone numbers', () => {
    for (const name of ['emails', 'phoneNumbers', 'roles']) {
      assert.deepEqual(attribute(name).subAttributes?.map((sub) => sub.name), ['value', 'type', 'primary'], name);
    }
    assert.deepEqual(attribute('photos').subAttributes?.map((sub) => sub.name), ['value', 'display', 'type', 'primary']);
    assert.deepEqual(attribute('emails').subAttributes?.find((sub) => sub.name === 'type')?.canonicalValues, ['work', 'home', 'other']);
  });

  it('types booleans and references as RFC 7643 section 4.1 does', () => {
    assert.equal(attribute('active').type, 'boolean');
    assert.equal(attribute('profileUrl').type, 'reference');
    assert.equal(attribute('name').subAttributes?.length, 6);
  });
});
