import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalPath } from '../../../../src/scim/schema/canonical-path.ts';
import { getMember } from '../../../../src/scim/schema/get-member.ts';
import { resolveAttribute } from '../../../../src/scim/schema/resolve-attribute.ts';
import { USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';

describe('getMember', () => {
  it('finds a member in any case, preferring the exact spelling', () => {
    assert.equal(getMember({ UserName: 'a' }, 'userName'), 'a');
    assert.equal(getMember({ username: 'lower', userName: 'exact' }, 'userName'), 'exact');
    assert.equal(getMember({ userName: 'a' }, 'displayName'), undefined);
  });
});

describe('canonicalPath', () => {
  it('writes core paths without and extension paths with their URN, in schema spelling', () => {
    const core = resolveAttribute(USER_RESOURCE_SCHEMA, { schema: 'URN:ietf:params:scim:schemas:core:2.0:User', attribute: 'NAME', subAttribute: 'givenname' });
    assert.ok(core);
    assert.deepEqual(canonicalPath(core, USER_RESOURCE_SCHEMA), { attribute: 'name', subAttribute: 'givenName' });
    const extension = resolveAttribute(USER_RESOURCE_SCHEMA, { schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user', attribute: 'COSTCENTER' });
    assert.ok(extension);
    assert.deepEqual(canonicalPath(extension, USER_RESOURCE_SCHEMA), {
      schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', attribute: 'costCenter',
    });
  });
});
