/**
 * `meta.version` of a User (RFC 7644 section 3.14, RFC 7232 section 2.3): a weak entity tag over
 * what the IdP can see. It hashes the representation without `meta` and without the enterprise
 * extension, plus the store's UpdatedAt: the enterprise attributes are read only when a response
 * needs them (product brief), so hashing them would give one user two versions depending on the
 * `attributes` asked for; any change to them moves UpdatedAt instead. `active` and `externalId`
 * (gateway state, not the store) are in the hash, so a deactivation or relink changes the version.
 */
import { createHash } from 'node:crypto';
import type { JsonValue, ScimResource } from '../../scim/resource.ts';
import { isJsonObject } from '../../scim/resource.ts';
import { ENTERPRISE_USER_SCHEMA_ID as ENTERPRISE_USER_SCHEMA } from '../../scim/schema/enterprise-user-schema.ts';

/** Key order must not matter: JSON with sorted keys. */
function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => canonical(item)).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function userVersion(resource: ScimResource, updatedAt: Date | undefined): string {
  const visible: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'meta' || key === ENTERPRISE_USER_SCHEMA || key === 'schemas') continue;
    visible[key] = value;
  }
  const hash = createHash('sha256')
    .update(canonical(visible))
    .update('\n')
    .update(updatedAt === undefined ? '' : updatedAt.toISOString())
    .digest('base64url')
    .slice(0, 22);
  return `W/"${hash}"`;
}
