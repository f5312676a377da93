/**
 * Finds the schema definitions a canonical PATCH path names (RFC 7644 section 3.5.2, paths per
 * section 3.10) and where the attribute lives in a resource: at the top level (core and common
 * attributes) or under its extension's URN key (RFC 7643 section 3.3).
 */
import { ScimError } from '../errors.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { AttributeDefinition, ResourceSchema } from '../schema/types.ts';
import type { PatchPath } from './patch-operation.ts';
import { formatPatchPath } from './patch-operation.ts';

export interface PatchTarget {
  /** The extension URN whose object holds the attribute; undefined = the resource's top level. */
  readonly container: string | undefined;
  readonly attribute: AttributeDefinition;
  readonly subAttribute?: AttributeDefinition;
}

export function resolvePatchTarget(path: PatchPath, schema: ResourceSchema): PatchTarget {
  const { attribute: attributePath, filter, subAttribute } = path;
  const resolved = resolveAttribute(schema, {
    ...(attributePath.schema === undefined ? {} : { schema: attributePath.schema }),
    attribute: attributePath.attribute,
    ...(subAttribute === undefined ? {} : { subAttribute }),
  });
  if (resolved === undefined || attributePath.subAttribute !== undefined) {
    throw ScimError.invalidPath(`"${formatPatchPath(path)}" is not an attribute of ${schema.resourceType.name} resources`);
  }
  if (filter !== undefined && !resolved.attribute.multiValued) {
    throw ScimError.invalidPath(`"${formatPatchPath(path)}": a value filter needs a multi-valued attribute`);
  }
  const container = resolved.schemaId === undefined || resolved.schemaId === schema.core.id ? undefined : resolved.schemaId;
  return {
    container,
    attribute: resolved.attribute,
    ...(resolved.subAttribute === undefined ? {} : { subAttribute: resolved.subAttribute }),
  };
}
