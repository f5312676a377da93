/**
 * One store user -> its full SCIM User (before projection), with `meta.location`
 * (`<base>/Users/<id>`, RFC 7644 section 3.1) and `meta.version` (user-version.ts).
 */
import type { StoreUser } from '../../identity-store/port.ts';
import type { JsonObject, ScimResource } from '../../scim/resource.ts';
import { resourceLocation } from '../resource-location.ts';
import { storeUserToScim } from '../user-mapping.ts';
import type { UserFacts } from './read-user-facts.ts';
import { userVersion } from './user-version.ts';

export interface RenderedUser {
  readonly resource: ScimResource;
  readonly version: string;
  readonly location: string;
}

export function userLocation(baseUrl: string, id: string): string {
  return resourceLocation(baseUrl, 'Users', id);
}

export function renderStoreUser(user: StoreUser, facts: Pick<UserFacts, 'externalId' | 'active'>, baseUrl: string): RenderedUser {
  const location = userLocation(baseUrl, user.id);
  // Rendered once (this runs for every user of every listed page): the version hashes the
  // representation without meta, so it is computed from the draft and then set in meta.
  const draft = storeUserToScim(user, { active: facts.active, externalId: facts.externalId, location, version: '' });
  const version = userVersion(draft);
  const resource: ScimResource = { ...draft, meta: { ...(draft.meta as JsonObject), version } };
  return { resource, version, location };
}
