import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ListLimits } from '../../../../src/scim/list/list-query.ts';
import { parseRootSearch } from '../../../../src/scim/list/parse-root-search.ts';
import { printFilter } from '../../../../src/scim/filter/print-filter.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { expectScimError } from '../expect-scim-error.ts';

const LIMITS: ListLimits = { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: 50, maxPageSize: 100 };
const SCHEMAS = [USER_RESOURCE_SCHEMA, GROUP_RESOURCE_SCHEMA];

describe('parseRootSearch (RFC 7644 section 3.4.3 at the server root)', () => {
  it('gives each type the filter it can evaluate, and skips a type that can match nothing', () => {
    const search = parseRootSearch({ filter: 'userName eq "a" or displayName eq "Admins"', startIndex: '3', count: '7' }, SCHEMAS, LIMITS);
    const [users, groups] = search.parts;
    assert.equal(printFilter(users?.query?.filter ?? { kind: 'present', path: { attribute: 'none' } }), 'userName eq "a" or displayName eq "Admins"');
    assert.equal(printFilter(groups?.query?.filter ?? { kind: 'present', path: { attribute: 'none' } }), 'displayName eq "Admins"');
    assert.equal(search.startIndex, 3);
    assert.equal(search.count, 7);
    const usersOnly = parseRootSearch({ filter: 'userName eq "a"' }, SCHEMAS, LIMITS);
    assert.equal(usersOnly.parts[1]?.query, undefined);
    assert.ok(usersOnly.parts[0]?.query !== undefined);
  });

  it('keeps per-type attribute selections and resolves sortBy in the type that has it', () => {
    const search = parseRootSearch({ attributes: 'userName,displayName', sortBy: 'userName' }, SCHEMAS, LIMITS);
    assert.equal(search.sortSchema, USER_RESOURCE_SCHEMA);
    assert.deepEqual(search.parts[0]?.query?.attributes, { kind: 'include', paths: [{ attribute: 'userName' }, { attribute: 'displayName' }] });
    assert.deepEqual(search.parts[1]?.query?.attributes, { kind: 'include', paths: [{ attribute: 'displayName' }] });
    assert.deepEqual(search.parts[0]?.query?.sortBy, { attribute: 'userName' });
    assert.equal(search.parts[1]?.query?.sortBy, undefined);
  });

  it('refuses cursors, attributes no type has, sortBy no type has, and bad syntax', () => {
    expectScimError(() => parseRootSearch({ cursor: '' }, SCHEMAS, LIMITS), { status: 400, scimType: 'invalidValue', detail: 'startIndex and count only' });
    expectScimError(() => parseRootSearch({ filter: 'usrName eq "a" or displayName eq "b"' }, SCHEMAS, LIMITS), { status: 400, scimType: 'invalidFilter', detail: 'usrName' });
    expectScimError(() => parseRootSearch({ sortBy: 'nothing' }, SCHEMAS, LIMITS), { status: 400, scimType: 'invalidValue', detail: 'sortBy' });
    expectScimError(() => parseRootSearch({ filter: 'userName eq' }, SCHEMAS, LIMITS), { status: 400, scimType: 'invalidFilter', detail: '' });
  });

  it('accepts a filter that no single type can satisfy as an empty search, not an error', () => {
    const search = parseRootSearch({ filter: 'userName eq "a" and members pr' }, SCHEMAS, LIMITS);
    assert.deepEqual(search.parts.map((part) => part.query), [undefined, undefined]);
  });
});
