/**
 * Attribute paths (RFC 7644 section 3.10, ABNF `attrPath` in section 3.4.2.2):
 * `[URI ":"] ATTRNAME *1subAttr`, e.g. `name.givenName` or
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`.
 *
 * Names keep the case the client wrote (so a parsed filter prints back unchanged); attribute
 * names are case-insensitive (RFC 7643 section 2.1), so compare them with `sameName`.
 */
export interface AttributePath {
  /** Schema URN prefix, if the client wrote one (e.g. the enterprise extension). */
  readonly schema?: string;
  readonly attribute: string;
  readonly subAttribute?: string;
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function formatAttributePath(path: AttributePath): string {
  const head = path.schema === undefined ? path.attribute : `${path.schema}:${path.attribute}`;
  return path.subAttribute === undefined ? head : `${head}.${path.subAttribute}`;
}
