/**
 * What every SSO portal operation handler receives once routing and the access-token check are
 * done (sso-2019-06-10: every operation carries `x-amz-sso_bearer_token`).
 */
import type { CredentialRegistry } from '../../credentials.ts';
import type { PortalResponse } from '../portal-response.ts';
import type { SsoPortal } from '../sso-portal.ts';

export interface PortalOperationContext {
  readonly query: URLSearchParams;
  /** Already checked: known, unexpired, not logged out. */
  readonly accessToken: string;
  readonly registry: CredentialRegistry;
  readonly portal: SsoPortal;
}

export type PortalOperation = (context: PortalOperationContext) => PortalResponse;

/** The query member or undefined when absent or empty (both fail a required member). */
export function requiredQuery(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === '' ? undefined : value;
}
