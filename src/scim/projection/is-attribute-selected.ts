/**
 * Whether any part of an attribute will be returned for a selection (RFC 7644 section 3.4.2.5).
 * Lets the translation layer skip work the client did not ask for:
 * `GET /Groups/{id}?excludedAttributes=members` needs no membership reads.
 */
import type { AttributePath } from '../attribute-path.ts';
import type { AttributeSelection } from '../list/list-query.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { selectAttribute } from './select-attribute.ts';

export function isAttributeSelected(schema: ResourceSchema, selection: AttributeSelection, path: AttributePath): boolean {
  const resolved = resolveAttribute(schema, path);
  if (resolved === undefined) return false;
  const extensionId = resolved.schemaId !== undefined && resolved.schemaId !== schema.core.id ? resolved.schemaId : undefined;
  const filter = selectAttribute(resolved.attribute, extensionId, selection);
  if (filter === undefined) return false;
  return resolved.subAttribute === undefined || filter(resolved.subAttribute);
}
