import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { validateResourceInput } from '../../../../src/scim/validate/validate-resource-input.ts';
import { expectScimError } from '../expect-scim-error.ts';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const user = (body: unknown) => validateResourceInput(body, USER_RESOURCE_SCHEMA, 'create');
const group = (body: unknown) => validateResourceInput(body, GROUP_RESOURCE_SCHEMA, 'create');

describe('validateResourceInput', () => {
  it('normalises the body Okta posts: drops password and groups, keeps externalId', () => {
    const out = user({
      schemas: [CORE], userName: 'test.user@okta.local', name: { givenName: 'Test', familyName: 'User' },
      emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }], displayName: 'Test User', locale: 'en-US',
      externalId: '00ujl29u0le5T6Aj10h7', groups: [], password: '1mz050nq', active: true,
    });
    assert.deepEqual(out, {
      schemas: [CORE], externalId: '00ujl29u0le5T6Aj10h7', userName: 'test.user@okta.local', name: { givenName: 'Test', familyName: 'User' },
      displayName: 'Test User', locale: 'en-US', active: true, emails: [{ value: 'test.user@okta.local', type: 'work', primary: true }],
    });
  });

  it('normalises the body Entra ID posts: string booleans, roles: [], meta and the enterprise extension', () => {
    const out = user({
      schemas: [CORE, ENTERPRISE], externalId: 'e1', userName: 'ab@contoso.com', active: 'True', roles: [],
      emails: [{ primary: true, type: 'work', value: 'ab@contoso.com' }], meta: { resourceType: 'User' },
      [ENTERPRISE]: { employeeNumber: '42', manager: 'mgr-id', department: '' },
    });
    assert.deepEqual(out, {
      schemas: [CORE, ENTERPRISE], externalId: 'e1', userName: 'ab@contoso.com', active: true,
      emails: [{ value: 'ab@contoso.com', type: 'work', primary: true }],
      [ENTERPRISE]: { employeeNumber: '42', manager: { value: 'mgr-id' } },
    });
  });

  it('rewrites attribute names to the schema spelling and drops unknown ones', () => {
    const out = user({ UserName: 'x', NAME: { FamilyName: 'F' }, Active: 'false', ims: [{ value: 'aim' }], entitlements: [{ value: 'e' }], shoeSize: 44 });
    assert.deepEqual(out, { schemas: [CORE], userName: 'x', name: { familyName: 'F' }, active: false });
  });

  it('ignores read-only attributes: id, meta, groups and manager.displayName', () => {
    const out = user({ id: 'client-chosen', userName: 'x', meta: { created: 'x' }, groups: [{ value: 'g' }], [ENTERPRISE]: { manager: { value: 'm', displayName: 'Boss' } } });
    assert.deepEqual(out, { schemas: [CORE, ENTERPRISE], userName: 'x', [ENTERPRISE]: { manager: { value: 'm' } } });
  });

  it('collapses multi-valued attributes to what the Identity Store holds', () => {
    const out = user({
      userName: 'x',
      emails: [{ value: 'home@x', type: 'home' }, { value: 'work@x', type: 'work' }],
      phoneNumbers: [{ value: '1', primary: true }, { value: '2', primary: true }],
      photos: [{ value: 'https://p/1' }, { value: 'https://p/2' }, { value: 'https://p/3' }, { value: 'https://p/4', primary: true }],
    });
    assert.deepEqual(out['emails'], [{ value: 'work@x', type: 'work' }]);
    assert.deepEqual(out['phoneNumbers'], [{ value: '1', primary: true }]);
    assert.deepEqual(out['photos'], [{ value: 'https://p/4', primary: true }, { value: 'https://p/1' }, { value: 'https://p/2' }]);
  });

  it('accepts enterprise attributes as URN-qualified top-level keys, as Entra ID writes them', () => {
    const out = user({ userName: 'x', [`${ENTERPRISE}:costCenter`]: 'CC1', [`${CORE}:displayName`]: 'X' });
    assert.deepEqual(out, { schemas: [CORE, ENTERPRISE], userName: 'x', displayName: 'X', [ENTERPRISE]: { costCenter: 'CC1' } });
  });

  it('accepts a body without schemas and ignores unknown schema URIs', () => {
    assert.deepEqual(group({ displayName: 'Admins' }), { schemas: [GROUP], displayName: 'Admins' });
    const entra = group({ schemas: [GROUP, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'], displayName: 'G', externalId: 'x' });
    assert.deepEqual(entra, { schemas: [GROUP], externalId: 'x', displayName: 'G' });
  });

  it('keeps group members, reading bare ids and dropping display and null $ref', () => {
    const out = group({ displayName: 'G', members: [{ value: 'u1', display: 'User One', $ref: null }, 'u2', { value: '' }] });
    assert.deepEqual(out['members'], [{ value: 'u1' }, { value: 'u2' }]);
  });

  it('refuses what is not a JSON object', () => {
    for (const body of [null, [], 'userName', 3]) {
      expectScimError(() => user(body), { status: 400, scimType: 'invalidSyntax', detail: 'A User must be sent as a JSON object' });
    }
  });

  it('refuses schemas that do not list the core schema or are not an array of strings', () => {
    expectScimError(() => user({ schemas: [GROUP], userName: 'x' }), { status: 400, scimType: 'invalidSyntax', detail: `must include ${CORE}` });
    expectScimError(() => user({ schemas: CORE, userName: 'x' }), { status: 400, scimType: 'invalidSyntax', detail: 'array of schema URIs' });
    expectScimError(() => user({ schemas: [CORE, 1], userName: 'x' }), { status: 400, scimType: 'invalidSyntax', detail: 'array of schema URIs' });
  });

  it('requires userName for a user and displayName for a group, in both modes', () => {
    expectScimError(() => user({ displayName: 'x' }), { status: 400, scimType: 'invalidValue', detail: '"userName" is required for a User' });
    expectScimError(() => validateResourceInput({ userName: '' }, USER_RESOURCE_SCHEMA, 'replace'), { status: 400, scimType: 'invalidValue', detail: '"userName" is required' });
    expectScimError(() => validateResourceInput({ members: [] }, GROUP_RESOURCE_SCHEMA, 'replace'), { status: 400, scimType: 'invalidValue', detail: '"displayName" is required for a Group' });
  });

  it('refuses values of the wrong type, naming the attribute', () => {
    expectScimError(() => user({ userName: 7 }), { status: 400, scimType: 'invalidValue', detail: '"userName" must be a string' });
    expectScimError(() => user({ userName: 'x', active: 'maybe' }), { status: 400, scimType: 'invalidValue', detail: '"active" must be true or false' });
    expectScimError(() => user({ userName: 'x', emails: [{ value: 1 }] }), { status: 400, scimType: 'invalidValue', detail: '"emails.value" must be a string' });
    expectScimError(() => user({ userName: 'x', [ENTERPRISE]: 'Sales' }), { status: 400, scimType: 'invalidValue', detail: `"${ENTERPRISE}" must be a JSON object` });
    expectScimError(() => user({ userName: 'x', [ENTERPRISE]: { department: 5 } }), { status: 400, scimType: 'invalidValue', detail: `"${ENTERPRISE}:department" must be a string` });
  });

  it('refuses the same attribute sent twice under different spellings', () => {
    expectScimError(() => user({ userName: 'a', UserName: 'b' }), { status: 400, scimType: 'invalidSyntax', detail: '"userName" is given more than once' });
    expectScimError(() => user({ userName: 'a', [ENTERPRISE]: { department: 'A' }, [`${ENTERPRISE}:department`]: 'B' }), {
      status: 400, scimType: 'invalidSyntax', detail: `"${ENTERPRISE}:department" is given more than once`,
    });
    assert.deepEqual(user({ userName: 'a', id: '1', ID: '2' }), { schemas: [CORE], userName: 'a' }, 'ignored attributes are not compared');
  });
});
