import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ScimResource } from '../../../src/scim/resource.ts';
import { ResultSnapshot } from '../../../src/translate/query/result-snapshot.ts';

/** A rendered user with the shapes a snapshot must carry through JSON: nesting, arrays, non-ASCII, numbers, booleans, null. */
const renderedUser = (index: number): ScimResource => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
  id: `id-${index}`,
  userName: `user-${index}@example.com`,
  name: { givenName: 'Zoë', familyName: `Łukasz-${index}`, formatted: '山田 太郎 😀' },
  emails: [{ value: `user-${index}@example.com`, type: 'work', primary: true }],
  active: index % 2 === 0,
  nickName: null,
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: `${index}`, costCenter: 1.5e3, manager: { value: 'm-1' } },
  meta: { resourceType: 'User', version: `W/"${index}"`, location: `https://scim.example/Users/id-${index}` },
});

describe('ResultSnapshot', () => {
  const stored = Array.from({ length: 7 }, (_, index) => renderedUser(index));

  it('parses back exactly the resources stored, for any slice, and knows the whole result size', () => {
    const snapshot = ResultSnapshot.of(stored);
    assert.equal(snapshot.total, 7);
    assert.deepEqual(snapshot.slice(0, 7), stored);
    assert.deepEqual(snapshot.slice(2, 3), stored.slice(2, 5));
    assert.deepEqual(snapshot.slice(5, 100), stored.slice(5));
    assert.deepEqual(snapshot.slice(7, 3), []);
    assert.deepEqual(snapshot.slice(3, 0), []);
  });

  it('hands out fresh copies: changing a returned page, deep inside or not, or the array it was made from changes nothing', () => {
    const source = [renderedUser(0), renderedUser(1)];
    const snapshot = ResultSnapshot.of(source);
    const page = snapshot.slice(0, 2);
    (page[0] as Record<string, unknown>)['userName'] = 'changed';
    ((page[0]?.['name'] ?? {}) as Record<string, unknown>)['givenName'] = 'changed';
    (page[1]?.['schemas'] as string[]).push('urn:changed');
    page.length = 0;
    (source[1] as Record<string, unknown>)['id'] = 'changed too';
    assert.deepEqual(snapshot.slice(0, 2), [renderedUser(0), renderedUser(1)]);
    assert.notEqual(snapshot.slice(0, 1)[0], snapshot.slice(0, 1)[0]);
  });

  it('measures itself as the total length of its JSON strings, non-ASCII text included', () => {
    const expected = stored.reduce((total, resource) => total + JSON.stringify(resource).length, 0);
    assert.equal(ResultSnapshot.of(stored).characters, expected);
    assert.equal(new ResultSnapshot(['{"id":"é"}', '{}']).characters, 12);
    assert.equal(ResultSnapshot.of([]).characters, 0);
  });
});
