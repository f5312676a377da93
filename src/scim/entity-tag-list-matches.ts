/**
 * Conditional requests (RFC 7644 section 3.14): whether an `If-Match` or `If-None-Match` header
 * names the resource's current version. The header is `*` (any current resource) or a
 * comma-separated list of entity tags; SCIM versions are weak tags, so comparison is weak
 * (RFC 9110 section 8.8.3.2): `W/"x"` and `"x"` match. Lenient about a tag sent without quotes.
 * One function for both headers, so If-Match and If-None-Match can never disagree on a tag.
 */

/** The opaque part of an entity tag, without `W/` and quotes. */
function opaque(tag: string): string {
  const strong = tag.startsWith('W/') ? tag.slice(2) : tag;
  return strong.length >= 2 && strong.startsWith('"') && strong.endsWith('"') ? strong.slice(1, -1) : strong;
}

export function entityTagListMatches(header: string, version: string): boolean {
  const tags = header.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  const current = opaque(version.trim());
  return tags.some((tag) => tag === '*' || opaque(tag) === current);
}
