/**
 * How every Identity Store failure reaches the IdP: one table, as data (style.md practice 5).
 * `docs/error-mapping.md` shows the same table; test/docs/error-mapping.test.ts keeps them equal.
 *
 * Rows are matched in order; the first whose `exception` (the SDK error `name`) and, where given,
 * `reason` / `resourceType` match wins. Exceptions and reasons come from the service model
 * (`shared/aws-models/identitystore-2020-06-15.service-2.json`); the credential and transport rows
 * are what the SDK raises before or around a call.
 *
 * Statuses follow one rule: 4xx only when the IdP's request is what is wrong (it will not succeed
 * if re-sent); 429/503 when waiting helps; 500 when the operator must fix the gateway's setup,
 * so that an IdP does not quarantine a user for a fault that is not the user's.
 */
import type { ScimType } from '../scim/errors.ts';

export type RetryPolicy =
  /** Never retried: the same call would fail the same way. */
  | 'never'
  /** Retried with jittered backoff, honouring the store's RetryAfterSeconds when it sends one. */
  | 'backoff';

export interface AwsErrorRule {
  /** SDK error `name` (the wire `__type`), or `*` for anything not matched above. */
  readonly exception: string;
  readonly reason?: string;
  readonly resourceType?: string;
  readonly status: 400 | 404 | 409 | 429 | 500 | 503;
  readonly scimType?: ScimType;
  readonly retry: RetryPolicy;
  /** Whether the SCIM response carries `Retry-After`. */
  readonly retryAfter: boolean;
  /**
   * The SCIM `detail`. Placeholders: {message} (the store's message), {resourceType},
   * {resourceId}, {operation}. Written for the person who has to act: the IdP admin for 4xx,
   * the operator for 500.
   */
  readonly detail: string;
}

const KMS_FIX = 'Check the KMS key configured for the IAM Identity Center instance (enabled, key policy allows Identity Center, right region).';
const CREDENTIALS_FIX = "Check the gateway's AWS credentials (see docs/aws-setup.md) and restart it.";

export const AWS_ERROR_TABLE: readonly AwsErrorRule[] = [
  { exception: 'ResourceNotFoundException', reason: 'KMS_KEY_NOT_FOUND', status: 500, retry: 'never', retryAfter: false,
    detail: `The identity store's KMS key was not found. ${KMS_FIX}` },
  { exception: 'ResourceNotFoundException', resourceType: 'IDENTITY_STORE', status: 500, retry: 'never', retryAfter: false,
    detail: 'The identity store {resourceId} does not exist in this region. Check IDENTITY_STORE_ID and AWS_REGION.' },
  { exception: 'ResourceNotFoundException', status: 404, retry: 'never', retryAfter: false,
    detail: 'The {resourceType} {resourceId} does not exist in the identity store.' },
  { exception: 'ConflictException', reason: 'UNIQUENESS_CONSTRAINT_VIOLATION', status: 409, scimType: 'uniqueness', retry: 'never', retryAfter: false,
    detail: 'Another resource already has this unique value: {message}' },
  { exception: 'ConflictException', reason: 'CONCURRENT_MODIFICATION', status: 409, retry: 'backoff', retryAfter: false,
    detail: 'The resource was being changed by another request at the same time; send the request again.' },
  { exception: 'ConflictException', status: 409, retry: 'never', retryAfter: false,
    detail: 'The identity store refused the change as a conflict: {message}' },
  { exception: 'ValidationException', reason: 'KMS_DISABLED', status: 500, retry: 'never', retryAfter: false,
    detail: `The identity store's KMS key is disabled. ${KMS_FIX}` },
  { exception: 'ValidationException', reason: 'KMS_INVALID_ARN', status: 500, retry: 'never', retryAfter: false,
    detail: `The identity store's KMS key ARN is invalid. ${KMS_FIX}` },
  { exception: 'ValidationException', reason: 'KMS_INVALID_KEY_USAGE', status: 500, retry: 'never', retryAfter: false,
    detail: `The identity store's KMS key has the wrong key usage. ${KMS_FIX}` },
  { exception: 'ValidationException', reason: 'KMS_INVALID_STATE', status: 500, retry: 'never', retryAfter: false,
    detail: `The identity store's KMS key is in an invalid state. ${KMS_FIX}` },
  { exception: 'ValidationException', status: 400, scimType: 'invalidValue', retry: 'never', retryAfter: false,
    detail: 'The identity store refused a value: {message}' },
  { exception: 'AccessDeniedException', reason: 'KMS_ACCESS_DENIED', status: 500, retry: 'never', retryAfter: false,
    detail: `IAM Identity Center may not use the identity store's KMS key. ${KMS_FIX}` },
  { exception: 'AccessDeniedException', status: 500, retry: 'never', retryAfter: false,
    detail: "The gateway's AWS role may not call identitystore:{operation}. Grant the IAM policy in docs/aws-setup.md." },
  { exception: 'ServiceQuotaExceededException', status: 500, retry: 'never', retryAfter: false,
    detail: 'The identity store is at a service quota (users, groups or memberships): {message} Request a quota increase or remove unused resources.' },
  { exception: 'ThrottlingException', status: 429, retry: 'backoff', retryAfter: true,
    detail: 'The identity store is throttling requests; retry after the indicated time.' },
  // Raised by the gateway itself (upstream/upstream-retry-strategy.ts) when pacing after throttling would wait too long.
  { exception: 'ClientSideThrottling', status: 429, retry: 'never', retryAfter: true,
    detail: 'The identity store has been throttling the gateway, which is pacing its calls; retry after the indicated time.' },
  { exception: 'InternalServerException', status: 503, retry: 'backoff', retryAfter: true,
    detail: 'The identity store had an internal error; retry after the indicated time.' },
  // Raised around the call rather than by the service model.
  { exception: 'UnrecognizedClientException', status: 500, retry: 'never', retryAfter: false,
    detail: `AWS did not recognise the gateway's access key. ${CREDENTIALS_FIX}` },
  { exception: 'InvalidSignatureException', status: 500, retry: 'never', retryAfter: false,
    detail: `AWS rejected the gateway's request signature (wrong secret key or clock skew). ${CREDENTIALS_FIX}` },
  { exception: 'ExpiredTokenException', status: 500, retry: 'never', retryAfter: false,
    detail: `The gateway's temporary AWS credentials have expired. ${CREDENTIALS_FIX}` },
  { exception: 'CredentialsProviderError', status: 500, retry: 'never', retryAfter: false,
    detail: `The gateway found no usable AWS credentials. ${CREDENTIALS_FIX}` },
  { exception: 'TimeoutError', status: 503, retry: 'backoff', retryAfter: true,
    detail: 'The identity store did not answer in time; retry later.' },
  { exception: 'NetworkError', status: 503, retry: 'backoff', retryAfter: true,
    detail: 'The identity store could not be reached; retry later.' },
  { exception: '*', status: 503, retry: 'never', retryAfter: true,
    detail: 'The identity store failed in an unexpected way; retry later. The request id in the gateway log has the details.' },
];
