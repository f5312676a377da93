/**
 * What the AWS adapter throws: the Identity Store operation that failed and its classified
 * failure (aws-error-table.ts row). The translation layer turns it into a ScimError with
 * upstreamFailureToScimError, adding what it had already applied when that matters.
 */
import { classifyAwsError, type UpstreamFailure } from './classify-aws-error.ts';
import { upstreamFailureToScimError } from './upstream-failure-to-scim-error.ts';
import type { ScimError } from '../scim/errors.ts';

export class IdentityStoreCallError extends Error {
  override readonly name = 'IdentityStoreCallError';
  readonly operation: string;
  readonly failure: UpstreamFailure;

  constructor(operation: string, cause: unknown) {
    const failure = classifyAwsError(cause);
    super(`${operation} failed: ${failure.exception}${failure.reason === undefined ? '' : ` (${failure.reason})`}: ${failure.message}`, { cause });
    this.operation = operation;
    this.failure = failure;
  }

  toScimError(): ScimError {
    return upstreamFailureToScimError(this.failure, this.operation);
  }
}

export function isIdentityStoreCallError(value: unknown): value is IdentityStoreCallError {
  return value instanceof IdentityStoreCallError;
}
