import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_SCHEMA, ScimError, SCIM_TYPE_STATUS } from '../../../src/scim/errors.ts';

describe('ScimError', () => {
  it('renders RFC 7644 error bodies with status as a string and the scimType', () => {
    const body = ScimError.invalidFilter('Unexpected "foo" at position 9').toBody();
    assert.deepEqual(body, { schemas: [ERROR_SCHEMA], status: '400', scimType: 'invalidFilter', detail: 'Unexpected "foo" at position 9' });
  });

  it('gives each scimType the status RFC 7644 Table 9 assigns', () => {
    assert.equal(ScimError.uniqueness('x').status, 409);
    assert.equal(ScimError.sensitive('x').status, 403);
    assert.equal(ScimError.noTarget('x').status, 400);
    for (const [scimType, status] of Object.entries(SCIM_TYPE_STATUS)) assert.ok(status === 400 || status === 403 || status === 409, scimType);
  });

  it('omits scimType on plain statuses and carries Retry-After seconds', () => {
    const error = ScimError.tooManyRequests('slow down', 7);
    assert.equal(error.toBody().scimType, undefined);
    assert.equal('scimType' in error.toBody(), false);
    assert.equal(error.retryAfterSeconds, 7);
  });
});
