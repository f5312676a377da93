/**
 * The /Users translation service: ResourceService (../resource-service.ts) over the IdentityStore
 * and GatewayState ports, and the UserRenderer listing uses to render pages. Each operation lives
 * in its own file; this one only wires them. Listing is injected (src/translate/query).
 */
import type { AttributeSelection, ListQuery } from '../../scim/list/list-query.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import { applyPatch } from '../../scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../scim/patch/parse-patch-request.ts';
import { USER_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import { validateResourceInput } from '../../scim/validate/validate-resource-input.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { Preconditions, ResourceResult, ResourceService, ScimRequestContext } from '../resource-service.ts';
import type { UserRenderer } from '../user-renderer.ts';
import { asScimError } from '../as-scim-error.ts';
import { withRequestStore } from '../request-store.ts';
import { createUser } from './create-user.ts';
import { createUserRenderer } from './create-user-renderer.ts';
import { loadUser } from './load-user.ts';
import { prepareStoreUser } from './prepare-store-user.ts';
import { removeUser } from './remove-user.ts';
import { respondWithUser } from './respond-with-user.ts';
import { updateUser } from './update-user.ts';
import type { UserServiceDeps } from './user-service-deps.ts';

export function createUserService(deps: UserServiceDeps): ResourceService & UserRenderer {
  const renderer = createUserRenderer(deps);
  return {
    render: (users, context) => renderer.render(users, context),

    async get(id: string, selection: AttributeSelection, context: ScimRequestContext): Promise<ResourceResult> {
      try {
        const loaded = await loadUser(withRequestStore(deps, context), id, context);
        return respondWithUser(loaded.rendered, selection);
      } catch (error) {
        throw asScimError(error);
      }
    },

    list: (query: ListQuery, context: ScimRequestContext): Promise<ListResponse> => deps.list(query, context),

    create: (body: unknown, selection: AttributeSelection, context: ScimRequestContext) => createUser(withRequestStore(deps, context), body, selection, context),

    async replace(id: string, body: unknown, selection: AttributeSelection, context: ScimRequestContext, preconditions: Preconditions) {
      // Validated once, before any call: a bad body (or one the store would refuse) is answered
      // without reading the user. PUT replaces: readOnly id/meta in the body are ignored.
      const replacement = validateResourceInput(body, USER_RESOURCE_SCHEMA, 'replace');
      prepareStoreUser(replacement);
      return updateUser(withRequestStore(deps, context), { id, compute: () => replacement, selection, context, preconditions });
    },

    async patch(id: string, body: unknown, selection: AttributeSelection, context: ScimRequestContext, preconditions: Preconditions) {
      const operations = parsePatchRequest(body, USER_RESOURCE_SCHEMA);
      // The patched resource passes the same validation as a PUT body, so what the store cannot
      // hold is collapsed the same way (a second email added by PATCH keeps the primary, else the
      // work one, else the first) instead of failing the IdP with the store's 400.
      const compute = (current: ScimResource): ScimResource => validateResourceInput(applyPatch(current, operations, USER_RESOURCE_SCHEMA), USER_RESOURCE_SCHEMA, 'replace');
      return updateUser(withRequestStore(deps, context), { id, compute, selection, context, preconditions });
    },

    remove: (id: string, context: ScimRequestContext, preconditions: Preconditions) => removeUser(withRequestStore(deps, context), id, context, preconditions),
  };
}
