import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ListLimits } from '../../../../src/scim/list/list-query.ts';
import { parseSearchRequest, SEARCH_REQUEST_SCHEMA } from '../../../../src/scim/list/parse-search-request.ts';
import { USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { expectScimError } from '../expect-scim-error.ts';

const LIMITS: ListLimits = { cursor: true, index: true, defaultPaginationMethod: 'index', defaultPageSize: 50, maxPageSize: 100 };
const parse = (body: unknown) => parseSearchRequest(body, USER_RESOURCE_SCHEMA, LIMITS);

describe('parseSearchRequest (RFC 7644 section 3.4.3)', () => {
  it('reads the RFC example body: numbers, attribute arrays, filter and sort', () => {
    const query = parse({
      schemas: [SEARCH_REQUEST_SCHEMA],
      attributes: ['displayName', 'userName'],
      filter: 'displayName sw "smith"',
      startIndex: 1,
      count: 10,
      sortBy: 'userName',
      sortOrder: 'descending',
    });
    assert.equal(query.filter?.kind, 'compare');
    assert.deepEqual(query.pagination, { method: 'index', startIndex: 1, count: 10 });
    assert.deepEqual(query.attributes, { kind: 'include', paths: [{ attribute: 'displayName' }, { attribute: 'userName' }] });
    assert.deepEqual(query.sortBy, { attribute: 'userName' });
    assert.equal(query.sortOrder, 'descending');
  });

  it('pages by cursor for a string cursor and by index for a null one (RFC 9865 section 2)', () => {
    assert.deepEqual(parse({ cursor: '', count: 3 }).pagination, { method: 'cursor', cursor: undefined, count: 3 });
    assert.deepEqual(parse({ cursor: null, startIndex: 2, count: 3 }).pagination, { method: 'index', startIndex: 2, count: 3 });
  });

  it('refuses a body that is not an object and members of the wrong type', () => {
    expectScimError(() => parse([]), { status: 400, scimType: 'invalidSyntax', detail: 'JSON object' });
    expectScimError(() => parse({ count: 2.5 }), { status: 400, scimType: 'invalidValue', detail: 'count must be an integer' });
    expectScimError(() => parse({ startIndex: true }), { status: 400, scimType: 'invalidValue', detail: 'startIndex' });
    expectScimError(() => parse({ filter: 7 }), { status: 400, scimType: 'invalidValue', detail: 'filter must be a string' });
    expectScimError(() => parse({ attributes: ['userName', 3] }), { status: 400, scimType: 'invalidValue', detail: 'attributes must be' });
    expectScimError(() => parse({ cursor: 5 }), { status: 400, scimType: 'invalidValue', detail: 'cursor must be a string' });
  });

  it('reads member names in any case and excludedAttributes as an array', () => {
    const query = parse({ ExcludedAttributes: ['emails', 'ims'], COUNT: '4' });
    assert.deepEqual(query.attributes, { kind: 'exclude', paths: [{ attribute: 'emails' }] }, 'unknown names are skipped');
    assert.equal(query.pagination.count, 4);
  });
});
