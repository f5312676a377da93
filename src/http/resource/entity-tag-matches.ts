/**
 * Compares a conditional-request header (`If-None-Match`, RFC 7232 section 3.2, used by RFC 7644
 * section 3.14) with a resource version. `*` matches any current resource; otherwise the header is
 * a list of entity tags compared weakly (RFC 7232 section 2.3.2: `W/` is ignored on both sides),
 * which is what If-None-Match prescribes and what our weak `meta.version` tags need.
 */

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

export function entityTagMatches(header: string, version: string): boolean {
  if (header.trim() === '*') return true;
  const wanted = opaque(version.trim());
  return (header.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === wanted);
}
