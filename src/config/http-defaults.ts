/**
 * Defaults of the HTTP hardening settings, shared by the configuration table and the docs
 * (docs/authentication.md; docs/decisions/0005-per-token-rate-limit.md says why these numbers).
 */

/**
 * Per-token token bucket. An IdP's provisioning engine works through a few connections, each
 * waiting for Identity Store calls (tens of milliseconds), so even an Okta import or an Entra
 * initial cycle stays well below 50 requests per second; the burst absorbs a pool of parallel
 * connections opening at once. The limit is there for a runaway or stolen token, not for IdPs.
 */
export const DEFAULT_RATE_LIMIT = { requestsPerSecond: 50, burst: 500 } as const;

/**
 * The per-request deadline. Above the longest honest request (an index-paged listing that has to
 * scan a large store page by page), below the timeouts IdPs give up at (Entra and Okta wait about
 * a minute or more before they retry).
 */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
