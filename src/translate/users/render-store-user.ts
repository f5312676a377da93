/**
 * One store user -> its full SCIM User (before projection), with `meta.location`
 * (`<base>/Users/<id>`, RFC 7644 section 3.1) and `meta.version` (user-version.ts).
 */
import type { StoreUser } from '../../identity-store/port.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { storeUserToScim } from '../user-mapping.ts';
import type { UserFacts } from './read-user-facts.ts';
import { userVersion } from './user-version.ts';

export interface RenderedUser {
  readonly resource: ScimResource;
  readonly version: string;
  readonly location: string;
}

export function userLocation(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}/Users/${encodeURIComponent(id)}`;
}

export function renderStoreUser(user: StoreUser, facts: Pick<UserFacts, 'externalId' | 'active'>, baseUrl: string): RenderedUser {
  const location = userLocation(baseUrl, user.id);
  const context = { active: facts.active, externalId: facts.externalId, location };
  // The version hashes the representation without meta, so a placeholder is enough here.
  const version = userVersion(storeUserToScim(user, { ...context, version: '' }), user.updatedAt);
  return { resource: storeUserToScim(user, { ...context, version }), version, location };
}
