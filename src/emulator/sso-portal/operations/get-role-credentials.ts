/**
 * GetRoleCredentials: `GET /federation/credentials?role_name=&account_id=` (sso-2019-06-10).
 * Returns STS-style short-term credentials for a role assigned to the user, and registers them
 * so the emulator's Identity Store accepts requests signed with them (and their session token).
 */
import { portalError, portalJson } from '../portal-response.ts';
import type { PortalResponse } from '../portal-response.ts';
import { requiredQuery } from './portal-operation.ts';
import type { PortalOperationContext } from './portal-operation.ts';

export function getRoleCredentials({ query, registry, portal }: PortalOperationContext): PortalResponse {
  const roleName = requiredQuery(query, 'role_name');
  const accountId = requiredQuery(query, 'account_id');
  if (roleName === undefined || accountId === undefined) {
    const missing = [roleName === undefined ? 'role_name' : undefined, accountId === undefined ? 'account_id' : undefined]
      .filter((m) => m !== undefined)
      .join(', ');
    return portalError('InvalidRequestException', `Missing required parameter(s): ${missing}.`);
  }
  const account = portal.findAccount(accountId);
  if (account === undefined || !account.roles.includes(roleName)) {
    // What AWS answers for an account or role the user is not assigned (see portal-response.ts).
    return portalError('ForbiddenException', 'No access');
  }
  const expiresAt = new Date(portal.now().getTime() + portal.credentialLifetimeSeconds * 1000);
  const issued = registry.issueTemporary(expiresAt);
  return portalJson({
    roleCredentials: {
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      sessionToken: issued.sessionToken,
      // ExpirationTimestampType is a long: milliseconds since the epoch.
      expiration: issued.expiresAt.getTime(),
    },
  });
}
