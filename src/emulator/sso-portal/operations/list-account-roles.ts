/**
 * ListAccountRoles: `GET /assignment/roles?account_id=&next_token=&max_result=` (sso-2019-06-10).
 * Lists the roles assigned to the user in one account, paged.
 */
import { paginate } from '../paginate.ts';
import { portalError, portalJson } from '../portal-response.ts';
import type { PortalResponse } from '../portal-response.ts';
import { requiredQuery } from './portal-operation.ts';
import type { PortalOperationContext } from './portal-operation.ts';

export function listAccountRoles({ query, portal }: PortalOperationContext): PortalResponse {
  const accountId = requiredQuery(query, 'account_id');
  if (accountId === undefined) {
    return portalError('InvalidRequestException', 'Missing required parameter(s): account_id.');
  }
  const account = portal.findAccount(accountId);
  if (account === undefined) {
    return portalError('ResourceNotFoundException', `Account ${accountId} is not assigned to this user.`);
  }
  const page = paginate(account.roles, `roles:${accountId}`, query, portal.defaultPageSize);
  if (!page.ok) return page.response;
  const roleList = page.items.map((roleName) => ({ roleName, accountId }));
  return portalJson(page.nextToken === undefined ? { roleList } : { roleList, nextToken: page.nextToken });
}
