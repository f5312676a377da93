import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { touchedAttributes } from '../../../src/observability/touched-attributes.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('touchedAttributes', () => {
  it('names the attributes of a POST/PUT body, extension attributes under their URN, without protocol members', () => {
    const body = { schemas: ['x'], id: '1', meta: {}, userName: 'a', name: { givenName: 'A' }, [ENTERPRISE]: { department: 'D', manager: { value: 'm' } } };
    assert.deepEqual(touchedAttributes('create', body), ['name', 'userName', `${ENTERPRISE}:department`, `${ENTERPRISE}:manager`].sort());
    assert.deepEqual(touchedAttributes('replace', body), touchedAttributes('create', body));
  });

  it('names PATCH paths without their value filters, and the value members of path-less operations', () => {
    const body = {
      Operations: [
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'x' },
        { op: 'remove', path: 'members[value eq "2819c223"]' },
        { op: 'add', value: { title: 'T', [ENTERPRISE]: { costCenter: 'C' } } },
        { op: 'Replace', path: 'title' },
      ],
    };
    assert.deepEqual(touchedAttributes('patch', body), ['emails.value', 'members', 'title', `${ENTERPRISE}:costCenter`].sort());
  });

  it('never fails on what an invalid request may send, and bounds what it returns', () => {
    assert.deepEqual(touchedAttributes('patch', undefined), []);
    assert.deepEqual(touchedAttributes('patch', { Operations: 'nope' }), []);
    assert.deepEqual(touchedAttributes('patch', { Operations: [null, 3, { path: 42 }] }), []);
    assert.deepEqual(touchedAttributes('create', ['a']), []);
    assert.deepEqual(touchedAttributes('delete', { userName: 'a' }), []);
    assert.deepEqual(touchedAttributes('create', { 'evil\n"name': 1 }), ['evilname']);
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, n) => [`a${String(n).padStart(2, '0')}`, n]));
    assert.equal(touchedAttributes('create', many).length, 50);
  });
});
