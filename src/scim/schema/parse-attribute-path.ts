/**
 * Reads an attribute path written as text (RFC 7644 section 3.10 and the `attrPath` ABNF of
 * section 3.4.2.2): `[URI ":"] ATTRNAME *1subAttr`, as `attributes`, `excludedAttributes` and
 * `sortBy` carry it. Only the syntax is checked here; `resolveAttribute` says whether the schema
 * knows the name.
 *
 * A URN prefix is everything up to the last colon, because URNs hold colons and dots themselves
 * (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`).
 */
import type { AttributePath } from '../attribute-path.ts';

// ATTRNAME = ALPHA *(nameChar); `$ref` is the one sub-attribute name RFC 7643 allows outside it.
const ATTRNAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const SUB_ATTRNAME = /^(?:[A-Za-z][A-Za-z0-9_-]*|\$ref)$/;
const URN_PREFIX = /^urn:/i;

export function parseAttributePath(text: string): AttributePath | undefined {
  let schema: string | undefined;
  let rest = text;
  if (URN_PREFIX.test(text)) {
    const lastColon = text.lastIndexOf(':');
    schema = text.slice(0, lastColon);
    rest = text.slice(lastColon + 1);
    // `urn:x` alone has no attribute after its prefix.
    if (!schema.includes(':', 4)) return undefined;
  }
  const dot = rest.indexOf('.');
  const attribute = dot === -1 ? rest : rest.slice(0, dot);
  const subAttribute = dot === -1 ? undefined : rest.slice(dot + 1);
  if (!ATTRNAME.test(attribute)) return undefined;
  if (subAttribute !== undefined && !SUB_ATTRNAME.test(subAttribute)) return undefined;
  return {
    ...(schema === undefined ? {} : { schema }),
    attribute,
    ...(subAttribute === undefined ? {} : { subAttribute }),
  };
}
