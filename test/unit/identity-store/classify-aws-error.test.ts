import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
  ServiceQuotaExceededException, ThrottlingException, ValidationException,
} from '@aws-sdk/client-identitystore';
import { AWS_ERROR_TABLE } from '../../../src/identity-store/aws-error-table.ts';
import { classifyAwsError } from '../../../src/identity-store/classify-aws-error.ts';
import { upstreamFailureToScimError } from '../../../src/identity-store/upstream-failure-to-scim-error.ts';

const metadata = { $metadata: { httpStatusCode: 400, requestId: 'req-123' } };

function scimErrorFor(error: unknown, operation = 'CreateUser') {
  return upstreamFailureToScimError(classifyAwsError(error), operation);
}

describe('classifyAwsError + upstreamFailureToScimError', () => {
  it('maps a uniqueness conflict to 409 uniqueness with the store message', () => {
    const error = scimErrorFor(new ConflictException({ ...metadata, message: 'Duplicate UserName', Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' }));
    assert.equal(error.status, 409);
    assert.equal(error.scimType, 'uniqueness');
    assert.match(error.detail, /Duplicate UserName/);
  });

  it('marks concurrent modification retryable and answers 409 without scimType when it persists', () => {
    const failure = classifyAwsError(new ConflictException({ ...metadata, message: 'busy', Reason: 'CONCURRENT_MODIFICATION' }));
    assert.equal(failure.rule.retry, 'backoff');
    const error = upstreamFailureToScimError(failure, 'UpdateUser');
    assert.equal(error.status, 409);
    assert.equal(error.scimType, undefined);
  });

  it('names the missing resource on 404', () => {
    const error = scimErrorFor(new ResourceNotFoundException({ ...metadata, message: 'nope', ResourceType: 'USER', ResourceId: '9067729b3d-abc' }));
    assert.equal(error.status, 404);
    assert.equal(error.detail, 'The user 9067729b3d-abc does not exist in the identity store.');
  });

  it('treats a missing identity store as an operator error, not a 404 for the IdP', () => {
    const error = scimErrorFor(new ResourceNotFoundException({ ...metadata, message: 'nope', ResourceType: 'IDENTITY_STORE', ResourceId: 'd-1234567890' }));
    assert.equal(error.status, 500);
    assert.match(error.detail, /d-1234567890.*IDENTITY_STORE_ID/);
  });

  it('turns KMS and permission problems into 500s that tell the operator what to fix', () => {
    const kms = scimErrorFor(new ValidationException({ ...metadata, message: 'disabled', Reason: 'KMS_DISABLED' }));
    assert.equal(kms.status, 500);
    assert.match(kms.detail, /KMS key is disabled/);
    const denied = scimErrorFor(new AccessDeniedException({ ...metadata, message: 'denied' }), 'ListUsers');
    assert.equal(denied.status, 500);
    assert.match(denied.detail, /identitystore:ListUsers/);
    assert.equal(scimErrorFor(new ServiceQuotaExceededException({ ...metadata, message: 'too many users' })).status, 500);
  });

  it('keeps a plain validation failure a 400 invalidValue carrying the store message', () => {
    const error = scimErrorFor(new ValidationException({ ...metadata, message: 'UserName has invalid characters' }));
    assert.equal(error.status, 400);
    assert.equal(error.scimType, 'invalidValue');
    assert.match(error.detail, /UserName has invalid characters/);
  });

  it('answers throttling with 429 and the store RetryAfterSeconds rounded up', () => {
    const error = scimErrorFor(new ThrottlingException({ ...metadata, message: 'slow', RetryAfterSeconds: 2.2 }));
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterSeconds, 3);
    assert.equal(scimErrorFor(new ThrottlingException({ ...metadata, message: 'slow' })).retryAfterSeconds, 1);
  });

  it('answers internal errors and dropped sockets with 503 and Retry-After', () => {
    const internal = scimErrorFor(new InternalServerException({ ...metadata, message: 'oops', RetryAfterSeconds: 4 }));
    assert.deepEqual([internal.status, internal.retryAfterSeconds], [503, 4]);
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const failure = classifyAwsError(reset);
    assert.equal(failure.exception, 'NetworkError');
    assert.equal(failure.rule.retry, 'backoff');
  });

  it('classifies credential failures raised before a call as operator errors', () => {
    const error = scimErrorFor(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    assert.equal(error.status, 500);
    assert.match(error.detail, /no usable AWS credentials/);
  });

  it('falls back to the catch-all row for anything unknown, including non-Error throws', () => {
    assert.equal(classifyAwsError(new SyntaxError('Unexpected token <')).rule.exception, '*');
    assert.equal(classifyAwsError('weird').rule.exception, '*');
    assert.equal(classifyAwsError(new ConflictException({ ...metadata, message: 'x' })).requestId, 'req-123');
  });

  it('produces, for every row, a ScimError with exactly the status and scimType the row states', () => {
    for (const rule of AWS_ERROR_TABLE) {
      const error = upstreamFailureToScimError({
        rule, exception: rule.exception, reason: rule.reason, message: 'm', resourceType: rule.resourceType,
        resourceId: 'x', retryAfterSeconds: undefined, requestId: undefined,
      }, 'DescribeUser');
      assert.equal(error.status, rule.status, rule.exception);
      assert.equal(error.scimType, rule.scimType, rule.exception);
      assert.equal(error.retryAfterSeconds !== undefined, rule.retryAfter, `${rule.exception} Retry-After`);
      assert.doesNotMatch(error.detail, /\{(message|resourceType|resourceId|operation)\}/);
    }
  });
});
