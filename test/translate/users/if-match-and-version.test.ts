import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { userVersion } from '../../../src/translate/users/user-version.ts';
import { ENTERPRISE_URN } from './user-fixture.ts';

describe('userVersion', () => {
  const base = { schemas: ['u'], id: '1', userName: 'a', active: true, meta: { version: 'old', lastModified: '2026-01-01T00:00:00.000Z' } };
  it('ignores meta (timestamps included) and key order', () => {
    const v = userVersion(base);
    assert.equal(userVersion({ ...base, meta: { version: 'other', lastModified: '2026-02-01T00:00:00.000Z' } }), v);
    assert.equal(userVersion({ active: true, userName: 'a', id: '1', schemas: ['u'] }), v);
    assert.match(v, /^W\/"[A-Za-z0-9_-]{22}"$/);
  });
  it('changes with anything visible, enterprise attributes included', () => {
    const v = userVersion(base);
    assert.notEqual(userVersion({ ...base, active: false }), v);
    assert.notEqual(userVersion({ ...base, externalId: 'e' }), v);
    assert.notEqual(userVersion({ ...base, schemas: ['u', ENTERPRISE_URN], [ENTERPRISE_URN]: { department: 'x' } }), v);
    const withDepartment = userVersion({ ...base, [ENTERPRISE_URN]: { department: 'x' } });
    assert.notEqual(userVersion({ ...base, [ENTERPRISE_URN]: { department: 'y' } }), withDepartment);
  });
});
