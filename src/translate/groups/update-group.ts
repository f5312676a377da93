/**
 * PUT and PATCH /Groups/{id} (RFC 7644 sections 3.5.1, 3.5.2). Budget: one DescribeGroup (the
 * version for If-Match, the attributes to patch, the answer); the membership change within the
 * engine's budget (apply-membership-plan.ts: k writes for k members, a GetGroupMembershipId per
 * removed member, one DescribeUser per new member, one ListGroupMemberships per 100 members for a
 * full replace); at most one UpdateGroup (only when displayName changed), and no read-back: the
 * answer is the group as read with the new displayName (decision 0008).
 *
 * Order of effects, so that a refusal leaves nothing applied: every check (If-Match, the body,
 * the name rules, externalId held by another group of this IdP, every new member id) before the
 * first write; then UpdateGroup; then the externalId link; then the membership writes. The
 * attribute part is retried on CONCURRENT_MODIFICATION from a fresh read; membership writes are
 * idempotent, and a failure part-way among them is an error naming what was and was not changed
 * (re-sending converges).
 *
 * The answer shows `members` when they are known without another read (a full replace, a PUT with
 * members) or when `attributes` asks for them; otherwise a membership PATCH would cost a read of
 * every member on top of its writes (docs/groups.md).
 */
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { adoptedExternalId } from '../adopted-external-id.ts';
import { asScimError } from '../as-scim-error.ts';
import { checkIfMatch } from '../check-if-match.ts';
import { assertExternalIdFree, relinkExternalId } from '../external-id-links.ts';
import type { Preconditions, ResourceResult, ScimRequestContext } from '../resource-service.ts';
import type { RetryOptions } from '../retry-on-concurrent-modification.ts';
import { retryOnConcurrentModification } from '../retry-on-concurrent-modification.ts';
import { DEFAULT_MEMBERSHIP_CONCURRENCY, executeMembershipChange, prepareMembershipChange } from './apply-membership-plan.ts';
import { storeGroupToScim } from './group-mapping.ts';
import type { GroupServiceDeps } from './group-service-deps.ts';
import { groupVersion } from './group-version.ts';
import { loadGroup, loadMembers } from './load-group.ts';
import type { MembershipPlan } from './membership-plan.ts';
import { membersRequested, membersSelected } from './members-selection.ts';
import { partialMembershipFailure } from './partial-membership-failure.ts';
import { prepareStoreGroup } from './prepare-store-group.ts';
import { projectGroup, renderStoreGroup } from './render-store-group.ts';

export interface GroupChange {
  /** The group's attributes afterwards, from the current ones (which carry no `members`). */
  readonly compute: (current: ScimResource) => ScimResource;
  /** The membership change; undefined when the request changes no membership. */
  readonly membership: MembershipPlan | undefined;
}

interface UpdateRequest {
  readonly id: string;
  readonly change: GroupChange;
  readonly selection: AttributeSelection;
  readonly context: ScimRequestContext;
  readonly preconditions: Preconditions;
}

async function updateOnce(deps: GroupServiceDeps, request: UpdateRequest): Promise<ResourceResult> {
  const { id, context, change } = request;
  const concurrency = deps.concurrency ?? DEFAULT_MEMBERSHIP_CONCURRENCY;
  const loaded = await loadGroup(deps, id, context.issuer);
  checkIfMatch(request.preconditions, groupVersion(loaded.group, loaded.facts.externalId), `Group ${id}`);
  const current = storeGroupToScim(loaded.group, { externalId: loaded.facts.externalId, members: undefined, baseUrl: context.baseUrl, version: '' });
  const next = change.compute(current);
  const nextStore = prepareStoreGroup(next);
  const nextExternalId = typeof next.externalId === 'string' ? next.externalId : undefined;
  if (nextExternalId !== undefined && nextExternalId !== loaded.facts.linkedExternalId) {
    await assertExternalIdFree(deps.state, 'Group', context.issuer, nextExternalId, id);
  }
  const prepared = change.membership === undefined ? undefined : await prepareMembershipChange(deps.store, id, change.membership, { concurrency });

  const renamed = nextStore.displayName !== loaded.group.displayName;
  if (renamed) await deps.store.updateGroup(id, [{ path: 'displayName', value: nextStore.displayName }]);
  await relinkExternalId(deps.state, 'Group', id, context.issuer, loaded.facts.linkedExternalId, nextExternalId);
  const execution = prepared === undefined ? undefined : await executeMembershipChange(deps.store, id, prepared, { concurrency });
  if (execution?.kind === 'partial') throw partialMembershipFailure(execution.firstError, execution.progress);

  const group = renamed ? { ...loaded.group, displayName: nextStore.displayName, updatedAt: new Date() } : loaded.group;
  const externalId = nextExternalId ?? adoptedExternalId(group, context.issuer);
  let members: Iterable<string> | undefined;
  if (membersSelected(request.selection)) {
    const known = execution === undefined ? undefined : execution.result.members;
    if (known !== undefined) members = known.keys();
    else if (membersRequested(request.selection)) members = (await loadMembers(deps.store, id)).keys();
  }
  return projectGroup(renderStoreGroup(group, externalId, members, context.baseUrl), request.selection);
}

export async function updateGroup(deps: GroupServiceDeps, request: UpdateRequest, retry: RetryOptions = {}): Promise<ResourceResult> {
  try {
    return await retryOnConcurrentModification(() => updateOnce(deps, request), retry);
  } catch (error) {
    throw asScimError(error);
  }
}
