import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readQueryInteger } from '../../../../src/scim/list/read-query-integer.ts';
import { expectScimError } from '../expect-scim-error.ts';

describe('readQueryInteger', () => {
  it('reads numbers and integer text, and treats absent, null and empty as absent', () => {
    assert.equal(readQueryInteger('count', 5), 5);
    assert.equal(readQueryInteger('count', ' -7 '), -7);
    assert.equal(readQueryInteger('count', '+3'), 3);
    assert.equal(readQueryInteger('count', undefined), undefined);
    assert.equal(readQueryInteger('count', null), undefined);
    assert.equal(readQueryInteger('count', ''), undefined);
  });

  it('keeps huge values exact by clamping them to safe integers', () => {
    assert.equal(readQueryInteger('startIndex', '99999999999999999999999'), Number.MAX_SAFE_INTEGER);
  });

  it('refuses fractions, words and other types', () => {
    for (const value of [1.5, '2.0', '1e3', 'ten', true, {}, Number.NaN]) {
      expectScimError(() => readQueryInteger('startIndex', value), { status: 400, scimType: 'invalidValue', detail: 'startIndex must be an integer' });
    }
  });
});
