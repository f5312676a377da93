/**
 * ListAccounts: `GET /assignment/accounts?next_token=&max_result=` (sso-2019-06-10).
 * Lists the accounts assigned to the user, paged.
 */
import { paginate } from '../paginate.ts';
import { portalJson } from '../portal-response.ts';
import type { PortalResponse } from '../portal-response.ts';
import type { PortalOperationContext } from './portal-operation.ts';

export function listAccounts({ query, portal }: PortalOperationContext): PortalResponse {
  const page = paginate(portal.accounts, 'accounts', query, portal.defaultPageSize);
  if (!page.ok) return page.response;
  const accountList = page.items.map((a) => ({
    accountId: a.accountId,
    ...(a.accountName === undefined ? {} : { accountName: a.accountName }),
    ...(a.emailAddress === undefined ? {} : { emailAddress: a.emailAddress }),
  }));
  return portalJson(page.nextToken === undefined ? { accountList } : { accountList, nextToken: page.nextToken });
}
