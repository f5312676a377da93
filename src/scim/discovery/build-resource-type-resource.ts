/**
 * The `/ResourceTypes/{id}` representation (RFC 7643 section 6, example in section 8.6).
 */
import { RESOURCE_TYPE_SCHEMA_ID } from '../schema/resource-type-schema.ts';
import type { ResourceSchema, SchemaExtensionRef } from '../schema/types.ts';

export interface ResourceTypeRepresentation {
  readonly schemas: readonly [typeof RESOURCE_TYPE_SCHEMA_ID];
  readonly id: string;
  readonly name: string;
  readonly endpoint: string;
  readonly description: string;
  readonly schema: string;
  readonly schemaExtensions: readonly SchemaExtensionRef[];
  readonly meta: { readonly resourceType: 'ResourceType'; readonly location: string };
}

/** `baseUrl` is the SCIM base, e.g. `https://host/scim/v2`, with or without a trailing slash. */
export function buildResourceTypeResource(resource: ResourceSchema, baseUrl: string): ResourceTypeRepresentation {
  const type = resource.resourceType;
  return {
    schemas: [RESOURCE_TYPE_SCHEMA_ID],
    id: type.id,
    name: type.name,
    endpoint: type.endpoint,
    description: type.description,
    schema: type.schema,
    schemaExtensions: type.schemaExtensions.map((extension) => ({ schema: extension.schema, required: extension.required })),
    meta: { resourceType: 'ResourceType', location: `${baseUrl.replace(/\/+$/, '')}/ResourceTypes/${type.id}` },
  };
}
