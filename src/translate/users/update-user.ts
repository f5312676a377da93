/**
 * PUT and PATCH /Users/{id} (RFC 7644 sections 3.5.1, 3.5.2): one read (DescribeUser with the
 * enterprise extension, as every user read), If-Match against that version, the new
 * SCIM representation computed by the caller (a validated PUT body, or PATCH applied to the
 * current one), then at most ONE UpdateUser carrying only changed paths (diff-store-user.ts; none
 * when nothing changed), and no read-back: the answer is what was read with what was written
 * applied (apply-store-operations.ts, decision 0008). A status change rides in the same UpdateUser
 * (`userStatus`). The whole read-modify-write is retried on CONCURRENT_MODIFICATION.
 *
 * Order of effects, so that a refusal leaves nothing applied: every check (If-Match, store rules,
 * externalId held by another user of this IdP) before the first write; then UpdateUser; then the
 * externalId relink in gateway state; then memberships (suspend-memberships mode).
 *
 * `active` absent (a PUT without it, a PATCH that removes it) keeps the current state: no IdP
 * means "deactivate" by leaving the flag out. In delete mode, deactivating deletes the user and
 * forgets its state; the answer is the user's last representation with `active: false` (true: it
 * can no longer sign in), and later reads are 404. Attribute changes sent with that deactivation
 * are not written (the user is gone).
 */
import type { AttributeOperation, StoreUser } from '../../identity-store/port.ts';
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { diffStoreUser } from '../diff-store-user.ts';
import type { Preconditions, ResourceResult, ScimRequestContext } from '../resource-service.ts';
import { scimUserToStore } from '../user-mapping.ts';
import { asScimError } from '../as-scim-error.ts';
import { checkIfMatch } from '../check-if-match.ts';
import { assertExternalIdFree, relinkExternalId } from '../external-id-links.ts';
import { loadUser } from './load-user.ts';
import type { LoadedUser } from './load-user.ts';
import { adoptedExternalId } from '../adopted-external-id.ts';
import { prepareStoreUser } from './prepare-store-user.ts';
import { renderStoreUser } from './render-store-user.ts';
import { respondWithUser } from './respond-with-user.ts';
import { restoreUserMemberships } from './restore-user-memberships.ts';
import { retryOnConcurrentModification } from '../retry-on-concurrent-modification.ts';
import type { RetryOptions } from '../retry-on-concurrent-modification.ts';
import { suspendUserMemberships } from './suspend-user-memberships.ts';
import type { UserServiceDeps } from './user-service-deps.ts';
import { applyStoreOperations } from './apply-store-operations.ts';

/** Computes the new SCIM User from the current one; throws ScimError for a bad body. */
export type ComputeUser = (current: ScimResource) => ScimResource;

interface UpdateRequest {
  readonly id: string;
  readonly compute: ComputeUser;
  readonly selection: AttributeSelection;
  readonly context: ScimRequestContext;
  readonly preconditions: Preconditions;
}

function statusOperation(deps: UserServiceDeps, loaded: LoadedUser, wantActive: boolean): AttributeOperation[] {
  // Whatever the mode, a user the store holds DISABLED cannot sign in: reactivating enables it.
  if (wantActive && loaded.user.userStatus === 'DISABLED') return [{ path: 'userStatus', value: 'ENABLED' }];
  if (!wantActive && loaded.facts.active && deps.deactivation === 'status') return [{ path: 'userStatus', value: 'DISABLED' }];
  return [];
}

async function deleteOnDeactivation(deps: UserServiceDeps, loaded: LoadedUser, next: ScimResource, externalId: string | undefined, request: UpdateRequest): Promise<ResourceResult> {
  await deps.store.deleteUser(request.id);
  await deps.state.forgetResource('User', request.id);
  const gone: StoreUser = { ...scimUserToStore(next), id: request.id, externalIds: loaded.user.externalIds, ...(loaded.user.createdAt === undefined ? {} : { createdAt: loaded.user.createdAt }), updatedAt: new Date() };
  return respondWithUser(renderStoreUser(gone, { externalId, active: false }, request.context.baseUrl), request.selection);
}

async function updateOnce(deps: UserServiceDeps, request: UpdateRequest): Promise<ResourceResult> {
  const { id, context } = request;
  const loaded = await loadUser(deps, id, context);
  checkIfMatch(request.preconditions, loaded.rendered.version, `User ${id}`);
  const next = request.compute(loaded.rendered.resource);
  const nextStore = prepareStoreUser(next);
  const nextExternalId = typeof next.externalId === 'string' ? next.externalId : undefined;
  const wantActive = typeof next.active === 'boolean' ? next.active : loaded.facts.active;
  if (nextExternalId !== undefined && nextExternalId !== loaded.facts.linkedExternalId) {
    await assertExternalIdFree(deps.state, 'User', context.issuer, nextExternalId, id);
  }
  const deactivating = loaded.facts.active && !wantActive;
  if (deactivating && deps.deactivation === 'delete') return deleteOnDeactivation(deps, loaded, next, nextExternalId, request);

  const operations = [...diffStoreUser(scimUserToStore(loaded.rendered.resource), nextStore), ...statusOperation(deps, loaded, wantActive)];
  if (operations.length > 0) await deps.store.updateUser(id, operations);
  await relinkExternalId(deps.state, 'User', id, context.issuer, loaded.facts.linkedExternalId, nextExternalId);
  const suspendedNow = deps.deactivation === 'suspend-memberships' && !wantActive;
  if (deactivating && suspendedNow) await suspendUserMemberships(deps.store, deps.state, id);
  if (wantActive && loaded.facts.suspended) await restoreUserMemberships(deps.store, deps.state, id);

  const user = operations.length === 0 ? loaded.user : applyStoreOperations(loaded.user, operations, new Date());
  const externalId = nextExternalId ?? adoptedExternalId(user, context.issuer);
  const active = user.userStatus !== 'DISABLED' && !suspendedNow;
  return respondWithUser(renderStoreUser(user, { externalId, active }, context.baseUrl), request.selection);
}

export async function updateUser(deps: UserServiceDeps, request: UpdateRequest, retry: RetryOptions = {}): Promise<ResourceResult> {
  try {
    return await retryOnConcurrentModification(() => updateOnce(deps, request), retry);
  } catch (error) {
    throw asScimError(error);
  }
}
