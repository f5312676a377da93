/**
 * Finds the definition an attribute path names (RFC 7644 section 3.10), case-insensitively
 * (RFC 7643 section 2.1). A path with the core schema's URN is the same as one without; a path
 * with an extension URN looks only in that extension; an unprefixed path looks in the common
 * attributes, then the core schema.
 */
import type { AttributePath } from '../attribute-path.ts';
import { sameName } from '../attribute-path.ts';
import { COMMON_ATTRIBUTES } from './common-attributes.ts';
import type { AttributeDefinition, ResourceSchema, SchemaDefinition } from './types.ts';

export interface ResolvedAttribute {
  /** The schema that defines the attribute; `undefined` for the common attributes (id, externalId, meta). */
  readonly schemaId: string | undefined;
  readonly attribute: AttributeDefinition;
  /** Present when the path names a sub-attribute. */
  readonly subAttribute?: AttributeDefinition;
}

function findIn(list: readonly AttributeDefinition[] | undefined, name: string): AttributeDefinition | undefined {
  return list?.find((candidate) => sameName(candidate.name, name));
}

function schemaFor(resource: ResourceSchema, urn: string): SchemaDefinition | undefined {
  return [resource.core, ...resource.extensions].find((schema) => sameName(schema.id, urn));
}

export function resolveAttribute(resource: ResourceSchema, path: AttributePath): ResolvedAttribute | undefined {
  let schemaId: string | undefined;
  let attribute: AttributeDefinition | undefined;
  if (path.schema !== undefined) {
    const schema = schemaFor(resource, path.schema);
    if (schema === undefined) return undefined;
    schemaId = schema.id;
    attribute = findIn(schema.attributes, path.attribute);
    // `urn:...:core:2.0:User:id` is legal too: the common attributes belong to every schema's resource.
    if (attribute === undefined && schema === resource.core) {
      attribute = findIn(COMMON_ATTRIBUTES, path.attribute);
      schemaId = attribute === undefined ? schemaId : undefined;
    }
  } else {
    attribute = findIn(COMMON_ATTRIBUTES, path.attribute);
    if (attribute === undefined) {
      attribute = findIn(resource.core.attributes, path.attribute);
      schemaId = resource.core.id;
    }
  }
  if (attribute === undefined) return undefined;
  if (path.subAttribute === undefined) return { schemaId, attribute };
  const subAttribute = findIn(attribute.subAttributes, path.subAttribute);
  return subAttribute === undefined ? undefined : { schemaId, attribute, subAttribute };
}
