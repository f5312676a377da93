/**
 * The /Groups translation service: ResourceService (../resource-service.ts) over the
 * IdentityStore and GatewayState ports, and the GroupRenderer listing uses to render pages. Each
 * operation lives in its own file; this one only parses and wires them. Listing is injected
 * (src/translate/query/list-groups.ts). docs/groups.md describes the behaviour and budgets.
 */
import type { AttributeSelection, ListQuery } from '../../scim/list/list-query.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import { applyPatch } from '../../scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../scim/patch/parse-patch-request.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import { validateResourceInput } from '../../scim/validate/validate-resource-input.ts';
import { asScimError } from '../as-scim-error.ts';
import { withRequestStore } from '../request-store.ts';
import type { GroupRenderer } from '../group-renderer.ts';
import type { Preconditions, ResourceResult, ResourceService, ScimRequestContext } from '../resource-service.ts';
import { bodyMembers } from './body-members.ts';
import { createGroup } from './create-group.ts';
import { createGroupRenderer } from './create-group-renderer.ts';
import type { GroupServiceDeps } from './group-service-deps.ts';
import { loadGroup, loadMembers } from './load-group.ts';
import { isMembershipNoop } from './membership-plan.ts';
import { membersSelected } from './members-selection.ts';
import { planMembershipChange } from './plan-membership-change.ts';
import { prepareStoreGroup } from './prepare-store-group.ts';
import { removeGroup } from './remove-group.ts';
import { projectGroup, renderStoreGroup } from './render-store-group.ts';
import { updateGroup } from './update-group.ts';

/** The attributes of a validated Group body, without `members` (those are membership changes). */
function attributesOf(resource: ScimResource): ScimResource {
  const { members: _members, ...rest } = resource;
  return rest;
}

export function createGroupService(deps: GroupServiceDeps): ResourceService & GroupRenderer {
  const renderer = createGroupRenderer(deps);
  return {
    renderGroups: (groups, context, withMembers) => renderer.renderGroups(groups, context, withMembers),
    addMembers: (resources, context) => renderer.addMembers(resources, context),

    async get(id: string, selection: AttributeSelection, context: ScimRequestContext): Promise<ResourceResult> {
      try {
        const counted = withRequestStore(deps, context);
        const loaded = await loadGroup(counted, id, context.issuer);
        const members = membersSelected(selection) ? (await loadMembers(counted.store, id)).keys() : undefined;
        return projectGroup(renderStoreGroup(loaded.group, loaded.facts.externalId, members, context.baseUrl), selection);
      } catch (error) {
        throw asScimError(error);
      }
    },

    list: (query: ListQuery, context: ScimRequestContext): Promise<ListResponse> => deps.list(query, context),

    create: (body: unknown, selection: AttributeSelection, context: ScimRequestContext) => createGroup(withRequestStore(deps, context), body, selection, context),

    async replace(id: string, body: unknown, selection: AttributeSelection, context: ScimRequestContext, preconditions: Preconditions) {
      // Validated once, before any call. Without `members` a PUT leaves the memberships as they
      // are (RFC 7644 section 3.5.1 lets a provider treat an omitted attribute as not asserted).
      const replacement = validateResourceInput(body, GROUP_RESOURCE_SCHEMA, 'replace');
      prepareStoreGroup(replacement);
      const members = bodyMembers(body, replacement);
      const membership = members === undefined ? undefined : { kind: 'replace' as const, members, attributeOperations: [] };
      return updateGroup(withRequestStore(deps, context), { id, change: { compute: () => attributesOf(replacement), membership }, selection, context, preconditions });
    },

    async patch(id: string, body: unknown, selection: AttributeSelection, context: ScimRequestContext, preconditions: Preconditions) {
      // Parsed and planned before any call: a bad operation or member filter is a 400 with no traffic.
      const plan = planMembershipChange(parsePatchRequest(body, GROUP_RESOURCE_SCHEMA));
      const compute = (current: ScimResource): ScimResource => plan.attributeOperations.length === 0
        ? current
        : validateResourceInput(applyPatch(current, plan.attributeOperations, GROUP_RESOURCE_SCHEMA), GROUP_RESOURCE_SCHEMA, 'replace');
      return updateGroup(withRequestStore(deps, context), { id, change: { compute, membership: isMembershipNoop(plan) ? undefined : plan }, selection, context, preconditions });
    },

    remove: (id: string, context: ScimRequestContext, preconditions: Preconditions) => removeGroup(withRequestStore(deps, context), id, context, preconditions),
  };
}
