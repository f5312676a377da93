/**
 * `attributes` and `excludedAttributes` (RFC 7644 section 3.4.2.5), from a query string
 * (comma-separated) or a `.search` body (arrays of strings, RFC 7644 section 3.4.3).
 *
 * Names are resolved against the schema and rewritten to its canonical case. Names the schema
 * does not know are skipped rather than refused: an IdP asking for `ims` or `entitlements`
 * (which the Identity Store cannot hold) should get the rest, not an error. Sending both
 * parameters is refused: their combination has no meaning in RFC 7644 and no IdP sends it.
 */
import type { AttributePath } from '../attribute-path.ts';
import { sameName } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import { canonicalPath } from '../schema/canonical-path.ts';
import { parseAttributePath } from '../schema/parse-attribute-path.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { AttributeSelection } from './list-query.ts';

/**
 * Most names one `attributes` or `excludedAttributes` may list. The User schema has fewer than 60
 * attribute paths, so an honest list is far shorter; a longer one is refused before each name is
 * resolved against the schema (RFC 7644 section 7: protect the service provider).
 */
export const MAX_SELECTED_ATTRIBUTES = 200;

function readNames(name: string, value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (parts === undefined || parts.some((part) => typeof part !== 'string')) {
    throw ScimError.invalidValue(`${name} must be a comma-separated string or an array of strings`);
  }
  if (parts.length > MAX_SELECTED_ATTRIBUTES) throw ScimError.invalidValue(`${name} lists ${parts.length} names; at most ${MAX_SELECTED_ATTRIBUTES} are accepted`);
  const names = (parts as string[]).map((part) => part.trim()).filter((part) => part !== '');
  return names.length === 0 ? undefined : names;
}

/** The canonical path for `text`, or `undefined` when the schema does not know it. */
export function resolveSelectionPath(text: string, schema: ResourceSchema): AttributePath | undefined {
  // A whole extension (`urn:...:enterprise:2.0:User`) is selected by its URN alone.
  const extension = schema.extensions.find((candidate) => sameName(candidate.id, text));
  if (extension !== undefined) return { schema: extension.id, attribute: '' };
  const path = parseAttributePath(text);
  if (path === undefined) return undefined;
  const resolved = resolveAttribute(schema, path);
  return resolved === undefined ? undefined : canonicalPath(resolved, schema);
}

function resolveAll(names: readonly string[], schema: ResourceSchema): AttributePath[] {
  return names.flatMap((text) => {
    const path = resolveSelectionPath(text, schema);
    return path === undefined ? [] : [path];
  });
}

export function parseAttributeSelection(attributes: unknown, excludedAttributes: unknown, schema: ResourceSchema): AttributeSelection {
  const include = readNames('attributes', attributes);
  const exclude = readNames('excludedAttributes', excludedAttributes);
  if (include !== undefined && exclude !== undefined) {
    throw ScimError.invalidSyntax('attributes and excludedAttributes cannot be used together; send one of them');
  }
  if (include !== undefined) return { kind: 'include', paths: resolveAll(include, schema) };
  if (exclude !== undefined) return { kind: 'exclude', paths: resolveAll(exclude, schema) };
  return { kind: 'default' };
}
