import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collapseMultiValued } from '../../../../src/scim/validate/collapse-multi-valued.ts';

describe('collapseMultiValued', () => {
  it('keeps the primary value when only one fits', () => {
    const values = [{ value: 'home@x', type: 'home' }, { value: 'work@x', type: 'work' }, { value: 'p@x', type: 'other', primary: true }];
    assert.deepEqual(collapseMultiValued(values, 1), [{ value: 'p@x', type: 'other', primary: true }]);
  });

  it('keeps the one of type work when none is primary, in any case', () => {
    const values = [{ value: 'home@x', type: 'home' }, { value: 'work@x', type: 'Work' }];
    assert.deepEqual(collapseMultiValued(values, 1), [{ value: 'work@x', type: 'Work' }]);
  });

  it('keeps the first when none is primary or work', () => {
    const values = [{ value: 'a', type: 'home' }, { value: 'b', type: 'other' }];
    assert.deepEqual(collapseMultiValued(values, 1), [{ value: 'a', type: 'home' }]);
  });

  it('keeps up to maxValues, primary first, then work, then the rest as sent', () => {
    const photos = [{ value: 'p1' }, { value: 'p2', type: 'work' }, { value: 'p3' }, { value: 'p4', primary: true }];
    assert.deepEqual(collapseMultiValued(photos, 3).map((photo) => photo.value), ['p4', 'p2', 'p1']);
  });

  it('leaves values that fit untouched, in their order', () => {
    const values = [{ value: 'a' }, { value: 'b', primary: true }];
    assert.deepEqual(collapseMultiValued(values, 3), values);
    assert.deepEqual(collapseMultiValued(values), values);
  });

  it('keeps primary on the first value only, whatever maxValues is', () => {
    const values = [{ value: 'a', primary: true }, { value: 'b', primary: true }, { value: 'c', Primary: true }];
    assert.deepEqual(collapseMultiValued(values), [{ value: 'a', primary: true }, { value: 'b' }, { value: 'c' }]);
    assert.deepEqual(collapseMultiValued(values, 1), [{ value: 'a', primary: true }]);
  });
});
