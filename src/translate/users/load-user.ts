/**
 * Reads one user and its gateway-state facts: exactly one DescribeUser (with the enterprise
 * extension, whole-user-read.ts) plus state reads. A malformed id is a 404 with no call (the store
 * would answer ValidationException, which an IdP reads as its own fault).
 */
import type { StoreUser } from '../../identity-store/port.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';
import type { ScimRequestContext } from '../resource-service.ts';
import type { UserFacts } from './read-user-facts.ts';
import { readUserFacts } from './read-user-facts.ts';
import type { RenderedUser } from './render-store-user.ts';
import { renderStoreUser } from './render-store-user.ts';
import type { UserServiceDeps } from './user-service-deps.ts';
import { WHOLE_USER_READ } from './whole-user-read.ts';
import { userNotFound } from './user-not-found.ts';

export interface LoadedUser {
  readonly user: StoreUser;
  readonly facts: UserFacts;
  readonly rendered: RenderedUser;
}

export async function loadUser(deps: UserServiceDeps, id: string, context: ScimRequestContext): Promise<LoadedUser> {
  if (!isResourceId(id)) throw userNotFound(id);
  const user = await deps.store.describeUser(id, WHOLE_USER_READ);
  if (user === undefined) throw userNotFound(id);
  const facts = (await readUserFacts(deps, [user], context.issuer)).get(id);
  if (facts === undefined) throw new Error(`no state facts read for user ${id}`);
  return { user, facts, rendered: renderStoreUser(user, facts, context.baseUrl) };
}
