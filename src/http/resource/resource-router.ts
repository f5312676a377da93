/**
 * The routes of one SCIM resource type (RFC 7644 section 3.2), generic over its ResourceService
 * and ResourceSchema: `/Users` and `/Groups` are two instances of this table, not twin files.
 * Mounted under /scim/v2 after authenticate and parseJsonBody; each line reads as the pipeline:
 *
 *   scope check -> body check -> parse query/body -> call the service and answer
 */
import express, { type Router } from 'express';
import type { ListLimits } from '../../scim/list/list-query.ts';
import type { ResourceSchema } from '../../scim/schema/types.ts';
import type { ResourceService } from '../../translate/resource-service.ts';
import { requireAnyScope } from '../middleware/require-any-scope.ts';
import { requireJsonBody } from '../middleware/require-json-body.ts';
import { requireScope } from '../middleware/require-scope.ts';
import { parseListParameters, parseSearchBody, parseSelection } from './parse-request-steps.ts';
import { resourceHandlers } from './resource-handlers.ts';

export interface ResourceRouterOptions {
  /** SCIM_BRIDGE_PUBLIC_URL; undefined = derive URLs from each request. */
  readonly publicUrl: string | undefined;
  /** Paging limits, the same ones /ServiceProviderConfig advertises. */
  readonly limits: ListLimits;
}

const canRead = requireAnyScope('scim:read', 'scim:write');
const canWrite = requireScope('scim:write');

export function resourceRouter(schema: ResourceSchema, service: ResourceService, options: ResourceRouterOptions): Router {
  const handle = resourceHandlers(service, options.publicUrl);
  const selection = parseSelection(schema);
  const router = express.Router({ caseSensitive: false, strict: false });

  router.get('/', canRead, parseListParameters(schema, options.limits), handle.list);
  router.post('/.search', canRead, requireJsonBody, parseSearchBody(schema, options.limits), handle.list);
  router.get('/:id', canRead, selection, handle.get);
  router.post('/', canWrite, requireJsonBody, selection, handle.create);
  router.put('/:id', canWrite, requireJsonBody, selection, handle.replace);
  router.patch('/:id', canWrite, requireJsonBody, selection, handle.patch);
  router.delete('/:id', canWrite, handle.remove);
  return router;
}
