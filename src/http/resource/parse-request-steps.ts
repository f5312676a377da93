/**
 * The parsing steps of a resource route (RFC 7644 sections 3.4.2, 3.4.3 and 3.9): each turns
 * what the client sent into the SCIM core's types and leaves it for the step that calls the
 * service (resource-locals.ts). Pure parsing lives in src/scim/list; these only adapt express.
 */
import type { Request, RequestHandler } from 'express';
import { parseAttributeSelection } from '../../scim/list/parse-attribute-selection.ts';
import { parseListQuery, type QueryParameters } from '../../scim/list/parse-list-query.ts';
import { parseSearchRequest } from '../../scim/list/parse-search-request.ts';
import type { ListLimits } from '../../scim/list/list-query.ts';
import type { ResourceSchema } from '../../scim/schema/types.ts';
import { setListQuery, setSelection } from './resource-locals.ts';

/** `GET /Users?filter=...&startIndex=...`: the query string as a ListQuery. */
export function parseListParameters(schema: ResourceSchema, limits: ListLimits): RequestHandler {
  return (req, res, next) => {
    setListQuery(res, parseListQuery(req.query as QueryParameters, schema, limits));
    next();
  };
}

/** `POST /Users/.search`: the SearchRequest body as a ListQuery. */
export function parseSearchBody(schema: ResourceSchema, limits: ListLimits): RequestHandler {
  return (req, res, next) => {
    setListQuery(res, parseSearchRequest(req.body, schema, limits));
    next();
  };
}

/** Parameter names match case-insensitively, as in parse-list-query.ts. */
function queryParameter(req: Request, name: string): unknown {
  const key = Object.keys(req.query).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (req.query as Record<string, unknown>)[key];
}

/**
 * `?attributes=` / `?excludedAttributes=` on single-resource requests, including POST, PUT and
 * PATCH (RFC 7644 section 3.9), which shape the resource we answer with.
 */
export function parseSelection(schema: ResourceSchema): RequestHandler {
  return (req, res, next) => {
    setSelection(res, parseAttributeSelection(queryParameter(req, 'attributes'), queryParameter(req, 'excludedAttributes'), schema));
    next();
  };
}
