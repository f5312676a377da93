/**
 * `meta.version` of a User (RFC 7644 section 3.14, RFC 7232 section 2.3): a weak entity tag over
 * the representation the IdP can see, without `meta` (../entity-tag.ts). It is a hash of content,
 * not of the store's UpdatedAt (the product brief allows either), so a POST answered from what was
 * written (create-user.ts, no read-back) carries the same version as the next GET. Every read asks
 * for the enterprise extension (whole-user-read.ts), so it is in the hash and one user has one
 * version whatever `attributes` a request selects. `active` and `externalId` (gateway state, not
 * the store) are in the hash, so a deactivation or relink changes the version. A change made and
 * undone again yields the old version, which is right for a weak tag: the representation is the same.
 */
import type { ScimResource } from '../../scim/resource.ts';
import { weakEntityTag } from '../entity-tag.ts';

export function userVersion(resource: ScimResource): string {
  const { meta: _meta, ...visible } = resource;
  return weakEntityTag(visible);
}
