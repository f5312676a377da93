/**
 * Searches across every served resource type (RFC 7644 section 3.4.3): `POST /.search` with a
 * SearchRequest body, and `GET /` with the same parameters in the query string (RFC 7644
 * section 3.4.2.1 allows queries against the server root). Parsing is src/scim/list/parse-root-search.ts,
 * combining the types' pages is src/translate/search/search-all-types.ts.
 */
import express, { type Router } from 'express';
import type { RawListParameters } from '../../scim/list/build-list-query.ts';
import type { ListLimits } from '../../scim/list/list-query.ts';
import { parseRootSearch } from '../../scim/list/parse-root-search.ts';
import type { JsonObject } from '../../scim/resource.ts';
import { ScimError } from '../../scim/errors.ts';
import { getMember } from '../../scim/schema/get-member.ts';
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

const PARAMETERS = ['filter', 'startIndex', 'count', 'cursor', 'sortBy', 'sortOrder', 'attributes', 'excludedAttributes'] as const;

/** A SearchRequest body's parameters; member names are case-insensitive (RFC 7643 section 2.1). */
function bodyParameters(body: JsonObject): RawListParameters {
  return Object.fromEntries(PARAMETERS.map((name) => [name, getMember(body, name)]));
}

/** The query string's parameters, case-insensitively; one given twice is refused, as on /Users. */
function queryParameters(query: Readonly<Record<string, unknown>>): RawListParameters {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    const name = PARAMETERS.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    if (name === undefined) continue;
    if (Object.hasOwn(raw, name) || typeof value !== 'string') throw ScimError.invalidSyntax(`The query parameter ${name} must be given once, as a single value`);
    raw[name] = value;
  }
  return raw;
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
    // requireJsonBody has checked that the body is a JSON object.
    const search = parseRootSearch(bodyParameters(req.body as JsonObject), schemas, options.limits);
    sendScim(res, 200, await searchAllTypes(search, deps, scimRequestContext(req, res, options.publicUrl)));
  });
  router.get('/', canRead, async (req, res) => {
    const search = parseRootSearch(queryParameters(req.query), schemas, options.limits);
    sendScim(res, 200, await searchAllTypes(search, deps, scimRequestContext(req, res, options.publicUrl)));
  });
  return router;
}
