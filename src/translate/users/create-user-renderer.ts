/**
 * UserRenderer (../user-renderer.ts) for listing: a page of store users -> full SCIM Users, with
 * the state reads batched per page (read-user-facts.ts). Projection is the caller's.
 */
import type { StoreUser } from '../../identity-store/port.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { ScimRequestContext } from '../resource-service.ts';
import type { UserRenderer } from '../user-renderer.ts';
import { readUserFacts } from './read-user-facts.ts';
import { renderStoreUser } from './render-store-user.ts';
import type { UserRendererDeps } from './user-service-deps.ts';

export function createUserRenderer(deps: UserRendererDeps): UserRenderer {
  return {
    async render(users: readonly StoreUser[], context: ScimRequestContext): Promise<ScimResource[]> {
      const facts = await readUserFacts(deps, users, context.issuer);
      return users.map((user) => {
        const known = facts.get(user.id);
        if (known === undefined) throw new Error(`no state facts read for user ${user.id}`);
        return renderStoreUser(user, known, context.baseUrl).resource;
      });
    },
  };
}
