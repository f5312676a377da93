/**
 * Turns what a translation step threw into the ScimError the IdP sees: Identity Store failures
 * through the error table (IdentityStoreCallError#toScimError), ScimErrors as they are. Anything
 * else is a bug and is rethrown for the error boundary to answer 500.
 */
import { isScimError } from '../scim/errors.ts';
import type { ScimError } from '../scim/errors.ts';
import { isIdentityStoreCallError } from '../identity-store/identity-store-call-error.ts';

export function asScimError(error: unknown): ScimError {
  if (isScimError(error)) return error;
  if (isIdentityStoreCallError(error)) return error.toScimError();
  throw error;
}
