import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENTERPRISE_USER_SCHEMA_ID as ENTERPRISE_USER_SCHEMA } from '../../../src/scim/schema/enterprise-user-schema.ts';
import { USER_SCHEMA_ID as USER_SCHEMA } from '../../../src/scim/schema/user-schema.ts';
import { scimUserToStore, storeUserToScim } from '../../../src/translate/user-mapping.ts';
import { diffStoreUser } from '../../../src/translate/diff-store-user.ts';

const bjensen = {
  schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
  userName: 'bjensen@example.com',
  name: { givenName: 'Barbara', familyName: 'Jensen', formatted: '' },
  displayName: 'Babs Jensen',
  title: 'Tour Guide',
  emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }],
  addresses: [{ streetAddress: '100 Universal City Plaza', locality: 'Hollywood', type: 'work', primary: true }],
  photos: [{ value: 'https://photos.example.com/b.jpg', type: 'photo' }],
  [ENTERPRISE_USER_SCHEMA]: { department: 'Tour Operations', manager: '26118915-6090-4610-87e4-49d8ca9f808d' },
};

describe('scimUserToStore', () => {
  it('maps core and enterprise attributes, dropping empty strings and taking a bare-string manager', () => {
    assert.deepEqual(scimUserToStore(bjensen), {
      userName: 'bjensen@example.com',
      name: { givenName: 'Barbara', familyName: 'Jensen' },
      displayName: 'Babs Jensen',
      title: 'Tour Guide',
      emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }],
      addresses: [{ streetAddress: '100 Universal City Plaza', locality: 'Hollywood', type: 'work', primary: true }],
      photos: [{ value: 'https://photos.example.com/b.jpg', type: 'photo' }],
      enterprise: { department: 'Tour Operations', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' } },
    });
  });

  it('leaves out emails without a value and an enterprise object with nothing in it', () => {
    const user = scimUserToStore({ userName: 'a', emails: [{ type: 'work' }], [ENTERPRISE_USER_SCHEMA]: { department: '' } });
    assert.deepEqual(user, { userName: 'a' });
  });
});

describe('storeUserToScim', () => {
  it('renders the SCIM representation with active, externalId and meta from the store timestamps', () => {
    const created = new Date('2026-01-02T03:04:05.000Z');
    const resource = storeUserToScim(
      { ...scimUserToStore(bjensen), id: '9067729b3d-11111111-2222-3333-4444-555555555555', externalIds: [], createdAt: created, updatedAt: created },
      { active: false, externalId: 'okta-1', location: 'https://gw/scim/v2/Users/x', version: 'W/"abc"' },
    );
    assert.equal(resource.active, false);
    assert.equal(resource.externalId, 'okta-1');
    assert.deepEqual(resource.schemas, [USER_SCHEMA, ENTERPRISE_USER_SCHEMA]);
    assert.deepEqual(resource.meta, { resourceType: 'User', created: created.toISOString(), lastModified: created.toISOString(), location: 'https://gw/scim/v2/Users/x', version: 'W/"abc"' });
    assert.deepEqual(resource[ENTERPRISE_USER_SCHEMA], { department: 'Tour Operations', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' } });
  });

  it('omits the enterprise schema URN when the user has no enterprise attributes', () => {
    const resource = storeUserToScim({ userName: 'a', id: 'x', externalIds: [] }, { active: true, externalId: undefined, location: 'l', version: 'v' });
    assert.deepEqual(resource.schemas, [USER_SCHEMA]);
    assert.equal('externalId' in resource, false);
  });
});

describe('diffStoreUser', () => {
  const before = scimUserToStore(bjensen);

  it('sends nothing when nothing changed', () => {
    assert.deepEqual(diffStoreUser(before, scimUserToStore(structuredClone(bjensen))), []);
  });

  it('sends only the changed paths: name parts one by one, multi-valued whole, removals without a value', () => {
    const after = scimUserToStore({
      ...bjensen,
      name: { givenName: 'Babs', familyName: 'Jensen' },
      title: undefined as unknown as string,
      emails: [{ value: 'babs@example.com', type: 'work', primary: true }],
      [ENTERPRISE_USER_SCHEMA]: { department: 'Sales', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' } },
    });
    assert.deepEqual(diffStoreUser(before, after), [
      { path: 'title' },
      { path: 'name.givenName', value: 'Babs' },
      { path: 'emails', value: [{ value: 'babs@example.com', type: 'work', primary: true }] },
      { path: 'aws:identitystore:enterprise.department', value: 'Sales' },
    ]);
  });

  it('never touches store attributes SCIM has no home for', () => {
    assert.deepEqual(diffStoreUser({ ...before, website: 'https://x', birthdate: '1990-01-01' }, before), []);
  });
});
