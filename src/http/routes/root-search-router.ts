/**
 * Searches across every served resource type (RFC 7644 section 3.4.3): `POST /.search` with a
 * SearchRequest body, and `GET /` with the same parameters in the query string (RFC 7644
 * section 3.4.2.1 allows queries against the server root). Parsing is src/scim/list/parse-root-search.ts,
 * combining the types' pages is src/translate/search/search-all-types.ts.
 */
import express, { type Router } from 'express';
import type { ListLimits } from '../../scim/list/list-query.ts';
import { readListParameters, type QueryParameters } from '../../scim/list/parse-list-query.ts';
import { parseRootSearch } from '../../scim/list/parse-root-search.ts';
import { readSearchParameters } from '../../scim/list/parse-search-request.ts';
import type { ResourceSchema } from '../../scim/schema/types.ts';
import type { ResourceService } from '../../translate/resource-service.ts';
import { searchAllTypes } from '../../translate/search/search-all-types.ts';
import { requireAnyScope } from '../middleware/require-any-scope.ts';
import { requireJsonBody } from '../middleware/require-json-body.ts';
import { scimRequestContext } from '../resource/scim-request-context.ts';
import { sendScim } from '../send-scim.ts';

export interface SearchableType {
  readonly schema: ResourceSchema;
  readonly service: ResourceService;
}

export interface RootSearchRouterOptions {
  readonly types: readonly SearchableType[];
  readonly limits: ListLimits;
  readonly publicUrl: string | undefined;
}

export function rootSearchRouter(options: RootSearchRouterOptions): Router {
  const router = express.Router({ caseSensitive: false, strict: false });
  const schemas = options.types.map((type) => type.schema);
  const deps = {
    services: new Map(options.types.map((type) => [type.schema.resourceType.name, type.service])),
    pageSize: options.limits.maxPageSize,
  };
  const canRead = requireAnyScope('scim:read', 'scim:write');
  router.post('/.search', canRead, requireJsonBody, async (req, res) => {
    const search = parseRootSearch(readSearchParameters(req.body), schemas, options.limits);
    sendScim(res, 200, await searchAllTypes(search, deps, scimRequestContext(req, res, options.publicUrl)));
  });
  router.get('/', canRead, async (req, res) => {
    const search = parseRootSearch(readListParameters(req.query as QueryParameters), schemas, options.limits);
    sendScim(res, 200, await searchAllTypes(search, deps, scimRequestContext(req, res, options.publicUrl)));
  });
  return router;
}
