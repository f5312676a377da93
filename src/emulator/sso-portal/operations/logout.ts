/**
 * Logout: `POST /logout` (sso-2019-06-10). Ends the sign-in session: the access token stops
 * working, while role credentials already issued keep working until they expire, as the model's
 * documentation says ("existing IAM role sessions ... continue").
 */
import { portalEmpty } from '../portal-response.ts';
import type { PortalResponse } from '../portal-response.ts';
import type { PortalOperationContext } from './portal-operation.ts';

export function logout({ accessToken, portal }: PortalOperationContext): PortalResponse {
  portal.revokeAccessToken(accessToken);
  return portalEmpty();
}
