/**
 * What the /Groups translation service is built from: the two ports, the listing function
 * (src/translate/query/list-groups.ts, injected so this folder does not depend on query planning)
 * and how many membership calls a request may have in flight.
 */
import type { IdentityStore } from '../../identity-store/port.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import type { GatewayState } from '../../state/port.ts';
import type { ScimRequestContext } from '../resource-service.ts';

export interface GroupServiceDeps {
  readonly store: IdentityStore;
  readonly state: GatewayState;
  readonly list: (query: ListQuery, context: ScimRequestContext) => Promise<ListResponse>;
  /** Membership reads and writes in flight per request; DEFAULT_MEMBERSHIP_CONCURRENCY (8) when absent. */
  readonly concurrency?: number;
}
