import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ListLimits } from '../../../../src/scim/list/list-query.ts';
import { parseListQuery } from '../../../../src/scim/list/parse-list-query.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { expectScimError } from '../expect-scim-error.ts';

const LIMITS: ListLimits = { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: 50, maxPageSize: 100 };
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const parse = (params: Record<string, string | string[] | undefined>, limits: ListLimits = LIMITS) =>
  parseListQuery(params, USER_RESOURCE_SCHEMA, limits);

describe('parseListQuery', () => {
  it('defaults to the first index page of the default size, ascending, all default attributes', () => {
    assert.deepEqual(parse({}), {
      pagination: { method: 'index', startIndex: 1, count: 50 },
      sortOrder: 'ascending',
      attributes: { kind: 'default' },
    });
  });

  it('parses the filter through the filter parser', () => {
    const query = parse({ filter: 'userName eq "bjensen"' });
    assert.equal(query.filter?.kind, 'compare');
    assert.equal(parse({ filter: '' }).filter, undefined, 'an empty filter is no filter');
    expectScimError(() => parse({ filter: 'userName eq' }), { status: 400, scimType: 'invalidFilter', detail: '' });
  });

  it('checks the filter against the schema, so unknown attributes fail before any Identity Store call', () => {
    expectScimError(() => parse({ filter: 'shoeSize eq "44"' }), { status: 400, scimType: 'invalidFilter', detail: 'shoeSize' });
    expectScimError(() => parseListQuery({ filter: 'userName eq "x"' }, GROUP_RESOURCE_SCHEMA, LIMITS), { status: 400, scimType: 'invalidFilter', detail: 'userName' });
    assert.equal(parseListQuery({ filter: 'members.value eq "u1"' }, GROUP_RESOURCE_SCHEMA, LIMITS).filter?.kind, 'compare');
  });

  describe('startIndex and count (RFC 7644 section 3.4.2.4)', () => {
    it('reads both as integers, as Okta and Entra send them', () => {
      assert.deepEqual(parse({ startIndex: '101', count: '100' }).pagination, { method: 'index', startIndex: 101, count: 100 });
    });

    it('treats a startIndex below 1 as 1 and a negative count as 0', () => {
      assert.deepEqual(parse({ startIndex: '0', count: '-5' }).pagination, { method: 'index', startIndex: 1, count: 0 });
      assert.deepEqual(parse({ startIndex: '-3' }).pagination, { method: 'index', startIndex: 1, count: 50 });
    });

    it('returns at most maxPageSize when a larger count is asked', () => {
      assert.deepEqual(parse({ count: '1000' }).pagination, { method: 'index', startIndex: 1, count: 100 });
    });

    it('refuses values that are not integers, naming the parameter', () => {
      expectScimError(() => parse({ startIndex: 'abc' }), { status: 400, scimType: 'invalidValue', detail: 'startIndex must be an integer' });
      expectScimError(() => parse({ count: '1.5' }), { status: 400, scimType: 'invalidValue', detail: 'count must be an integer' });
    });
  });

  describe('cursor (RFC 9865 section 2)', () => {
    it('pages by cursor when the parameter is present, an empty one asking for the first page', () => {
      assert.deepEqual(parse({ cursor: '', count: '10' }).pagination, { method: 'cursor', cursor: undefined, count: 10 });
      assert.deepEqual(parse({ cursor: 'VZUTiy' }).pagination, { method: 'cursor', cursor: 'VZUTiy', count: 50 });
    });

    it('follows defaultPaginationMethod when neither cursor nor startIndex is sent', () => {
      const cursorFirst: ListLimits = { ...LIMITS, defaultPaginationMethod: 'cursor' };
      assert.deepEqual(parse({ count: '5' }, cursorFirst).pagination, { method: 'cursor', cursor: undefined, count: 5 });
    });

    it('refuses cursor together with startIndex', () => {
      expectScimError(() => parse({ cursor: '', startIndex: '1' }), { status: 400, scimType: 'invalidValue', detail: 'cursor and startIndex cannot be combined' });
    });

    it('refuses a cursor with characters no cursor has', () => {
      expectScimError(() => parse({ cursor: 'a b/c' }), { status: 400, scimType: 'invalidCursor', detail: 'cursor' });
    });

    it('answers 501 for a pagination method the provider does not offer', () => {
      expectScimError(() => parse({ cursor: '' }, { ...LIMITS, cursor: false }), { status: 501, detail: 'cursor pagination is not supported' });
      expectScimError(() => parse({ startIndex: '1' }, { ...LIMITS, index: false, defaultPaginationMethod: 'cursor' }), { status: 501, detail: 'index pagination' });
    });
  });

  describe('sortBy and sortOrder (RFC 7644 section 3.4.2.3)', () => {
    it('resolves sortBy to the canonical path, extension attributes with their URN', () => {
      assert.deepEqual(parse({ sortBy: 'NAME.FAMILYNAME' }).sortBy, { attribute: 'name', subAttribute: 'familyName' });
      assert.deepEqual(parse({ sortBy: `${ENTERPRISE}:department` }).sortBy, { schema: ENTERPRISE, attribute: 'department' });
      assert.deepEqual(parse({ sortBy: 'emails' }).sortBy, { attribute: 'emails' }, 'multi-valued sorts by its primary value');
      assert.deepEqual(parse({ sortBy: 'meta.lastModified' }).sortBy, { attribute: 'meta', subAttribute: 'lastModified' });
    });

    it('refuses an unknown attribute and a single-valued complex one', () => {
      expectScimError(() => parse({ sortBy: 'shoeSize' }), { status: 400, scimType: 'invalidValue', detail: 'sortBy names no attribute of a User: "shoeSize"' });
      expectScimError(() => parse({ sortBy: 'name' }), { status: 400, scimType: 'invalidValue', detail: 'complex attribute "name"' });
      expectScimError(() => parseListQuery({ sortBy: 'userName' }, GROUP_RESOURCE_SCHEMA, LIMITS), { status: 400, scimType: 'invalidValue', detail: 'Group' });
    });

    it('reads sortOrder in any case and refuses other words', () => {
      assert.equal(parse({ sortBy: 'userName', sortOrder: 'DESCENDING' }).sortOrder, 'descending');
      assert.equal(parse({ sortBy: 'userName', sortOrder: 'Ascending' }).sortOrder, 'ascending');
      expectScimError(() => parse({ sortOrder: 'up' }), { status: 400, scimType: 'invalidValue', detail: 'sortOrder must be' });
    });
  });

  describe('attributes and excludedAttributes (RFC 7644 section 3.4.2.5)', () => {
    it('splits comma-separated names and resolves them', () => {
      assert.deepEqual(parse({ attributes: 'userName, name.givenName,' + ENTERPRISE + ':manager' }).attributes, {
        kind: 'include',
        paths: [{ attribute: 'userName' }, { attribute: 'name', subAttribute: 'givenName' }, { schema: ENTERPRISE, attribute: 'manager' }],
      });
      assert.deepEqual(parseListQuery({ excludedAttributes: 'members' }, GROUP_RESOURCE_SCHEMA, LIMITS).attributes, {
        kind: 'exclude', paths: [{ attribute: 'members' }],
      });
    });

    it('refuses both at once', () => {
      expectScimError(() => parse({ attributes: 'userName', excludedAttributes: 'emails' }), { status: 400, scimType: 'invalidSyntax', detail: 'cannot be used together' });
    });
  });

  it('matches parameter names in any case and ignores unknown ones', () => {
    const query = parse({ StartIndex: '3', COUNT: '2', unknown: 'x' });
    assert.deepEqual(query.pagination, { method: 'index', startIndex: 3, count: 2 });
  });

  it('refuses a parameter given twice, naming it', () => {
    expectScimError(() => parse({ count: ['1', '2'] }), { status: 400, scimType: 'invalidSyntax', detail: 'count is given more than once' });
    expectScimError(() => parse({ filter: 'userName pr', Filter: 'id pr' }), { status: 400, scimType: 'invalidSyntax', detail: 'filter is given more than once' });
  });

  it('refuses a parameter a query-string parser turned into an object', () => {
    const nested = { filter: { a: 'b' } } as unknown as Record<string, string>;
    expectScimError(() => parse(nested), { status: 400, scimType: 'invalidSyntax', detail: 'filter must be a single value' });
  });
});
