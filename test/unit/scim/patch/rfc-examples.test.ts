// Every PATCH example of RFC 7644 section 3.5.2 (3.5.2.1 add, 3.5.2.2 remove, 3.5.2.3 replace),
// parsed and applied to the gateway's real User and Group schemas.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyPatch } from '../../../../src/scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../../../src/scim/patch/parse-patch-request.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { body, CORE_GROUP, CORE_USER, describeOps, scimError } from './helpers.ts';

const BABS = '2819c223-7f76-453a-919d-413861904646';
const JAMES = '08e1d05d-121c-4561-8b96-473d93df9210';
const OTHER = '902c246b-6245-4190-8e05-00816be7344a';

const group: ScimResource = {
  schemas: [CORE_GROUP], id: 'e9e30dba-f08f-4109-8486-d5c6a331660a', displayName: 'Tour Guides',
  members: [{ value: BABS, $ref: `https://example.com/v2/Users/${BABS}` }, { value: OTHER }],
};

const user: ScimResource = {
  schemas: [CORE_USER], id: BABS, userName: 'bjensen', displayName: 'Babs Jensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }, { value: 'babs@jensen.org', type: 'home' }],
  addresses: [{ type: 'work', streetAddress: '100 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'US', primary: true }],
};

const patchGroup = (...ops: unknown[]) => applyPatch(group, parsePatchRequest(body(...ops), GROUP_RESOURCE_SCHEMA), GROUP_RESOURCE_SCHEMA);
const patchUser = (...ops: unknown[]) => applyPatch(user, parsePatchRequest(body(...ops), USER_RESOURCE_SCHEMA), USER_RESOURCE_SCHEMA);

describe('RFC 7644 section 3.5.2.1 add', () => {
  it('adds a member to members, keeping the others and dropping the read-only display', () => {
    const result = patchGroup({ op: 'add', path: 'members', value: [{ display: 'James Smith', $ref: `https://example.com/v2/Users/${JAMES}`, value: JAMES }] });
    assert.deepEqual(result['members'], [...(group['members'] as ScimResource[]), { $ref: `https://example.com/v2/Users/${JAMES}`, value: JAMES }]);
  });

  it('adds a member already present without duplicating it', () => {
    const result = patchGroup({ op: 'add', path: 'members', value: [{ display: 'Babs Jensen', value: BABS }] });
    assert.deepEqual(result['members'], group['members']);
  });

  it('reads an add without path as the resource itself: emails appended, nickname set in its schema case', () => {
    const request = body({ op: 'add', value: { emails: [{ value: 'babs@jensen.net', type: 'home' }], nickname: 'Babs' } });
    assert.deepEqual(describeOps(parsePatchRequest(request, USER_RESOURCE_SCHEMA)), [
      'add emails [{"value":"babs@jensen.net","type":"home"}]',
      'add nickName "Babs"',
    ]);
    const result = patchUser({ op: 'add', value: { emails: [{ value: 'babs@jensen.net', type: 'home' }], nickname: 'Babs' } });
    assert.deepEqual(result['emails'], [...(user['emails'] as ScimResource[]), { value: 'babs@jensen.net', type: 'home' }]);
    assert.equal(result['nickName'], 'Babs');
    assert.equal('nickname' in result, false);
  });
});

describe('RFC 7644 section 3.5.2.2 remove', () => {
  it('removes the one member a value filter selects', () => {
    const result = patchGroup({ op: 'remove', path: `members[value eq "${BABS}"]` });
    assert.deepEqual(result['members'], [{ value: OTHER }]);
  });

  it('removes all members when the path names the attribute alone', () => {
    const result = patchGroup({ op: 'remove', path: 'members' });
    assert.equal('members' in result, false);
    assert.equal(result['displayName'], 'Tour Guides');
  });

  it('removes only the emails matching a compound filter', () => {
    const withTwoWork: ScimResource = { ...user, emails: [...(user['emails'] as ScimResource[]), { value: 'b@example.org', type: 'work' }] };
    const ops = parsePatchRequest(body({ op: 'remove', path: 'emails[type eq "work" and value ew "example.com"]' }), USER_RESOURCE_SCHEMA);
    const result = applyPatch(withTwoWork, ops, USER_RESOURCE_SCHEMA);
    assert.deepEqual(result['emails'], [{ value: 'babs@jensen.org', type: 'home' }, { value: 'b@example.org', type: 'work' }]);
  });

  it('replaces all members by a remove of members followed by an add', () => {
    const result = patchGroup(
      { op: 'remove', path: 'members' },
      { op: 'add', path: 'members', value: [
        { display: 'Babs Jensen', $ref: `https://example.com/v2/Users/${BABS}`, value: BABS },
        { display: 'James Smith', $ref: `https://example.com/v2/Users/${JAMES}`, value: JAMES },
      ] },
    );
    assert.deepEqual(result['members'], [
      { $ref: `https://example.com/v2/Users/${BABS}`, value: BABS },
      { $ref: `https://example.com/v2/Users/${JAMES}`, value: JAMES },
    ]);
  });

  it('answers a remove without path with noTarget', () => {
    assert.throws(() => parsePatchRequest(body({ op: 'remove' }), GROUP_RESOURCE_SCHEMA), scimError('noTarget', 'needs a "path"'));
  });
});

describe('RFC 7644 section 3.5.2.3 replace', () => {
  it('replaces every member with the given list', () => {
    const result = patchGroup({ op: 'replace', path: 'members', value: [{ display: 'James Smith', value: JAMES }] });
    assert.deepEqual(result['members'], [{ value: JAMES }]);
  });

  it('replaces the work address selected by a filter with the given value, keeping it primary', () => {
    const address = { type: 'work', streetAddress: '911 Universal City Plaza', locality: 'Hollywood', region: 'CA', postalCode: '91608', country: 'US', formatted: '911 Universal City Plaza\nHollywood, CA 91608 US', primary: true };
    const result = patchUser({ op: 'replace', path: 'addresses[type eq "work"]', value: address });
    assert.deepEqual(result['addresses'], [address]);
  });

  it('replaces one sub-attribute of the filtered address and leaves the rest', () => {
    const result = patchUser({ op: 'replace', path: 'addresses[type eq "work"].streetAddress', value: '1010 Broadway Ave' });
    assert.deepEqual(result['addresses'], [{ ...(user['addresses'] as ScimResource[])[0], streetAddress: '1010 Broadway Ave' }]);
  });

  it('replaces the work email selected by a filter with an object', () => {
    const result = patchUser({ op: 'replace', path: 'emails[type eq "work"]', value: { type: 'work', value: 'babs@example.com', primary: true } });
    assert.deepEqual(result['emails'], [{ value: 'babs@example.com', type: 'work', primary: true }, { value: 'babs@jensen.org', type: 'home' }]);
  });

  it('replaces the value of the work email only', () => {
    const result = patchUser({ op: 'replace', path: 'emails[type eq "work"].value', value: 'babs@example.com' });
    assert.deepEqual(result['emails'], [{ value: 'babs@example.com', type: 'work', primary: true }, { value: 'babs@jensen.org', type: 'home' }]);
  });

  it('reads a replace without path as the resource itself: emails replaced whole, nickname set', () => {
    const result = patchUser({ op: 'replace', value: { emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }], nickname: 'Babs' } });
    assert.deepEqual(result['emails'], [{ value: 'bjensen@example.com', type: 'work', primary: true }]);
    assert.equal(result['nickName'], 'Babs');
    assert.deepEqual(result['name'], user['name']);
  });
});
