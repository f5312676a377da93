/**
 * Splits one attribute-path token of a filter (RFC 7644 section 3.4.2.2, ABNF
 * `attrPath = [URI ":"] ATTRNAME *1subAttr`) into an AttributePath.
 *
 * Schema URNs contain colons and dots (`urn:ietf:params:scim:schemas:core:2.0:User`), so the
 * URN is everything before the LAST colon and only the text after it is split at the dot:
 * `urn:...:enterprise:2.0:User:manager.value` is schema `urn:...:enterprise:2.0:User`, attribute
 * `manager`, sub-attribute `value`. Names keep the client's case; matching is case-insensitive later.
 */
import type { AttributePath } from '../attribute-path.ts';
import type { FilterCursor } from './filter-cursor.ts';

/** RFC 7643 section 2.1 ATTRNAME, plus `$ref`, which RFC 7643 itself uses as a sub-attribute name. */
const ATTRNAME = /^(?:[A-Za-z][A-Za-z0-9_-]*|\$ref)$/i;

export function isAttributeName(name: string): boolean {
  return ATTRNAME.test(name);
}

/** `token` was read at `start`; failures are reported at the offending part of it. */
export function readAttributePath(cursor: FilterCursor, token: string, start: number): AttributePath {
  const lastColon = token.lastIndexOf(':');
  const schema = lastColon < 0 ? undefined : token.slice(0, lastColon);
  if (schema !== undefined && schema.split(':').some((segment) => segment === '')) {
    cursor.reject(`${JSON.stringify(schema)} is not a schema URN (empty part between colons)`, start);
  }
  const nameStart = start + lastColon + 1;
  const names = token.slice(lastColon + 1).split('.');
  const [attribute, subAttribute, ...deeper] = names;
  if (attribute === undefined || attribute === '') {
    cursor.fail(schema === undefined ? 'an attribute name' : 'an attribute name after the schema URN', nameStart);
  }
  if (!isAttributeName(attribute)) {
    cursor.fail('an attribute name (a letter followed by letters, digits, "_" or "-")', nameStart);
  }
  if (subAttribute !== undefined && !isAttributeName(subAttribute)) {
    cursor.fail(`a sub-attribute name after "${attribute}."`, nameStart + attribute.length + 1);
  }
  if (deeper.length > 0) {
    cursor.reject(`"${token.slice(lastColon + 1)}" nests too deep; SCIM attributes have one level of sub-attributes`, nameStart);
  }
  return {
    ...(schema === undefined ? {} : { schema }),
    attribute,
    ...(subAttribute === undefined ? {} : { subAttribute }),
  };
}
