/**
 * Entry point of the emulated SSO portal API (sso-2019-06-10 service model, restJson1 protocol;
 * real endpoint `portal.sso.<region>.amazonaws.com`). The emulator's server offers every request
 * here first; `undefined` means "not a portal route" and the request goes on to the Identity
 * Store.
 *
 * The portal operations are `noAuth` in the model: they are not SigV4-signed but carry the SSO
 * access token in `x-amz-sso_bearer_token`. Pipeline: route -> injected throttle -> access token
 * -> operation.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CredentialRegistry } from '../credentials.ts';
import { getRoleCredentials } from './operations/get-role-credentials.ts';
import { listAccountRoles } from './operations/list-account-roles.ts';
import { listAccounts } from './operations/list-accounts.ts';
import { logout } from './operations/logout.ts';
import type { PortalOperation } from './operations/portal-operation.ts';
import { portalError } from './portal-response.ts';
import type { PortalResponse } from './portal-response.ts';
import type { SsoPortal } from './sso-portal.ts';

export { SsoPortal } from './sso-portal.ts';
export type { PortalAccount, PortalAccessToken, SsoPortalOptions } from './sso-portal.ts';
export type { PortalResponse } from './portal-response.ts';

export interface PortalRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** The route table: path -> method and operation, as the model's `http` bindings give them. */
const ROUTES: Readonly<Record<string, { readonly method: string; readonly operation: PortalOperation }>> = {
  '/federation/credentials': { method: 'GET', operation: getRoleCredentials },
  '/assignment/accounts': { method: 'GET', operation: listAccounts },
  '/assignment/roles': { method: 'GET', operation: listAccountRoles },
  '/logout': { method: 'POST', operation: logout },
};

/** Header carrying the access token (`locationName` of every `accessToken` member). */
const TOKEN_HEADER = 'x-amz-sso_bearer_token';

/** AWS's message for a token it does not know, has expired or was logged out. */
const INVALID_SESSION = 'Session token not found or invalid';

function withRequestId(response: PortalResponse): PortalResponse {
  return { ...response, headers: { ...response.headers, 'x-amzn-requestid': crypto.randomUUID() } };
}

export function handleSsoPortal(
  request: PortalRequest,
  registry: CredentialRegistry,
  portal: SsoPortal,
): PortalResponse | undefined {
  const path = request.path.length > 1 && request.path.endsWith('/') ? request.path.slice(0, -1) : request.path;
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (route === undefined) return undefined;
  if (request.method.toUpperCase() !== route.method) {
    return withRequestId(portalError('UnknownOperationException', `No operation for ${request.method} ${path}.`));
  }
  if (portal.takeThrottle()) {
    return withRequestId(portalError('TooManyRequestsException', 'Rate exceeded'));
  }
  const raw = request.headers[TOKEN_HEADER];
  const accessToken = typeof raw === 'string' ? raw : undefined;
  if (accessToken === undefined || accessToken === '' || !portal.isAccessTokenValid(accessToken)) {
    return withRequestId(portalError('UnauthorizedException', INVALID_SESSION));
  }
  return withRequestId(route.operation({ query: request.query, accessToken, registry, portal }));
}
