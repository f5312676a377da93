/**
 * POST /Groups (RFC 7644 section 3.3). Budget: one DescribeUser per member (the check before any
 * write), CreateGroup, one CreateGroupMembership per member; no read-back: the answer is what was
 * written, with `meta.created`/`lastModified` from the gateway's clock, and its version is the one
 * a later GET gives (group-version.ts hashes no timestamp; decision 0008).
 *
 * Every check that can fail without a write runs first: the body, the store's name rules, the
 * externalId held by another group of this IdP, and every member id (malformed or unknown: 400
 * naming it). After CreateGroup, any failure (a membership write, the externalId race) deletes
 * the new group again before the error is reported: a half-made group is never answered 201, and
 * the IdP's retry of the same POST starts from nothing. If even the delete fails, the answer is a
 * 500 that says the group exists.
 */
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { ScimError } from '../../scim/errors.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import { validateResourceInput } from '../../scim/validate/validate-resource-input.ts';
import type { NewStoreGroup, StoreGroup } from '../../identity-store/port.ts';
import { asScimError } from '../as-scim-error.ts';
import { assertExternalIdFree, externalIdTaken } from '../external-id-links.ts';
import type { ResourceResult, ScimRequestContext } from '../resource-service.ts';
import { DEFAULT_MEMBERSHIP_CONCURRENCY, executeMembershipChange } from './apply-membership-plan.ts';
import { bodyMembers } from './body-members.ts';
import { checkNewMembers } from './check-new-members.ts';
import type { GroupServiceDeps } from './group-service-deps.ts';
import { membershipErrorToScim, withDetail } from './partial-membership-failure.ts';
import { prepareStoreGroup } from './prepare-store-group.ts';
import { projectGroup, renderStoreGroup } from './render-store-group.ts';

/** Undoes CreateGroup (its memberships go with it); if that fails the IdP must learn the group exists. */
async function compensate(deps: GroupServiceDeps, id: string, failure: ScimError): Promise<never> {
  try {
    await deps.store.deleteGroup(id);
    await deps.state.forgetResource('Group', id);
  } catch (undoError) {
    throw ScimError.internal(`Group ${id} was created but a later step failed (${failure.detail}) and the group could not be removed again`, [failure, undoError]);
  }
  throw failure;
}

/** The new group as the store holds it: what was sent, no ExternalIds. */
function createdGroup(sent: NewStoreGroup, id: string, at: Date): StoreGroup {
  return { ...sent, id, externalIds: [], createdAt: at, updatedAt: at };
}

export async function createGroup(deps: GroupServiceDeps, body: unknown, selection: AttributeSelection, context: ScimRequestContext): Promise<ResourceResult> {
  const concurrency = deps.concurrency ?? DEFAULT_MEMBERSHIP_CONCURRENCY;
  const resource = validateResourceInput(body, GROUP_RESOURCE_SCHEMA, 'create');
  const newGroup = prepareStoreGroup(resource);
  const members = [...(bodyMembers(body, resource) ?? [])];
  const externalId = typeof resource.externalId === 'string' ? resource.externalId : undefined;
  let id: string;
  try {
    if (externalId !== undefined) await assertExternalIdFree(deps.state, 'Group', context.issuer, externalId);
    await checkNewMembers(deps.store, members, concurrency);
    id = await deps.store.createGroup(newGroup);
  } catch (error) {
    throw asScimError(error);
  }
  try {
    if (externalId !== undefined) {
      const linked = await deps.state.linkExternalId({ resourceType: 'Group', issuer: context.issuer, externalId, resourceId: id });
      if (linked.outcome === 'conflict') throw externalIdTaken('Group', externalId);
    }
  } catch (error) {
    return compensate(deps, id, asScimError(error));
  }
  const writes = members.map((userId) => ({ kind: 'add' as const, userId }));
  const execution = await executeMembershipChange(deps.store, id, { writes, unchanged: [], current: new Map() }, { concurrency });
  if (execution.kind === 'partial') {
    const { added, failed, notAttempted } = execution.progress;
    const cause = membershipErrorToScim(execution.firstError);
    return compensate(deps, id, withDetail(cause, `${cause.detail} Group ${JSON.stringify(newGroup.displayName)} was not created: `
      + `adding its members failed (${failed.length} failed, ${notAttempted.length} not attempted, ${added.length} added), so the new group was deleted again. `
      + 'Send the same request again.'));
  }
  const group = createdGroup(newGroup, id, new Date());
  return projectGroup(renderStoreGroup(group, externalId, members, context.baseUrl), selection);
}
