/**
 * `If-Match` (RFC 7644 section 3.14, RFC 9110 section 13.1.1): a comma-separated list of entity
 * tags or `*`. SCIM versions are weak tags, so comparison is weak (RFC 9110 section 8.8.3.2):
 * `W/"x"` and `"x"` match. `*` matches any existing resource. A mismatch is 412 and nothing is
 * written.
 */
import { ScimError } from '../../scim/errors.ts';
import type { Preconditions } from '../resource-service.ts';

/** The opaque part of an entity tag, without `W/` and quotes; lenient about missing quotes. */
function opaque(tag: string): string {
  const strong = tag.startsWith('W/') ? tag.slice(2) : tag;
  return strong.length >= 2 && strong.startsWith('"') && strong.endsWith('"') ? strong.slice(1, -1) : strong;
}

export function matchesIfMatch(header: string, version: string): boolean {
  const tags = header.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  const current = opaque(version);
  return tags.some((tag) => tag === '*' || opaque(tag) === current);
}

export function checkIfMatch(preconditions: Preconditions, version: string, what: string): void {
  if (preconditions.ifMatch === undefined) return;
  if (!matchesIfMatch(preconditions.ifMatch, version)) {
    throw ScimError.preconditionFailed(`${what} has changed: its version is ${version}, not ${preconditions.ifMatch}`);
  }
}
