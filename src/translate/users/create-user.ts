/**
 * POST /Users (RFC 7644 section 3.3). Budget: CreateUser, plus what `active:false` needs; no
 * read-back (the product brief allows one). The answer is rendered from what was written: the
 * store holds exactly the values CreateUser was sent (test/http/users/writes-answer-as-read.test.ts
 * holds the emulator and moto to that), the version hashes content, not the store's UpdatedAt
 * (user-version.ts), so the 201's ETag is the one the next GET answers with. `meta.created` and
 * `lastModified` come from the gateway's clock when CreateUser returned; the store's own
 * CreatedAt, which later reads show, was taken during that same call (decision 0008).
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

/** The new user as the store holds it: what was sent, no ExternalIds, and the status written in 'status' mode. */
function createdUser(deps: UserServiceDeps, sent: NewStoreUser, id: string, active: boolean, at: Date): StoreUser {
  const disabled = !active && deps.deactivation === 'status';
  return { ...sent, id, externalIds: [], ...(disabled ? { userStatus: 'DISABLED' as const } : {}), createdAt: at, updatedAt: at };
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
  const user = createdUser(deps, newUser, id, active, new Date());
  return respondWithUser(renderStoreUser(user, { externalId, active }, context.baseUrl), selection);
}
