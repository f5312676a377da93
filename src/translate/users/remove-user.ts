/**
 * DELETE /Users/{id} (RFC 7644 section 3.6). Budget: one DeleteUser; a DescribeUser only when
 * If-Match is given (the version must be compared before the delete). The user's externalIds
 * and suspended memberships are forgotten in gateway state afterwards.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';
import type { Preconditions, ScimRequestContext } from '../resource-service.ts';
import { asScimError } from '../as-scim-error.ts';
import { checkIfMatch } from '../check-if-match.ts';
import { loadUser } from './load-user.ts';
import type { UserServiceDeps } from './user-service-deps.ts';
import { userNotFound } from './user-not-found.ts';

export async function removeUser(deps: UserServiceDeps, id: string, context: ScimRequestContext, preconditions: Preconditions): Promise<void> {
  if (!isResourceId(id)) throw userNotFound(id);
  try {
    if (preconditions.ifMatch !== undefined) {
      const loaded = await loadUser(deps, id, context);
      checkIfMatch(preconditions, loaded.rendered.version, `User ${id}`);
    }
    await deps.store.deleteUser(id);
  } catch (error) {
    if (isIdentityStoreCallError(error) && error.failure.rule.status === 404) throw userNotFound(id);
    throw asScimError(error);
  }
  await deps.state.forgetResource('User', id);
}
