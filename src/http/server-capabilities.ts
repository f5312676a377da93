/**
 * What this build of the gateway actually supports, advertised in /ServiceProviderConfig
 * (built by src/scim/discovery/build-service-provider-config.ts; RFC 7643 section 5, RFC 9865
 * section 4). Honesty over ambition: a flag turns true in the same change that adds the route or
 * feature (and its tests), never before. IdPs such as Entra ID read these to decide how to call
 * us (e.g. PATCH only when supported).
 */
import type { ServiceProviderCapabilities } from '../scim/discovery/build-service-provider-config.ts';
import { CURSOR_TTL_MS } from '../translate/query/page-cursor.ts';
import { MAX_BODY_BYTES } from './middleware/parse-json-body.ts';

/** One Identity Store ListUsers page (MaxResults 1-100): a SCIM page never spans two. */
const MAX_PAGE_SIZE = 100;

/**
 * Operations per Bulk request. At the Identity Store's default rate a thousand single-call
 * operations take seconds, not minutes, so a request finishes well inside IdP and proxy timeouts.
 */
export const MAX_BULK_OPERATIONS = 1000;

export const SERVER_CAPABILITIES: ServiceProviderCapabilities = {
  // PATCH /Users/{id}: every IdP dialect normalised (src/scim/patch).
  patch: true,
  // /Bulk (src/http/routes/bulk-router.ts): operations run one at a time, each with its own
  // Identity Store calls, so a request is bounded by count as well as by size.
  bulk: { supported: true, maxOperations: MAX_BULK_OPERATIONS, maxPayloadSize: MAX_BODY_BYTES },
  // RFC 7643 section 5: filter.maxResults is the most resources one response returns, i.e. the page size cap.
  filter: { supported: true, maxResults: MAX_PAGE_SIZE },
  // The Identity Store holds no passwords; sign-in is IAM Identity Center's business.
  changePassword: false,
  sort: true,
  // meta.version / ETag on every resource; If-Match (412) and If-None-Match (304).
  etag: true,
  // Index paging is the default (every IdP uses it); cursors (RFC 9865) live in gateway state for
  // CURSOR_TTL_MS (src/translate/query/page-cursor.ts), advertised here in seconds.
  pagination: {
    cursor: true,
    index: true,
    defaultPaginationMethod: 'index',
    defaultPageSize: MAX_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
    cursorTimeout: Math.floor(CURSOR_TTL_MS / 1000),
  },
  authenticationSchemes: ['oauthbearertoken'],
};
