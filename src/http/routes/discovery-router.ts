/**
 * Discovery endpoints (RFC 7644 section 4): `/Schemas`, `/Schemas/{urn}`, `/ResourceTypes`,
 * `/ResourceTypes/{id}`. Only the resource types this gateway actually serves are advertised,
 * with the schemas they use, plus the schemas of the discovery documents themselves
 * (ServiceProviderConfig and ResourceType, RFC 7643 section 8.7.2); the collections answer as ListResponses (RFC 7644 section 4: filters
 * and paging are not supported there, so every entry is returned at once). Unknown ids are 404.
 */
import express, { type Router } from 'express';
import { buildResourceTypeResource } from '../../scim/discovery/build-resource-type-resource.ts';
import { buildSchemaResource } from '../../scim/discovery/build-schema-resource.ts';
import { ScimError } from '../../scim/errors.ts';
import { buildListResponse } from '../../scim/list/build-list-response.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { RESOURCE_TYPE_SCHEMA } from '../../scim/schema/resource-type-schema.ts';
import { SERVICE_PROVIDER_CONFIG_SCHEMA } from '../../scim/schema/service-provider-config-schema.ts';
import type { ResourceSchema, SchemaDefinition } from '../../scim/schema/types.ts';
import { scimBaseUrl } from '../scim-base-url.ts';
import { sendScim } from '../send-scim.ts';

function schemasOf(resources: readonly ResourceSchema[]): SchemaDefinition[] {
  const byId = new Map<string, SchemaDefinition>();
  for (const resource of resources) {
    for (const schema of [resource.core, ...resource.extensions]) byId.set(schema.id.toLowerCase(), schema);
  }
  return [...byId.values(), SERVICE_PROVIDER_CONFIG_SCHEMA, RESOURCE_TYPE_SCHEMA];
}

function sendList(res: express.Response, resources: readonly ScimResource[]): void {
  sendScim(res, 200, buildListResponse({ resources, totalResults: resources.length, startIndex: 1 }));
}

/** The representations are plain JSON objects; the cast only widens their precise types. */
function asResource(value: object): ScimResource {
  return value as ScimResource;
}

export function discoveryRouter(resources: readonly ResourceSchema[], publicUrl: string | undefined): Router {
  const schemas = schemasOf(resources);
  const router = express.Router({ caseSensitive: false, strict: false });

  router.get('/Schemas', (req, res) => {
    const baseUrl = scimBaseUrl(req, publicUrl);
    sendList(res, schemas.map((schema) => asResource(buildSchemaResource(schema, baseUrl))));
  });
  router.get('/Schemas/:urn', (req, res) => {
    // URNs are case-insensitive (RFC 8141 section 3.1 for the NID; SCIM clients vary the case).
    const urn = String(req.params['urn']).toLowerCase();
    const schema = schemas.find((candidate) => candidate.id.toLowerCase() === urn);
    if (schema === undefined) throw ScimError.notFound(`No schema ${String(req.params['urn']).slice(0, 200)}.`);
    sendScim(res, 200, buildSchemaResource(schema, scimBaseUrl(req, publicUrl)));
  });
  router.get('/ResourceTypes', (req, res) => {
    const baseUrl = scimBaseUrl(req, publicUrl);
    sendList(res, resources.map((resource) => asResource(buildResourceTypeResource(resource, baseUrl))));
  });
  router.get('/ResourceTypes/:id', (req, res) => {
    const id = String(req.params['id']).toLowerCase();
    const resource = resources.find((candidate) => candidate.resourceType.id.toLowerCase() === id);
    if (resource === undefined) throw ScimError.notFound(`No resource type ${String(req.params['id']).slice(0, 200)}.`);
    sendScim(res, 200, buildResourceTypeResource(resource, scimBaseUrl(req, publicUrl)));
  });
  return router;
}
