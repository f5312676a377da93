/**
 * Turns a classified Identity Store failure into the SCIM error the IdP sees, filling the
 * row's detail template. The only place AWS failures become SCIM errors.
 */
import { ScimError } from '../scim/errors.ts';
import type { UpstreamFailure } from './classify-aws-error.ts';

/** What a Retry-After says when the store gave no hint: long enough for a token bucket to refill. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

const RESOURCE_NOUNS: Readonly<Record<string, string>> = {
  USER: 'user', GROUP: 'group', GROUP_MEMBERSHIP: 'group membership', IDENTITY_STORE: 'identity store', RESOURCE_POLICY: 'resource policy',
};

function fill(template: string, failure: UpstreamFailure, operation: string): string {
  const values: Record<string, string> = {
    message: failure.message,
    resourceType: failure.resourceType === undefined ? 'resource' : (RESOURCE_NOUNS[failure.resourceType] ?? failure.resourceType.toLowerCase()),
    resourceId: failure.resourceId ?? '(unknown id)',
    operation,
  };
  return template.replace(/\{(message|resourceType|resourceId|operation)\}/g, (_, key: string) => values[key] ?? '');
}

export function upstreamFailureToScimError(failure: UpstreamFailure, operation: string): ScimError {
  const { rule } = failure;
  const detail = fill(rule.detail, failure, operation);
  const retryAfter = rule.retryAfter ? Math.max(1, Math.ceil(failure.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS)) : undefined;
  switch (rule.status) {
    case 400: return rule.scimType === 'invalidValue' ? ScimError.invalidValue(detail, failure) : ScimError.badRequest(detail);
    case 404: return ScimError.notFound(detail);
    case 409: return rule.scimType === 'uniqueness' ? ScimError.uniqueness(detail, failure) : ScimError.conflict(detail, failure);
    case 429: return ScimError.tooManyRequests(detail, retryAfter, failure);
    case 500: return ScimError.internal(detail, failure);
    case 503: return ScimError.unavailable(detail, retryAfter, failure);
    default: {
      const unreachable: never = rule.status;
      throw new Error(`unmapped status ${String(unreachable)}`);
    }
  }
}
