/**
 * Writes a resolved attribute back as a path in the schema's own spelling (RFC 7643 section 2.1
 * lets clients write names in any case; the rest of the code compares canonical names only).
 * The URN prefix is kept for extension attributes and dropped for core and common ones, which
 * need none.
 */
import type { AttributePath } from '../attribute-path.ts';
import type { ResolvedAttribute } from './resolve-attribute.ts';
import type { ResourceSchema } from './types.ts';

export function canonicalPath(resolved: ResolvedAttribute, schema: ResourceSchema): AttributePath {
  const extension = resolved.schemaId !== undefined && resolved.schemaId !== schema.core.id ? resolved.schemaId : undefined;
  return {
    ...(extension === undefined ? {} : { schema: extension }),
    attribute: resolved.attribute.name,
    ...(resolved.subAttribute === undefined ? {} : { subAttribute: resolved.subAttribute.name }),
  };
}
