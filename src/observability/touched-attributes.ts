/**
 * The attribute names a SCIM write touches, for the audit log: names, never values. Reads the
 * request body defensively (it may be invalid, and is audited even when refused):
 * - POST/PUT bodies: their top-level attributes, extension attributes as `<urn>:<name>`;
 * - PATCH (RFC 7644 section 3.5.2): each operation's `path` with value filters removed
 *   (`emails[type eq "work"].value` -> `emails.value`: a filter literal is a value), or, for an
 *   operation without a path, the attributes of its value object.
 */

/** Read-only or protocol members, not attributes a client changes. */
const NOT_ATTRIBUTES = new Set(['schemas', 'id', 'meta']);
const MAX_NAMES = 50;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function namesOfResource(body: Record<string, unknown>): string[] {
  return Object.entries(body).flatMap(([name, value]) => {
    if (NOT_ATTRIBUTES.has(name.toLowerCase())) return [];
    // An extension's attributes are named under its URN (RFC 7643 section 3.3).
    if (name.startsWith('urn:') && isObject(value)) return Object.keys(value).map((inner) => `${name}:${inner}`);
    return [name];
  });
}

/** Drops value filters, so `members[value eq "x"]` is `members`. */
function pathName(path: string): string {
  return path.replace(/\[[^\]]*\]?/g, '').trim();
}

function namesOfPatch(body: Record<string, unknown>): string[] {
  const operations = Array.isArray(body.Operations) ? body.Operations : Array.isArray(body.operations) ? body.operations : [];
  return operations.flatMap((operation: unknown) => {
    if (!isObject(operation)) return [];
    if (typeof operation.path === 'string' && operation.path.trim() !== '') return [pathName(operation.path)];
    return isObject(operation.value) ? namesOfResource(operation.value) : [];
  });
}

export function touchedAttributes(action: 'create' | 'replace' | 'patch' | 'delete', body: unknown): string[] {
  if (action === 'delete' || !isObject(body)) return [];
  const names = action === 'patch' ? namesOfPatch(body) : namesOfResource(body);
  // Printable and bounded: a hostile body cannot flood the audit log.
  const clean = names.map((name) => name.replace(/[^\w.:$-]/g, '').slice(0, 200)).filter((name) => name !== '');
  return [...new Set(clean)].sort().slice(0, MAX_NAMES);
}
