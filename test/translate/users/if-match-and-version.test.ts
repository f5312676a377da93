import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { userVersion } from '../../../src/translate/users/user-version.ts';
import { ENTERPRISE_URN } from './user-fixture.ts';

describe('userVersion', () => {
  const base = { schemas: ['u'], id: '1', userName: 'a', active: true, meta: { version: 'old' } };
  const at = new Date('2026-01-01T00:00:00Z');
  it('ignores meta, schemas, key order and the enterprise extension', () => {
    const v = userVersion(base, at);
    assert.equal(userVersion({ ...base, meta: { version: 'other' } }, at), v);
    assert.equal(userVersion({ active: true, userName: 'a', id: '1', schemas: ['u', ENTERPRISE_URN], [ENTERPRISE_URN]: { department: 'x' } }, at), v);
    assert.match(v, /^W\/"[A-Za-z0-9_-]{22}"$/);
  });
  it('changes with anything visible and with UpdatedAt', () => {
    const v = userVersion(base, at);
    assert.notEqual(userVersion({ ...base, active: false }, at), v);
    assert.notEqual(userVersion({ ...base, externalId: 'e' }, at), v);
    assert.notEqual(userVersion(base, new Date('2026-01-01T00:00:01Z')), v);
  });
});
