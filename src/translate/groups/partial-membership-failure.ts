/**
 * The error for a membership change that failed part-way (issue 5): the status of the first
 * failed write (429 and 503 keep their Retry-After, so the IdP waits and re-sends), with a detail
 * that says which members were and were not changed. Re-sending the same request converges,
 * because every write is idempotent (write-membership.ts); the detail says so.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import { isScimError, ScimError } from '../../scim/errors.ts';
import { describeIds } from './describe-ids.ts';

export interface MembershipProgress {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Writes that were attempted and failed. */
  readonly failed: readonly string[];
  /** Writes not started after the first failure (run-pool.ts). */
  readonly notAttempted: readonly string[];
}

/** The SCIM error for a failed membership write (or a check), whatever was thrown. */
export function membershipErrorToScim(error: unknown): ScimError {
  if (isScimError(error)) return error;
  if (isIdentityStoreCallError(error)) return error.toScimError();
  return ScimError.internal('A membership write failed', error);
}

/**
 * The same error with another detail. ScimError has no copy constructor (its factories keep
 * status and scimType consistent), so the factory is chosen again from what the error carries.
 * Only the statuses upstreamFailureToScimError produces occur here; anything else becomes a 500
 * with the original as its cause.
 */
export function withDetail(error: ScimError, detail: string): ScimError {
  if (error.scimType === 'invalidValue') return ScimError.invalidValue(detail, error.cause);
  if (error.scimType === 'uniqueness') return ScimError.uniqueness(detail, error.cause);
  switch (error.status) {
    case 400: return ScimError.badRequest(detail);
    case 404: return ScimError.notFound(detail);
    case 409: return ScimError.conflict(detail, error.cause);
    case 429: return ScimError.tooManyRequests(detail, error.retryAfterSeconds, error.cause);
    case 503: return ScimError.unavailable(detail, error.retryAfterSeconds, error.cause);
    default: return ScimError.internal(detail, error);
  }
}

function part(verb: string, ids: readonly string[]): string {
  return ids.length === 0 ? `${verb} 0` : `${verb} ${ids.length} (${describeIds(ids)})`;
}

export function partialMembershipFailure(firstError: unknown, progress: MembershipProgress): ScimError {
  const base = membershipErrorToScim(firstError);
  const changed = `${part('added', progress.added)}, ${part('removed', progress.removed)}`;
  const unchanged = `${part('failed', progress.failed)}, ${part('not attempted', progress.notAttempted)}`;
  const detail = `${base.detail} The membership change is incomplete: ${changed}; not changed: ${unchanged}. `
    + 'Send the same request again to finish it: members already changed are not changed twice.';
  return withDetail(base, detail);
}
