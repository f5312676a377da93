/**
 * The ServiceProviderConfig schema (RFC 7643 sections 5 and 8.7.2), plus the `pagination`
 * attribute of RFC 9865 section 4. Every attribute is read-only: the document describes the
 * server. /Schemas serves it so a client can discover what /ServiceProviderConfig contains.
 */
import { defineAttribute, type AttributeSpec } from './define-attribute.ts';
import type { AttributeDefinition, SchemaDefinition } from './types.ts';

export const SERVICE_PROVIDER_CONFIG_SCHEMA_ID = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';

const attr = (spec: AttributeSpec): AttributeDefinition => defineAttribute({ mutability: 'readOnly', ...spec });
const supported = (what: string): AttributeDefinition => attr({ name: 'supported', type: 'boolean', required: true, description: `Whether ${what} is supported.` });
const integer = (name: string, description: string): AttributeDefinition => attr({ name, type: 'integer', description });
const feature = (name: string, what: string, more: readonly AttributeDefinition[] = []): AttributeDefinition =>
  attr({ name, type: 'complex', required: true, description: `Options for ${what}.`, subAttributes: [supported(what), ...more] });

export const SERVICE_PROVIDER_CONFIG_SCHEMA: SchemaDefinition = {
  id: SERVICE_PROVIDER_CONFIG_SCHEMA_ID,
  name: 'Service Provider Configuration',
  description: "Schema for representing the service provider's configuration",
  attributes: [
    attr({ name: 'documentationUri', type: 'reference', referenceTypes: ['external'], description: 'An HTTP-addressable URL pointing to the service provider\'s human-consumable help documentation.' }),
    feature('patch', 'the PATCH operation'),
    feature('bulk', 'bulk operations', [
      integer('maxOperations', 'The maximum number of operations in one bulk request.'),
      integer('maxPayloadSize', 'The maximum payload size in bytes.'),
    ]),
    feature('filter', 'filtering', [integer('maxResults', 'The maximum number of resources returned in a response.')]),
    feature('changePassword', 'changing a password'),
    feature('sort', 'sorting'),
    feature('etag', 'ETags'),
    attr({ name: 'pagination', type: 'complex', description: 'Paging methods offered (RFC 9865 section 4).', subAttributes: [
      attr({ name: 'cursor', type: 'boolean', description: 'Whether cursor paging is supported.' }),
      attr({ name: 'index', type: 'boolean', description: 'Whether index (startIndex) paging is supported.' }),
      attr({ name: 'defaultPaginationMethod', canonicalValues: ['cursor', 'index'], description: 'The method used when a request names none.' }),
      integer('defaultPageSize', 'The page size used when a request gives no count.'),
      integer('maxPageSize', 'The largest page size served.'),
      integer('cursorTimeout', 'Seconds a cursor stays valid.'),
    ] }),
    attr({ name: 'authenticationSchemes', type: 'complex', multiValued: true, required: true, description: 'Supported authentication schemes.', subAttributes: [
      attr({ name: 'type', required: true, canonicalValues: ['oauth', 'oauth2', 'oauthbearertoken', 'httpbasic', 'httpdigest'], description: 'The authentication scheme.' }),
      attr({ name: 'name', required: true, description: 'The common authentication scheme name.' }),
      attr({ name: 'description', required: true, description: 'A description of the authentication scheme.' }),
      attr({ name: 'specUri', type: 'reference', referenceTypes: ['external'], description: "An HTTP-addressable URL pointing to the authentication scheme's specification." }),
      attr({ name: 'documentationUri', type: 'reference', referenceTypes: ['external'], description: "An HTTP-addressable URL pointing to the authentication scheme's usage documentation." }),
      attr({ name: 'primary', type: 'boolean', description: 'Whether this is the preferred scheme.' }),
    ] }),
  ],
};
