import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAttributePath } from '../../../../src/scim/schema/parse-attribute-path.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('parseAttributePath', () => {
  it('reads plain, dotted and URN-qualified paths', () => {
    assert.deepEqual(parseAttributePath('userName'), { attribute: 'userName' });
    assert.deepEqual(parseAttributePath('name.givenName'), { attribute: 'name', subAttribute: 'givenName' });
    assert.deepEqual(parseAttributePath('members.$ref'), { attribute: 'members', subAttribute: '$ref' });
    assert.deepEqual(parseAttributePath(`${ENTERPRISE}:manager.value`), { schema: ENTERPRISE, attribute: 'manager', subAttribute: 'value' });
  });

  it('refuses text that is no attribute path', () => {
    for (const text of ['', '1abc', 'name.', 'a.b.c', 'emails[type eq "work"]', 'urn:x', '$ref', 'user name']) {
      assert.equal(parseAttributePath(text), undefined, text);
    }
  });
});
