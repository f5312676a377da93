/**
 * `meta.version` of a User (RFC 7644 section 3.14, RFC 7232 section 2.3): a weak entity tag over
 * what the IdP can see (../entity-tag.ts). It hashes the representation without `meta` and without
 * the enterprise extension, plus the store's UpdatedAt: the enterprise attributes are read only
 * when a response needs them (product brief), so hashing them would give one user two versions
 * depending on the `attributes` asked for; any change to them moves UpdatedAt instead. `active`
 * and `externalId` (gateway state, not the store) are in the hash, so a deactivation or relink
 * changes the version.
 */
import type { JsonValue, ScimResource } from '../../scim/resource.ts';
import { ENTERPRISE_USER_SCHEMA_ID as ENTERPRISE_USER_SCHEMA } from '../../scim/schema/enterprise-user-schema.ts';
import { weakEntityTag } from '../entity-tag.ts';

export function userVersion(resource: ScimResource, updatedAt: Date | undefined): string {
  const visible: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'meta' || key === ENTERPRISE_USER_SCHEMA || key === 'schemas') continue;
    visible[key] = value;
  }
  return weakEntityTag(visible, updatedAt);
}
