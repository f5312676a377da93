import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BULK_REQUEST_SCHEMA, type BulkLimits, type ParsedBulkOperation } from '../../../../src/scim/bulk/bulk-operation.ts';
import { bulkIdsReferencedBy, substituteBulkIds } from '../../../../src/scim/bulk/bulk-references.ts';
import { parseBulkRequest } from '../../../../src/scim/bulk/parse-bulk-request.ts';
import { expectScimError } from '../expect-scim-error.ts';

const LIMITS: BulkLimits = { maxOperations: 3, maxPayloadSize: 1024 };
const ENDPOINTS = ['Users', 'Groups'];
const parse = (body: unknown) => parseBulkRequest(body, ENDPOINTS, LIMITS);
const only = (operation: unknown): ParsedBulkOperation => {
  const [parsed] = parse({ schemas: [BULK_REQUEST_SCHEMA], Operations: [operation] }).operations;
  assert.ok(parsed !== undefined);
  return parsed;
};

describe('parseBulkRequest (RFC 7644 section 3.7)', () => {
  it('reads the four methods, bulkId, version and paths with case-insensitive names and methods', () => {
    const request = parse({
      schemas: [BULK_REQUEST_SCHEMA],
      failOnErrors: 2,
      operations: [
        { method: 'post', path: '/users', bulkId: 'q1', data: { userName: 'a' } },
        { Method: 'PATCH', Path: 'Groups/bulkId:g1', Version: 'W/"1"', Data: { Operations: [] } },
        { method: 'DELETE', path: '/Users/abc%2Fdef' },
      ],
    });
    assert.equal(request.failOnErrors, 2);
    assert.deepEqual(request.operations, [
      { index: 0, bulkId: 'q1', endpoint: 'Users', method: 'POST', data: { userName: 'a' } },
      { index: 1, bulkId: undefined, endpoint: 'Groups', method: 'PATCH', target: { kind: 'bulkId', bulkId: 'g1' }, version: 'W/"1"', data: { Operations: [] } },
      { index: 2, bulkId: undefined, endpoint: 'Users', method: 'DELETE', target: { kind: 'id', id: 'abc/def' }, version: undefined },
    ]);
  });

  it('refuses the whole request when it is not a BulkRequest, has too many operations, or repeats a bulkId', () => {
    expectScimError(() => parse([]), { status: 400, scimType: 'invalidSyntax', detail: 'JSON object' });
    expectScimError(() => parse({ schemas: [BULK_REQUEST_SCHEMA] }), { status: 400, scimType: 'invalidSyntax', detail: '"Operations" array' });
    const many = Array.from({ length: 4 }, (_, index) => ({ method: 'DELETE', path: `/Users/${index}` }));
    expectScimError(() => parse({ Operations: many }), { status: 413, detail: 'at most 3 (maxOperations' });
    const twice = [{ method: 'POST', path: '/Users', bulkId: 'x', data: {} }, { method: 'POST', path: '/Groups', bulkId: 'x', data: {} }];
    expectScimError(() => parse({ Operations: twice }), { status: 400, scimType: 'invalidValue', detail: 'bulkId "x" is used by more than one operation' });
  });

  it('refuses failOnErrors that is not a positive integer', () => {
    for (const failOnErrors of [0, -1, 1.5, '2', true]) {
      expectScimError(() => parse({ Operations: [], failOnErrors }), { status: 400, scimType: 'invalidValue', detail: 'failOnErrors' });
    }
    assert.equal(parse({ Operations: [], failOnErrors: null }).failOnErrors, undefined);
  });

  it('keeps an unreadable operation as invalid with its own error, echoing method and bulkId', () => {
    const cases: [unknown, number, string | undefined, string][] = [
      ['not an object', 400, 'invalidSyntax', 'must be a JSON object'],
      [{ method: 'GET', path: '/Users/1' }, 400, 'invalidValue', '"method" must be one of POST, PUT, PATCH, DELETE'],
      [{ method: 'PUT', data: {} }, 400, 'invalidValue', '"path" is required'],
      [{ method: 'PUT', path: '/Widgets/1', data: {} }, 400, 'invalidPath', 'names no resource'],
      [{ method: 'PUT', path: '/Users/1/extra', data: {} }, 400, 'invalidPath', 'names no resource'],
      [{ method: 'PUT', path: '/Users/%E0%A4%A', data: {} }, 400, 'invalidPath', 'not a valid URL path'],
      [{ method: 'POST', path: '/Users/1', bulkId: 'b', data: {} }, 400, 'invalidPath', 'not a resource path'],
      [{ method: 'POST', path: '/Users', data: {} }, 400, 'invalidValue', '"bulkId" is required'],
      [{ method: 'PATCH', path: '/Users', data: {} }, 400, 'invalidPath', 'needs a resource path'],
      [{ method: 'PATCH', path: '/Users/1' }, 400, 'invalidSyntax', '"data" must be a JSON object'],
      [{ method: 'PUT', path: '/Users/1', data: {}, version: 7 }, 400, 'invalidValue', '"version" must be a non-empty string'],
    ];
    for (const [operation, status, scimType, detail] of cases) {
      const parsed = only(operation);
      assert.equal(parsed.method, 'invalid', JSON.stringify(operation));
      if (parsed.method !== 'invalid') continue;
      assert.equal(parsed.error.status, status);
      assert.equal(parsed.error.scimType, scimType);
      assert.ok(parsed.error.detail.includes(detail), `${parsed.error.detail} lacks ${detail}`);
    }
    const echoed = only({ method: 'get', bulkId: 'b7', path: '/Users/1' });
    assert.equal(echoed.method === 'invalid' ? echoed.sentMethod : undefined, 'get');
    assert.equal(echoed.bulkId, 'b7');
  });
});

describe('bulkId references (RFC 7644 section 3.7.2)', () => {
  it('finds references in the path and anywhere in data, and substitutes resolved ones', () => {
    const operation = only({ method: 'PUT', path: '/Groups/bulkId:g', data: { members: [{ value: 'bulkId:u1' }, { value: 'bulkId:u2' }, { value: 'bulkId:' }], note: 'mentions bulkId:u3 in text' } });
    assert.deepEqual([...bulkIdsReferencedBy(operation)].sort(), ['g', 'u1', 'u2']);
    const data = { members: [{ value: 'bulkId:u1' }, { value: 'bulkId:u2' }], nested: { deep: ['bulkId:u1'] } };
    assert.deepEqual(substituteBulkIds(data, new Map([['u1', 'id-1']])), { members: [{ value: 'id-1' }, { value: 'bulkId:u2' }], nested: { deep: ['id-1'] } });
  });
});
