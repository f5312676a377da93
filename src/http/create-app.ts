/**
 * The HTTP application: the route table reads like the request pipeline (style.md practice 1).
 *
 *   every request   requestId -> accessLog -> auditLog -> helmet -> httpMetrics -> closeWhileDraining
 *   /healthz         liveness
 *   /readyz          readiness (gateway state, Identity Store, not draining)
 *   /metrics         Prometheus text (docs/observability.md)
 *   /scim/v2/*       requestDeadline -> authenticate -> rateLimitPerToken -> rejectDuplicateQueryParameters
 *                    -> parseJsonBody -> route steps -> sendScim
 *     /ServiceProviderConfig, /Schemas, /ResourceTypes   discovery (RFC 7644 section 4)
 *     /Users, /Groups  resourceRouter: scope -> body -> parse -> ResourceService -> answer
 *     /.search, GET /  root search across the served types (RFC 7644 section 3.4.3)
 *     /Bulk            bulkRouter: parse -> each operation through the same ResourceServices
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
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../config/http-defaults.ts';
import type { TrustProxy } from '../config/parse-trust-proxy.ts';
import type { Logger } from '../observability/logger.ts';
import type { ReadinessCheck } from '../observability/readiness.ts';
import type { ServiceProviderCapabilities } from '../scim/discovery/build-service-provider-config.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../scim/schema/resource-schemas.ts';
import type { ResourceSchema } from '../scim/schema/types.ts';
import type { ResourceService } from '../translate/resource-service.ts';
import { createErrorHandler } from './error-handler.ts';
import type { GatewayMetrics } from '../observability/metrics.ts';
import { accessLog } from './middleware/access-log.ts';
import { auditLog } from './middleware/audit-log.ts';
import { closeWhileDraining } from './middleware/close-while-draining.ts';
import { httpMetrics } from './middleware/http-metrics.ts';
import { authenticate } from './middleware/authenticate.ts';
import { parseJsonBody } from './middleware/parse-json-body.ts';
import { rateLimitPerToken } from './middleware/rate-limit-per-token.ts';
import { rejectDuplicateQueryParameters } from './middleware/reject-duplicate-query-parameters.ts';
import { requestDeadline } from './middleware/request-deadline.ts';
import { TokenBucketLimiter, type RateLimit } from './rate-limit/token-bucket-limiter.ts';
import { requestId } from './middleware/request-id.ts';
import { resourceRouter } from './resource/resource-router.ts';
import { bulkRouter } from './routes/bulk-router.ts';
import { discoveryRouter } from './routes/discovery-router.ts';
import { healthz } from './routes/healthz.ts';
import { metricsRoute } from './routes/metrics.ts';
import { notFound } from './routes/not-found.ts';
import { notImplemented } from './routes/not-implemented.ts';
import { readyz } from './routes/readyz.ts';
import { rootSearchRouter } from './routes/root-search-router.ts';
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
  /** express `trust proxy` (SCIM_BRIDGE_TRUST_PROXY); false when absent. */
  readonly trustProxy?: TrustProxy;
  /** Serve /ServiceProviderConfig, /ResourceTypes, /Schemas without a token (SCIM_BRIDGE_PUBLIC_DISCOVERY). */
  readonly publicDiscovery?: boolean;
  /** Per-token token bucket on /scim/v2; absent = no limit. */
  readonly rateLimit?: RateLimit | undefined;
  /** Per-request deadline on /scim/v2 (503 after it); DEFAULT_REQUEST_TIMEOUT_SECONDS when absent. */
  readonly requestTimeoutMs?: number;
  /** Serves /Users when given; /ResourceTypes and /Schemas advertise only what is served. */
  readonly users?: ResourceService;
  /** Serves /Groups when given. */
  readonly groups?: ResourceService;
  /** Prometheus metrics: counted per request, served at GET /metrics when `serveMetrics` is not false. */
  readonly metrics?: GatewayMetrics;
  readonly serveMetrics?: boolean;
  /** Where audit lines go (docs/observability.md); `logger` when absent. */
  readonly auditLogger?: Logger;
  /** True while the gateway drains for shutdown: responses ask clients to reconnect elsewhere. */
  readonly draining?: () => boolean;
}

interface ServedResource {
  readonly schema: ResourceSchema;
  readonly service: ResourceService;
}

/** The resource types this app serves, in the order root searches list them. */
function servedResources(deps: AppDeps): ServedResource[] {
  const served: ServedResource[] = [];
  if (deps.users !== undefined) served.push({ schema: USER_RESOURCE_SCHEMA, service: deps.users });
  if (deps.groups !== undefined) served.push({ schema: GROUP_RESOURCE_SCHEMA, service: deps.groups });
  return served;
}

/** `/Users` -> `Users`: how Bulk operation paths name an endpoint. */
function endpointName(schema: ResourceSchema): string {
  return schema.resourceType.endpoint.replace(/^\//, '');
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every body into a weak ETag and answer If-None-Match by itself; SCIM ETags
  // (meta.version) are the resource layer's to set, and /ServiceProviderConfig says whether they exist.
  app.set('etag', false);
  // IdPs send `?filter=...&attributes=...`; the simple parser keeps `a[b]=c` as a literal key.
  app.set('query parser', 'simple');
  // Whose X-Forwarded-* headers count for req.protocol, req.host and req.ip (scim-base-url.ts).
  app.set('trust proxy', deps.trustProxy ?? false);
  const errorHandler = createErrorHandler(deps.logger);

  app.use(requestId);
  app.use(accessLog(deps.logger), auditLog(deps.auditLogger ?? deps.logger, deps.metrics), helmet());
  if (deps.metrics !== undefined) app.use(httpMetrics(deps.metrics));
  if (deps.draining !== undefined) app.use(closeWhileDraining(deps.draining));

  app.get('/healthz', healthz);
  app.get('/readyz', readyz(deps.readiness, deps.logger, deps.readinessTimeoutMs));
  if (deps.metrics !== undefined && deps.serveMetrics !== false) app.get('/metrics', metricsRoute(deps.metrics.registry));

  const scim = express.Router({ caseSensitive: false, strict: false });
  const requestTimeoutMs = deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000;
  scim.use(requestDeadline(requestTimeoutMs, errorHandler));
  const capabilities = deps.capabilities ?? SERVER_CAPABILITIES;
  const routing = { publicUrl: deps.publicUrl, limits: capabilities.pagination };
  const served = servedResources(deps);
  const discovery = express.Router({ caseSensitive: false, strict: false });
  discovery.get('/ServiceProviderConfig', serviceProviderConfig(capabilities, deps.publicUrl));
  discovery.use(discoveryRouter(served.map((resource) => resource.schema), deps.publicUrl));
  // Discovery needs a token like everything else unless the operator made it public.
  if (deps.publicDiscovery === true) scim.use(discovery);
  // Authenticate before reading a body: anonymous clients cannot make us parse a megabyte of JSON.
  // The rate limit keys on the verified token, so it comes right after.
  scim.use(authenticate(deps.verifyToken));
  if (deps.rateLimit !== undefined) scim.use(rateLimitPerToken(new TokenBucketLimiter(deps.rateLimit)));
  scim.use(rejectDuplicateQueryParameters, parseJsonBody);
  // Express would answer OPTIONS itself (200, text/plain); SCIM defines no OPTIONS, and every answer is a SCIM body.
  scim.options('{*rest}', notImplemented('OPTIONS is not supported: SCIM endpoints answer GET, POST, PUT, PATCH and DELETE (RFC 7644 section 3.2).'));
  if (deps.publicDiscovery !== true) scim.use(discovery);
  for (const { schema, service } of served) scim.use(schema.resourceType.endpoint, resourceRouter(schema, service, routing));
  if (served.length > 0) {
    scim.use(rootSearchRouter({ types: served, limits: capabilities.pagination, publicUrl: deps.publicUrl }));
    if (capabilities.bulk.supported) {
      const services = new Map(served.map((resource) => [endpointName(resource.schema), resource.service]));
      const resourceTypes = new Map(served.map((resource) => [endpointName(resource.schema), resource.schema.resourceType.name]));
      scim.use(bulkRouter({
        services, limits: capabilities.bulk, publicUrl: deps.publicUrl, logger: deps.logger,
        auditLogger: deps.auditLogger ?? deps.logger, metrics: deps.metrics, resourceTypes,
        requestTimeoutMs,
      }));
    }
  }
  scim.all('/Me{/*rest}', notImplemented('/Me is not supported: scim-bridge serves identity providers, not end users.'));
  app.use(SCIM_BASE_PATH, scim);

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
