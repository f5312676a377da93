/**
 * GET /Users and POST /Users/.search (RFC 7644 sections 3.4.2 and 3.4.3): plans the filter
 * (plan-user-query.ts), spends only the calls the plan needs (budgets in docs/querying.md), tests
 * what the lookup did not guarantee in memory, pages and projects.
 *
 * The filter is compiled (validated against the schema) before any call, so a bad filter is a
 * 400 with no Identity Store traffic. A lookup that finds nothing is 200 with totalResults 0.
 *
 * `externalId eq` reads gateway state for this IdP. When state has no mapping, the user may
 * still carry that externalId in the store's own ExternalIds (adopted from AWS's SCIM endpoint;
 * the renderer reads them as a fallback), under an issuer this gateway cannot know, so GetUserId
 * by ExternalId cannot be used: the query falls back to a scan with the whole filter.
 */
import { asScimError } from '../as-scim-error.ts';
import type { IdentityStore, StoreUser } from '../../identity-store/port.ts';
import { compileFilter, type FilterPredicate } from '../../scim/filter/compile-filter.ts';
import type { Filter } from '../../scim/filter/ast.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import { USER_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import type { GatewayState } from '../../state/port.ts';
import { requestStore } from '../request-store.ts';
import type { ScimRequestContext } from '../resource-service.ts';
import type { UserRenderer } from '../user-renderer.ts';
import { pageResults } from './page-results.ts';
import { pageScan } from './page-scan.ts';
import { planUserQuery } from './plan-user-query.ts';
import { queryKey } from './query-key.ts';
import { MATCH_ALL, type ScanSource } from './scan-source.ts';
import type { SnapshotCache } from './snapshot-cache.ts';
import { WHOLE_USER_READ } from '../users/whole-user-read.ts';

export interface ListUsersDeps {
  readonly store: IdentityStore;
  readonly state: GatewayState;
  readonly renderer: UserRenderer;
  /** Makes index paging cost one scan per query instead of one per page; omit only in tests. */
  readonly snapshots?: SnapshotCache;
}

export async function listUsers(deps: ListUsersDeps, query: ListQuery, context: ScimRequestContext): Promise<ListResponse> {
  const schema = USER_RESOURCE_SCHEMA;
  const predicate = query.filter === undefined ? MATCH_ALL : compileFilter(query.filter, schema);
  const { state, renderer } = deps;
  const store = requestStore(deps.store, context);

  const answer = async (user: StoreUser | undefined, residual: Filter | undefined): Promise<ListResponse> => {
    const rendered = user === undefined ? [] : await renderer.render([user], context);
    const test: FilterPredicate = residual === undefined ? MATCH_ALL : compileFilter(residual, schema);
    return pageResults(rendered.filter(test), query, schema);
  };
  const describe = async (id: string | undefined): Promise<StoreUser | undefined> =>
    id === undefined ? undefined : store.describeUser(id, WHOLE_USER_READ);
  const scan = (): Promise<ListResponse> => {
    const source: ScanSource<StoreUser> = {
      schema,
      fetchPage: (page) => store.listUsers(page, WHOLE_USER_READ),
      render: async (users) => (users.length === 0 ? [] : renderer.render(users, context)),
    };
    const key = queryKey('User', context.issuer, query, 'whole');
    return pageScan({ source, predicate, query, key, state, snapshots: deps.snapshots });
  };

  try {
    const plan = planUserQuery(query.filter);
    switch (plan.kind) {
      case 'none':
        return pageResults([], query, schema);
      case 'byId':
        return await answer(await describe(plan.id), plan.residual);
      case 'byUserName':
        return await answer(await describe(await store.findUserId({ by: 'userName', value: plan.value })), plan.residual);
      case 'byEmail':
        return await answer(await describe(await store.findUserId({ by: 'email', value: plan.value })), plan.residual);
      case 'byExternalId': {
        const id = await state.findResourceIdByExternalId('User', context.issuer, plan.value);
        return id === undefined ? await scan() : await answer(await describe(id), plan.residual);
      }
      case 'scan':
        return await scan();
      default: {
        const never: never = plan;
        throw new Error(`Unknown query plan ${JSON.stringify(never)}`);
      }
    }
  } catch (error) {
    throw asScimError(error);
  }
}
