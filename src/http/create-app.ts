/**
 * The HTTP application: the route table reads like the request pipeline (style.md practice 1).
 *
 *   every request   requestId -> accessLog -> helmet
 *   /healthz         liveness
 *   /readyz          readiness (gateway state, Identity Store)
 *   /scim/v2/*       authenticate -> parseJsonBody -> route steps -> sendScim
 *     /ServiceProviderConfig, /Schemas, /ResourceTypes   discovery (RFC 7644 section 4)
 *     /Users           resourceRouter: scope -> body -> parse -> ResourceService -> answer
 *     /Me              501
 *   anything else    notFound
 *   errors           errorHandler (the only place that writes error bodies)
 *
 * Express is imported only under src/http (lint-enforced); everything the routes need comes in
 * through AppDeps, so tests build the app with real dependencies and no globals.
 */
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { TokenVerifier } from '../auth/verify-token.ts';
import type { Logger } from '../observability/logger.ts';
import type { ReadinessCheck } from '../observability/readiness.ts';
import type { ServiceProviderCapabilities } from '../scim/discovery/build-service-provider-config.ts';
import { USER_RESOURCE_SCHEMA } from '../scim/schema/resource-schemas.ts';
import type { ResourceSchema } from '../scim/schema/types.ts';
import type { ResourceService } from '../translate/resource-service.ts';
import { createErrorHandler } from './error-handler.ts';
import { accessLog } from './middleware/access-log.ts';
import { authenticate } from './middleware/authenticate.ts';
import { parseJsonBody } from './middleware/parse-json-body.ts';
import { requestId } from './middleware/request-id.ts';
import { resourceRouter } from './resource/resource-router.ts';
import { discoveryRouter } from './routes/discovery-router.ts';
import { healthz } from './routes/healthz.ts';
import { notFound } from './routes/not-found.ts';
import { notImplemented } from './routes/not-implemented.ts';
import { readyz } from './routes/readyz.ts';
import { serviceProviderConfig } from './routes/service-provider-config.ts';
import { SCIM_BASE_PATH } from './scim-base-url.ts';
import { SERVER_CAPABILITIES } from './server-capabilities.ts';

export interface AppDeps {
  readonly verifyToken: TokenVerifier;
  readonly readiness: readonly ReadinessCheck[];
  readonly logger: Logger;
  /** SCIM_BRIDGE_PUBLIC_URL; undefined = derive URLs from each request. */
  readonly publicUrl: string | undefined;
  /** Defaults to what this build implements (server-capabilities.ts). */
  readonly capabilities?: ServiceProviderCapabilities;
  readonly readinessTimeoutMs?: number;
  /** Serves /Users when given; /ResourceTypes and /Schemas advertise only what is served. */
  readonly users?: ResourceService;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every body into a weak ETag and answer If-None-Match by itself; SCIM ETags
  // (meta.version) are the resource layer's to set, and /ServiceProviderConfig says whether they exist.
  app.set('etag', false);
  // IdPs send `?filter=...&attributes=...`; the simple parser keeps `a[b]=c` as a literal key.
  app.set('query parser', 'simple');

  app.use(requestId, accessLog(deps.logger), helmet());

  app.get('/healthz', healthz);
  app.get('/readyz', readyz(deps.readiness, deps.logger, deps.readinessTimeoutMs));

  const scim = express.Router({ caseSensitive: false, strict: false });
  // Authenticate before reading a body: anonymous clients cannot make us parse a megabyte of JSON.
  scim.use(authenticate(deps.verifyToken), parseJsonBody);
  const capabilities = deps.capabilities ?? SERVER_CAPABILITIES;
  const routing = { publicUrl: deps.publicUrl, limits: capabilities.pagination };
  const served: ResourceSchema[] = deps.users === undefined ? [] : [USER_RESOURCE_SCHEMA];
  scim.get('/ServiceProviderConfig', serviceProviderConfig(capabilities, deps.publicUrl));
  scim.use(discoveryRouter(served, deps.publicUrl));
  if (deps.users !== undefined) scim.use('/Users', resourceRouter(USER_RESOURCE_SCHEMA, deps.users, routing));
  scim.all('/Me{/*rest}', notImplemented('/Me is not supported: scim-bridge serves identity providers, not end users.'));
  app.use(SCIM_BASE_PATH, scim);

  app.use(notFound);
  app.use(createErrorHandler(deps.logger));
  return app;
}
