/**
 * GroupRenderer (../group-renderer.ts) over the ports: state reads batched per page
 * (read-group-facts.ts), member reads through the bounded pool (run-pool.ts) so a page of 100
 * groups does not open 100 requests at once. Projection is the caller's.
 */
import type { IdentityStore, StoreGroup } from '../../identity-store/port.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { GatewayState } from '../../state/port.ts';
import type { GroupRenderer } from '../group-renderer.ts';
import { withRequestStore } from '../request-store.ts';
import type { ScimRequestContext } from '../resource-service.ts';
import { DEFAULT_MEMBERSHIP_CONCURRENCY } from './apply-membership-plan.ts';
import { readGroupFacts } from './read-group-facts.ts';
import { readGroupMembers } from './read-group-members.ts';
import { renderStoreGroup, withMembers } from './render-store-group.ts';
import { runPool } from './run-pool.ts';

export interface GroupRendererDeps {
  readonly store: IdentityStore;
  readonly state: GatewayState;
  readonly concurrency?: number;
}

/** Members of each group (undefined: the group is gone); the first failed read fails them all. */
async function readAllMembers(deps: GroupRendererDeps, groupIds: readonly string[]): Promise<(Map<string, string> | undefined)[]> {
  const concurrency = deps.concurrency ?? DEFAULT_MEMBERSHIP_CONCURRENCY;
  const outcomes = await runPool(groupIds, { concurrency, stopOnFailure: true }, (id) => readGroupMembers(deps.store, id));
  return outcomes.map((outcome) => {
    if (outcome.kind === 'failed') throw outcome.error;
    if (outcome.kind === 'done') return outcome.value;
    // Skipped only after a failure, which the loop above has already thrown for.
    throw new Error('member read skipped without a failure');
  });
}

function idOf(resource: ScimResource): string {
  const id = resource.id;
  if (typeof id !== 'string') throw new Error('a rendered group has no id');
  return id;
}

export function createGroupRenderer(deps: GroupRendererDeps): GroupRenderer {
  return {
    async renderGroups(groups: readonly StoreGroup[], context: ScimRequestContext, members: boolean): Promise<(ScimResource | undefined)[]> {
      const [facts, memberLists] = await Promise.all([
        readGroupFacts(deps.state, groups, context.issuer),
        members ? readAllMembers(withRequestStore(deps, context), groups.map((group) => group.id)) : groups.map(() => undefined),
      ]);
      return groups.map((group, index) => {
        const list = memberLists[index];
        if (members && list === undefined) return undefined;
        return renderStoreGroup(group, facts.get(group.id)?.externalId, list?.keys(), context.baseUrl).resource;
      });
    },

    async addMembers(resources: readonly ScimResource[], context: ScimRequestContext): Promise<ScimResource[]> {
      const memberLists = await readAllMembers(withRequestStore(deps, context), resources.map(idOf));
      return resources.flatMap((resource, index) => {
        const list = memberLists[index];
        return list === undefined ? [] : [withMembers(resource, list.keys(), context.baseUrl)];
      });
    },
  };
}
