/**
 * What this build of the gateway actually supports, advertised in /ServiceProviderConfig
 * (built by src/scim/discovery/build-service-provider-config.ts). Honesty over ambition: a flag
 * turns true in the same change that adds the route or feature (and its tests), never before.
 * IdPs such as Entra ID read these to decide how to call us (e.g. PATCH only when supported).
 */
import type { ServiceProviderCapabilities } from '../scim/discovery/build-service-provider-config.ts';
import { MAX_BODY_BYTES } from './middleware/parse-json-body.ts';

export const SERVER_CAPABILITIES: ServiceProviderCapabilities = {
  // No /Users or /Groups routes yet: nothing to PATCH, filter, sort or version.
  patch: false,
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: MAX_BODY_BYTES },
  filter: { supported: false, maxResults: 100 },
  // The Identity Store holds no passwords; sign-in is IAM Identity Center's business.
  changePassword: false,
  sort: false,
  etag: false,
  // Index paging is RFC 7644's baseline for any list; cursors (RFC 9865) are not offered yet.
  pagination: { cursor: false, index: true, defaultPaginationMethod: 'index', defaultPageSize: 100, maxPageSize: 100, cursorTimeout: 0 },
  authenticationSchemes: ['oauthbearertoken'],
};
