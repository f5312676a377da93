/**
 * The weak entity tag behind `meta.version` and `ETag` (RFC 7644 section 3.14, RFC 7232 section
 * 2.3) for Users and Groups: a hash of what the IdP can see of a resource, plus the store's
 * UpdatedAt where a resource type needs it (groups: their members are not always read, see
 * groups/group-version.ts; users hash content alone, users/user-version.ts). This file only makes
 * the hash independent of key order.
 */
import { createHash } from 'node:crypto';
import type { JsonValue } from '../scim/resource.ts';
import { isJsonObject } from '../scim/resource.ts';

/** Key order must not matter: JSON with sorted keys. */
function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => canonical(item)).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `W/"<22 base64url characters>"` over `visible` and `updatedAt`. */
export function weakEntityTag(visible: Readonly<Record<string, JsonValue>>, updatedAt?: Date): string {
  const hash = createHash('sha256')
    .update(canonical(visible))
    .update('\n')
    .update(updatedAt === undefined ? '' : updatedAt.toISOString())
    .digest('base64url')
    .slice(0, 22);
  return `W/"${hash}"`;
}
