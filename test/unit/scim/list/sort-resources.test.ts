import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { sortResources } from '../../../../src/scim/list/sort-resources.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { expectScimError } from '../expect-scim-error.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ids = (resources: readonly ScimResource[]) => resources.map((resource) => resource['id']);

describe('sortResources (RFC 7644 section 3.4.2.3)', () => {
  it('orders strings case-insensitively unless the attribute is caseExact', () => {
    const users = [{ id: '1', userName: 'bob' }, { id: '2', userName: 'Alice' }, { id: '3', userName: 'carol' }];
    assert.deepEqual(ids(sortResources(users, { attribute: 'userName' }, 'ascending', USER_RESOURCE_SCHEMA)), ['2', '1', '3']);
    // `id` is caseExact: upper case sorts before lower case in code-unit order.
    const byId = [{ id: 'b' }, { id: 'B' }, { id: 'a' }];
    assert.deepEqual(ids(sortResources(byId, { attribute: 'id' }, 'ascending', USER_RESOURCE_SCHEMA)), ['B', 'a', 'b']);
  });

  it('reverses for descending', () => {
    const users = [{ id: '1', userName: 'b' }, { id: '2', userName: 'a' }, { id: '3', userName: 'c' }];
    assert.deepEqual(ids(sortResources(users, { attribute: 'userName' }, 'descending', USER_RESOURCE_SCHEMA)), ['3', '1', '2']);
  });

  it('puts resources without a value last ascending and first descending', () => {
    const users = [{ id: '1' }, { id: '2', displayName: 'Zed' }, { id: '3', displayName: '' }, { id: '4', displayName: 'Amy' }];
    assert.deepEqual(ids(sortResources(users, { attribute: 'displayName' }, 'ascending', USER_RESOURCE_SCHEMA)), ['4', '2', '1', '3']);
    assert.deepEqual(ids(sortResources(users, { attribute: 'displayName' }, 'descending', USER_RESOURCE_SCHEMA)), ['1', '3', '2', '4']);
  });

  it('orders dateTimes by instant, not by text', () => {
    const users = [
      { id: 'late', meta: { lastModified: '2025-01-01T10:00:00Z' } },
      { id: 'early', meta: { lastModified: '2025-01-01T11:00:00+02:00' } },
    ];
    assert.deepEqual(ids(sortResources(users, { attribute: 'meta', subAttribute: 'lastModified' }, 'ascending', USER_RESOURCE_SCHEMA)), ['early', 'late']);
  });

  it('sorts a multi-valued attribute by its primary value, else its first', () => {
    const users = [
      { id: '1', emails: [{ value: 'a@x' }, { value: 'z@x', primary: true }] },
      { id: '2', emails: [{ value: 'm@x' }, { value: 'b@x' }] },
    ];
    assert.deepEqual(ids(sortResources(users, { attribute: 'emails', subAttribute: 'value' }, 'ascending', USER_RESOURCE_SCHEMA)), ['2', '1']);
    assert.deepEqual(ids(sortResources(users, { attribute: 'emails' }, 'ascending', USER_RESOURCE_SCHEMA)), ['2', '1']);
  });

  it('reads extension attributes under their URN and booleans false first', () => {
    const users = [{ id: '1', [ENTERPRISE]: { department: 'Sales' } }, { id: '2', [ENTERPRISE]: { department: 'Eng' } }, { id: '3' }];
    assert.deepEqual(ids(sortResources(users, { schema: ENTERPRISE, attribute: 'department' }, 'ascending', USER_RESOURCE_SCHEMA)), ['2', '1', '3']);
    const flags = [{ id: '1', active: true }, { id: '2', active: false }];
    assert.deepEqual(ids(sortResources(flags, { attribute: 'active' }, 'ascending', USER_RESOURCE_SCHEMA)), ['2', '1']);
  });

  it('is stable for equal keys and leaves the input untouched', () => {
    const groups = [{ id: '1', displayName: 'Same' }, { id: '2', displayName: 'same' }, { id: '3', displayName: 'SAME' }];
    assert.deepEqual(ids(sortResources(groups, { attribute: 'displayName' }, 'ascending', GROUP_RESOURCE_SCHEMA)), ['1', '2', '3']);
    assert.deepEqual(ids(sortResources(groups, { attribute: 'displayName' }, 'descending', GROUP_RESOURCE_SCHEMA)), ['1', '2', '3']);
    assert.deepEqual(ids(groups), ['1', '2', '3']);
  });

  it('refuses a path the schema does not know', () => {
    expectScimError(() => sortResources([], { attribute: 'userName' }, 'ascending', GROUP_RESOURCE_SCHEMA), { status: 400, scimType: 'invalidValue', detail: 'Group' });
  });
});
