/**
 * The last step of each resource route: call the ResourceService and answer (RFC 7644 sections
 * 3.3 create, 3.4.1 get, 3.4.2/3.4.3 list and search, 3.5.1 replace, 3.5.2 patch, 3.6 delete,
 * 3.14 versions). Generic over the resource type: Users and Groups share these.
 */
import type { Request, RequestHandler } from 'express';
import { ScimError } from '../../scim/errors.ts';
import type { Preconditions, ResourceService } from '../../translate/resource-service.ts';
import { sendScim } from '../send-scim.ts';
import { entityTagListMatches } from '../../scim/entity-tag-list-matches.ts';
import { listQueryOf, selectionOf } from './resource-locals.ts';
import { scimRequestContext } from './scim-request-context.ts';
import { sendResource } from './send-resource.ts';

export interface ResourceHandlers {
  readonly list: RequestHandler;
  readonly get: RequestHandler;
  readonly create: RequestHandler;
  readonly replace: RequestHandler;
  readonly patch: RequestHandler;
  readonly remove: RequestHandler;
}

function idOf(req: Request): string {
  const id = req.params['id'];
  // The route table always declares :id for these handlers.
  if (typeof id !== 'string') throw ScimError.notFound('No resource id in the request path.');
  return id;
}

/** `If-Match` goes to the service, which knows the current version and answers 412. */
function preconditionsOf(req: Request): Preconditions {
  const ifMatch = req.get('if-match');
  return ifMatch === undefined ? {} : { ifMatch };
}

export function resourceHandlers(service: ResourceService, publicUrl: string | undefined): ResourceHandlers {
  return {
    list: async (req, res) => {
      sendScim(res, 200, await service.list(listQueryOf(res), scimRequestContext(req, res, publicUrl)));
    },
    get: async (req, res) => {
      const result = await service.get(idOf(req), selectionOf(res), scimRequestContext(req, res, publicUrl));
      const ifNoneMatch = req.get('if-none-match');
      if (ifNoneMatch !== undefined && entityTagListMatches(ifNoneMatch, result.version)) {
        // RFC 7232 section 4.1: 304 carries the ETag and no body.
        res.status(304).set('ETag', result.version).end();
        return;
      }
      sendResource(res, 200, result);
    },
    create: async (req, res) => {
      sendResource(res, 201, await service.create(req.body, selectionOf(res), scimRequestContext(req, res, publicUrl)));
    },
    replace: async (req, res) => {
      sendResource(res, 200, await service.replace(idOf(req), req.body, selectionOf(res), scimRequestContext(req, res, publicUrl), preconditionsOf(req)));
    },
    // RFC 7644 section 3.5.2: 200 with the resource (honouring `attributes`) rather than 204, so
    // IdPs that read the result back (Entra, Okta) see what the store now holds.
    patch: async (req, res) => {
      sendResource(res, 200, await service.patch(idOf(req), req.body, selectionOf(res), scimRequestContext(req, res, publicUrl), preconditionsOf(req)));
    },
    remove: async (req, res) => {
      await service.remove(idOf(req), scimRequestContext(req, res, publicUrl), preconditionsOf(req));
      res.status(204).end();
    },
  };
}
