/**
 * POST /Users (RFC 7644 section 3.3). Budget: CreateUser, plus what `active:false` needs, plus at
 * most one DescribeUser read-back for `meta.created`/`lastModified`.
 *
 * Every check that can fail without a write runs first (input, store rules, externalId held by
 * another user of this IdP), so a refused request leaves no trace. After CreateUser, any failure
 * (externalId race, status write, state write) deletes the new user again before the error is
 * reported: nothing half-applied is ever answered as created.
 *
 * `active:false` per SCIM_BRIDGE_DEACTIVATION:
 * - status: UpdateUser `userStatus` DISABLED right after CreateUser (CreateUser takes no status);
 * - suspend-memberships: the user has no memberships yet; an empty suspended list is recorded so
 *   the user reads back as inactive and a later reactivation has nothing to restore;
 * - delete: an inactive user is a deleted user, so nothing is created and the request is refused
 *   (400 invalidValue naming the mode): answering 201 for a user that does not exist would be false.
 */
import { ScimError } from '../../scim/errors.ts';
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { USER_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import { validateResourceInput } from '../../scim/validate/validate-resource-input.ts';
import type { NewStoreUser, StoreUser } from '../../identity-store/port.ts';
import type { ResourceResult, ScimRequestContext } from '../resource-service.ts';
import { asScimError } from '../as-scim-error.ts';
import { assertExternalIdFree, externalIdTaken } from '../external-id-links.ts';
import { selectionNeedsEnterprise } from '../selection-needs-enterprise.ts';
import { prepareStoreUser } from './prepare-store-user.ts';
import { renderStoreUser } from './render-store-user.ts';
import { respondWithUser } from './respond-with-user.ts';
import type { UserServiceDeps } from './user-service-deps.ts';

/** Writes what CreateUser could not: the externalId link and the inactive state. */
async function finishCreate(deps: UserServiceDeps, id: string, externalId: string | undefined, active: boolean, issuer: string): Promise<void> {
  if (externalId !== undefined) {
    const linked = await deps.state.linkExternalId({ resourceType: 'User', issuer, externalId, resourceId: id });
    if (linked.outcome === 'conflict') throw externalIdTaken('User', externalId);
  }
  if (active) return;
  switch (deps.deactivation) {
    case 'status':
      await deps.store.updateUser(id, [{ path: 'userStatus', value: 'DISABLED' }]);
      return;
    case 'suspend-memberships':
      await deps.state.suspendMemberships(id, []);
      return;
    case 'delete':
      throw new Error('unreachable: inactive creation is refused before CreateUser in delete mode');
    default: {
      const unreachable: never = deps.deactivation;
      throw new Error(`unknown deactivation mode ${String(unreachable)}`);
    }
  }
}

/** Undoes CreateUser; if even that fails the IdP must not be told the user does not exist. */
async function compensate(deps: UserServiceDeps, id: string, cause: unknown): Promise<never> {
  try {
    await deps.store.deleteUser(id);
    await deps.state.forgetResource('User', id);
  } catch (undoError) {
    throw ScimError.internal(`User ${id} was created but a later step failed and the user could not be removed again`, [cause, undoError]);
  }
  throw asScimError(cause);
}

/** The read-back, or (if it fails after a successful create) what was sent: the create stands. */
async function readBack(deps: UserServiceDeps, id: string, sent: NewStoreUser, active: boolean, selection: AttributeSelection): Promise<StoreUser> {
  try {
    const user = await deps.store.describeUser(id, { enterprise: selectionNeedsEnterprise(selection) });
    if (user !== undefined) return user;
  } catch {
    // The user exists; failing the request now would make the IdP retry into a uniqueness 409.
  }
  return { ...sent, id, externalIds: [], ...(active ? {} : { userStatus: 'DISABLED' as const }) };
}

export async function createUser(deps: UserServiceDeps, body: unknown, selection: AttributeSelection, context: ScimRequestContext): Promise<ResourceResult> {
  const resource = validateResourceInput(body, USER_RESOURCE_SCHEMA, 'create');
  const newUser = prepareStoreUser(resource);
  const externalId = typeof resource.externalId === 'string' ? resource.externalId : undefined;
  const active = resource.active !== false;
  if (!active && deps.deactivation === 'delete') {
    throw ScimError.invalidValue('"active": false cannot be created when SCIM_BRIDGE_DEACTIVATION is "delete" (an inactive user is a deleted user); nothing was created');
  }
  if (externalId !== undefined) await assertExternalIdFree(deps.state, 'User', context.issuer, externalId);
  let id: string;
  try {
    id = await deps.store.createUser(newUser);
  } catch (error) {
    throw asScimError(error);
  }
  try {
    await finishCreate(deps, id, externalId, active, context.issuer);
  } catch (error) {
    return compensate(deps, id, error);
  }
  const user = await readBack(deps, id, newUser, active, selection);
  return respondWithUser(renderStoreUser(user, { externalId, active }, context.baseUrl), selection);
}
