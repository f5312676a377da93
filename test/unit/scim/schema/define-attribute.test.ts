import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defineAttribute } from '../../../../src/scim/schema/define-attribute.ts';

describe('defineAttribute', () => {
  it('fills in the RFC 7643 section 2.2 defaults', () => {
    assert.deepEqual(defineAttribute({ name: 'title', description: 'd' }), {
      name: 'title', description: 'd', type: 'string', multiValued: false, required: false, caseExact: false,
      mutability: 'readWrite', returned: 'default', uniqueness: 'none',
    });
  });

  it('lets the spec override any default', () => {
    const id = defineAttribute({ name: 'id', description: '', caseExact: true, mutability: 'readOnly', returned: 'always' });
    assert.equal(id.caseExact, true);
    assert.equal(id.mutability, 'readOnly');
    assert.equal(id.returned, 'always');
  });
});
