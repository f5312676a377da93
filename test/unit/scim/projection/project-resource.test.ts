import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeSelection } from '../../../../src/scim/list/list-query.ts';
import { projectResource } from '../../../../src/scim/projection/project-resource.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const USER = {
  schemas: [CORE, ENTERPRISE],
  id: 'u1',
  externalId: 'ext-1',
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  displayName: 'Babs',
  password: 'secret',
  emails: [{ value: 'b@x.test', type: 'work', primary: true }],
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1', displayName: 'Boss' } },
  meta: { resourceType: 'User', location: 'https://h/scim/v2/Users/u1' },
} as const;

const project = (selection: AttributeSelection) => projectResource(USER, USER_RESOURCE_SCHEMA, selection);

describe('projectResource', () => {
  it('returns default attributes in schema order, never password, meta last', () => {
    const out = project({ kind: 'default' });
    assert.equal('password' in out, false);
    assert.deepEqual(Object.keys(out), ['schemas', 'id', 'externalId', 'userName', 'name', 'displayName', 'emails', ENTERPRISE, 'meta']);
    assert.deepEqual(out[ENTERPRISE], USER[ENTERPRISE]);
  });

  it('returns only the listed attributes plus the always-returned id and schemas', () => {
    const out = project({ kind: 'include', paths: [{ attribute: 'userName' }] });
    assert.deepEqual(out, { schemas: [CORE, ENTERPRISE], id: 'u1', userName: 'bjensen' });
  });

  it('does not return password even when asked for it', () => {
    const out = project({ kind: 'include', paths: [{ attribute: 'password' }, { attribute: 'userName' }] });
    assert.equal('password' in out, false);
  });

  it('selects sub-attributes of complex and multi-valued attributes', () => {
    const out = project({ kind: 'include', paths: [{ attribute: 'name', subAttribute: 'givenName' }, { attribute: 'emails', subAttribute: 'value' }] });
    assert.deepEqual(out, { schemas: [CORE, ENTERPRISE], id: 'u1', name: { givenName: 'Barbara' }, emails: [{ value: 'b@x.test' }] });
  });

  it('selects extension attributes by URN path, or a whole extension by its URN', () => {
    const one = project({ kind: 'include', paths: [{ schema: ENTERPRISE, attribute: 'manager', subAttribute: 'value' }] });
    assert.deepEqual(one[ENTERPRISE], { manager: { value: 'm1' } });
    const whole = project({ kind: 'include', paths: [{ schema: ENTERPRISE, attribute: '' }] });
    assert.deepEqual(whole[ENTERPRISE], USER[ENTERPRISE]);
    assert.equal('userName' in whole, false);
  });

  it('excludes attributes, sub-attributes and whole extensions but never id', () => {
    const out = project({ kind: 'exclude', paths: [{ attribute: 'id' }, { attribute: 'emails' }, { attribute: 'name', subAttribute: 'familyName' }, { attribute: 'meta' }] });
    assert.equal(out['id'], 'u1');
    assert.equal('emails' in out, false);
    assert.equal('meta' in out, false);
    assert.deepEqual(out['name'], { givenName: 'Barbara' });
    const noExtension = project({ kind: 'exclude', paths: [{ schema: ENTERPRISE, attribute: '' }] });
    assert.equal(ENTERPRISE in noExtension, false);
    assert.equal(noExtension['userName'], 'bjensen');
  });

  it('leaves out group members when excluded and keeps them by default', () => {
    const group = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g1', displayName: 'Admins', members: [{ value: 'u1', type: 'User' }] };
    assert.deepEqual(projectResource(group, GROUP_RESOURCE_SCHEMA, { kind: 'default' }), group);
    assert.deepEqual(projectResource(group, GROUP_RESOURCE_SCHEMA, { kind: 'exclude', paths: [{ attribute: 'members' }] }), {
      schemas: group.schemas, id: 'g1', displayName: 'Admins',
    });
  });

  it('drops unknown and null members, writes schema spelling, and omits emptied attributes', () => {
    const out = projectResource(
      { schemas: [CORE], id: 'u2', USERNAME: 'x', nickName: null, shoeSize: 44, name: { GIVENNAME: 'A', bogus: 1 }, emails: [{ type: 'home' }] },
      USER_RESOURCE_SCHEMA,
      { kind: 'include', paths: [{ attribute: 'userName' }, { attribute: 'name' }, { attribute: 'emails', subAttribute: 'value' }, { attribute: 'nickName' }] },
    );
    assert.deepEqual(out, { schemas: [CORE], id: 'u2', userName: 'x', name: { givenName: 'A' } });
  });
});
