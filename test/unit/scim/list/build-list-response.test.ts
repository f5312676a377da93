import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildListResponse, LIST_RESPONSE_SCHEMA } from '../../../../src/scim/list/build-list-response.ts';

describe('buildListResponse', () => {
  it('builds an index page with totalResults, startIndex and itemsPerPage from the page size', () => {
    const response = buildListResponse({ resources: [{ id: 'a' }, { id: 'b' }], totalResults: 12, startIndex: 3 });
    assert.deepEqual(response, {
      schemas: [LIST_RESPONSE_SCHEMA], totalResults: 12, itemsPerPage: 2, startIndex: 3, Resources: [{ id: 'a' }, { id: 'b' }],
    });
    assert.deepEqual(Object.keys(response), ['schemas', 'totalResults', 'itemsPerPage', 'startIndex', 'Resources']);
  });

  it('builds a cursor page with nextCursor and previousCursor and no startIndex (RFC 9865 section 2.2)', () => {
    const response = buildListResponse({ resources: [{ id: 'a' }], itemsPerPage: 1, nextCursor: 'n1', previousCursor: 'p0' });
    assert.deepEqual(response, { schemas: [LIST_RESPONSE_SCHEMA], itemsPerPage: 1, nextCursor: 'n1', previousCursor: 'p0', Resources: [{ id: 'a' }] });
    assert.equal('startIndex' in response, false);
    assert.equal('totalResults' in response, false);
  });

  it('always carries Resources, empty for a miss, as Okta and Entra expect', () => {
    const response = buildListResponse({ resources: [], totalResults: 0, startIndex: 1 });
    assert.deepEqual(response.Resources, []);
    assert.equal(response.itemsPerPage, 0);
    assert.equal(response.totalResults, 0);
  });
});
