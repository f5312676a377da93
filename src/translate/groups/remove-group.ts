/**
 * DELETE /Groups/{id} (RFC 7644 section 3.6). Budget: one DeleteGroup; a DescribeGroup only when
 * If-Match is given. The group's memberships are not deleted one by one first: DeleteGroup takes
 * them with the group (the emulator does; moto leaves them listed for the member, pointing at a
 * group that no longer exists, and every read of the gateway skips such a membership). The
 * group's externalIds and its place in suspended memberships are forgotten in gateway state.
 */
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';
import { asScimError } from '../as-scim-error.ts';
import { checkIfMatch } from '../check-if-match.ts';
import type { Preconditions, ScimRequestContext } from '../resource-service.ts';
import { groupNotFound } from './group-not-found.ts';
import type { GroupServiceDeps } from './group-service-deps.ts';
import { groupVersion } from './group-version.ts';
import { loadGroup } from './load-group.ts';

export async function removeGroup(deps: GroupServiceDeps, id: string, context: ScimRequestContext, preconditions: Preconditions): Promise<void> {
  if (!isResourceId(id)) throw groupNotFound(id);
  try {
    if (preconditions.ifMatch !== undefined) {
      const loaded = await loadGroup(deps, id, context.issuer);
      checkIfMatch(preconditions, groupVersion(loaded.group, loaded.facts.externalId), `Group ${id}`);
    }
    await deps.store.deleteGroup(id);
  } catch (error) {
    if (isIdentityStoreCallError(error) && error.failure.rule.status === 404) throw groupNotFound(id);
    throw asScimError(error);
  }
  await deps.state.forgetResource('Group', id);
}
