import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isScimError } from '../../../src/scim/errors.ts';
import { deriveDisplayName, prepareStoreUser } from '../../../src/translate/users/prepare-store-user.ts';

describe('prepareStoreUser', () => {
  const name = { givenName: 'Ann', familyName: 'Lee' };
  it('derives displayName: formatted, else given + family, else userName', () => {
    assert.equal(prepareStoreUser({ userName: 'a', name: { ...name, formatted: 'Dr Ann Lee' } }).displayName, 'Dr Ann Lee');
    assert.equal(prepareStoreUser({ userName: 'a', name }).displayName, 'Ann Lee');
    assert.equal(prepareStoreUser({ userName: 'a', name, displayName: 'Annie' }).displayName, 'Annie');
    assert.equal(deriveDisplayName({ userName: 'only' }), 'only');
  });
  it('accepts names with characters the store allows in userName', () => {
    assert.equal(prepareStoreUser({ userName: 'ann.lee+x@example.com', name }).userName, 'ann.lee+x@example.com');
  });
  it('refuses DEL and C1 control characters by code point', () => {
    assert.throws(() => prepareStoreUser({ userName: 'a\u007fb', name }), (e: unknown) => isScimError(e) && e.scimType === 'invalidValue' && /U\+007F/.test(e.detail));
    assert.throws(() => prepareStoreUser({ userName: 'a\u0085b', name }), (e: unknown) => isScimError(e) && /U\+0085/.test(e.detail));
  });
});
