/**
 * What the /Users translation service is built from: the two ports, the deactivation mode
 * (SCIM_BRIDGE_DEACTIVATION) and the listing function (src/translate/query), injected so this
 * folder does not depend on query planning.
 */
import type { DeactivationMode } from '../../config/config.ts';
import type { IdentityStore } from '../../identity-store/port.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import type { GatewayState } from '../../state/port.ts';
import type { ScimRequestContext } from '../resource-service.ts';

export interface UserServiceDeps {
  readonly store: IdentityStore;
  readonly state: GatewayState;
  readonly deactivation: DeactivationMode;
  readonly list: (query: ListQuery, context: ScimRequestContext) => Promise<ListResponse>;
}

/** What rendering needs: no store, no listing. */
export type UserRendererDeps = Pick<UserServiceDeps, 'state' | 'deactivation'>;
