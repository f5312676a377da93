/**
 * The ResourceType schema (RFC 7643 sections 6 and 8.7.2): what each entry of /ResourceTypes
 * contains. Read-only, served from /Schemas for discovery.
 */
import { defineAttribute, type AttributeSpec } from './define-attribute.ts';
import type { AttributeDefinition, SchemaDefinition } from './types.ts';

export const RESOURCE_TYPE_SCHEMA_ID = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';

const attr = (spec: AttributeSpec): AttributeDefinition => defineAttribute({ mutability: 'readOnly', ...spec });

export const RESOURCE_TYPE_SCHEMA: SchemaDefinition = {
  id: RESOURCE_TYPE_SCHEMA_ID,
  name: 'ResourceType',
  description: 'Specifies the schema that describes a SCIM resource type',
  attributes: [
    attr({ name: 'id', description: "The resource type's server unique id; the same as the 'name' attribute." }),
    attr({ name: 'name', required: true, description: 'The resource type name, e.g. User or Group.' }),
    attr({ name: 'description', description: "The resource type's human-readable description." }),
    attr({ name: 'endpoint', type: 'reference', referenceTypes: ['uri'], required: true, description: "The resource type's HTTP-addressable endpoint relative to the base URL, e.g. /Users." }),
    attr({ name: 'schema', type: 'reference', referenceTypes: ['uri'], required: true, caseExact: true, description: "The resource type's primary/base schema URI." }),
    attr({ name: 'schemaExtensions', type: 'complex', multiValued: true, description: "A list of URIs of the resource type's schema extensions.", subAttributes: [
      attr({ name: 'schema', type: 'reference', referenceTypes: ['uri'], required: true, caseExact: true, description: 'The URI of a schema extension.' }),
      attr({ name: 'required', type: 'boolean', required: true, description: 'Whether resources of this type must include this extension.' }),
    ] }),
  ],
};
