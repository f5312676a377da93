import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StoreUser } from '../../../src/identity-store/port.ts';
import { applyStoreOperations } from '../../../src/translate/users/apply-store-operations.ts';

const at = new Date('2026-12-06T10:00:00.000Z');
const user: StoreUser = {
  id: 'u1', userName: 'a@example.com', externalIds: [], displayName: 'A', title: 'Old', website: 'https://kept.example.com',
  name: { givenName: 'A', familyName: 'B', middleName: 'M' }, emails: [{ value: 'a@example.com', type: 'work', primary: true }],
  enterprise: { department: 'R&D' }, userStatus: 'ENABLED', createdAt: new Date('2026-01-01T00:00:00.000Z'), updatedAt: new Date('2026-01-01T00:00:00.000Z'),
};

describe('applyStoreOperations', () => {
  it('sets and removes what the operations name and keeps everything else as read', () => {
    const next = applyStoreOperations(user, [
      { path: 'title' },
      { path: 'nickName', value: 'Al' },
      { path: 'name.middleName' },
      { path: 'emails', value: [{ value: 'b@example.com', type: 'home' }] },
      { path: 'aws:identitystore:enterprise.costCenter', value: '42' },
      { path: 'userStatus', value: 'DISABLED' },
    ], at);
    const { title: _removed, ...untouched } = user;
    assert.deepEqual(next, {
      ...untouched, nickName: 'Al', name: { givenName: 'A', familyName: 'B' }, emails: [{ value: 'b@example.com', type: 'home' }],
      enterprise: { department: 'R&D', costCenter: '42' }, userStatus: 'DISABLED', updatedAt: at,
    });
    assert.ok(!('title' in next));
    assert.equal(next.website, 'https://kept.example.com');
    assert.equal(user.title, 'Old', 'the user as read is not changed');
  });

  it('drops a nested object left empty, as the store does', () => {
    const next = applyStoreOperations(user, [{ path: 'aws:identitystore:enterprise.department' }], at);
    assert.equal(next.enterprise, undefined);
    assert.ok(!('enterprise' in next));
  });

  it('throws on a path the diff never produces', () => {
    assert.throws(() => applyStoreOperations(user, [{ path: 'addresses.locality', value: 'x' }], at), /unexpected path addresses.locality/);
    assert.throws(() => applyStoreOperations(user, [{ path: 'name.given.name', value: 'x' }], at), /unexpected path/);
  });
});
