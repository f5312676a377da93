/**
 * The weak entity tag behind `meta.version` and `ETag` (RFC 7644 section 3.14, RFC 7232 section
 * 2.3) for Users and Groups: a hash of what the IdP can see of a resource, and of nothing else
 * (no store timestamp: decision 0008). Each resource type decides what is visible
 * (users/user-version.ts, groups/group-version.ts); this file only makes the hash independent of
 * key order.
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

/** `W/"<22 base64url characters>"` over `visible`. */
export function weakEntityTag(visible: Readonly<Record<string, JsonValue>>): string {
  const hash = createHash('sha256').update(canonical(visible)).digest('base64url').slice(0, 22);
  return `W/"${hash}"`;
}
