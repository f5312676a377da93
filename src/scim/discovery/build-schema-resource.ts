/**
 * The `/Schemas/{id}` representation of a schema (RFC 7643 section 7, examples in section 8.7.1).
 * `maxValues` is not an RFC 7643 characteristic, so it stays internal; each attribute's
 * description states the single-value rule instead, for people and for generated docs.
 */
import type { AttributeDefinition, SchemaDefinition } from '../schema/types.ts';

export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

export interface SchemaAttributeRepresentation {
  readonly name: string;
  readonly type: AttributeDefinition['type'];
  readonly multiValued: boolean;
  readonly description: string;
  readonly required: boolean;
  readonly caseExact: boolean;
  readonly mutability: AttributeDefinition['mutability'];
  readonly returned: AttributeDefinition['returned'];
  readonly uniqueness: AttributeDefinition['uniqueness'];
  readonly canonicalValues?: readonly string[];
  readonly referenceTypes?: readonly string[];
  readonly subAttributes?: readonly SchemaAttributeRepresentation[];
}

export interface SchemaRepresentation {
  readonly schemas: readonly [typeof SCHEMA_SCHEMA];
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly attributes: readonly SchemaAttributeRepresentation[];
  readonly meta: { readonly resourceType: 'Schema'; readonly location: string };
}

function representAttribute(attribute: AttributeDefinition): SchemaAttributeRepresentation {
  return {
    name: attribute.name,
    type: attribute.type,
    multiValued: attribute.multiValued,
    description: attribute.description,
    required: attribute.required,
    caseExact: attribute.caseExact,
    mutability: attribute.mutability,
    returned: attribute.returned,
    uniqueness: attribute.uniqueness,
    ...(attribute.canonicalValues === undefined ? {} : { canonicalValues: attribute.canonicalValues }),
    ...(attribute.referenceTypes === undefined ? {} : { referenceTypes: attribute.referenceTypes }),
    ...(attribute.subAttributes === undefined ? {} : { subAttributes: attribute.subAttributes.map(representAttribute) }),
  };
}

/** `baseUrl` is the SCIM base, e.g. `https://host/scim/v2`, with or without a trailing slash. */
export function buildSchemaResource(schema: SchemaDefinition, baseUrl: string): SchemaRepresentation {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map(representAttribute),
    meta: { resourceType: 'Schema', location: `${baseUrl.replace(/\/+$/, '')}/Schemas/${schema.id}` },
  };
}
