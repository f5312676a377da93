/**
 * GET /Groups and POST /Groups/.search (RFC 7644 sections 3.4.2 and 3.4.3): plans the filter
 * (plan-group-query.ts), spends only the calls the plan needs (budgets in docs/groups.md), tests
 * what the lookup did not guarantee in memory, pages (index or cursor, with the same snapshot and
 * cursor machinery as Users) and projects.
 *
 * Members cost one ListGroupMemberships per 100 members of a group, so they are read only for the
 * groups a page answers, and only when the response shows them; a filter or sort on `members`
 * needs them for every candidate (then they are read during the scan). `excludedAttributes=members`
 * never reads a membership.
 *
 * The filter is compiled (validated against the schema) before any call, so a bad filter is a
 * 400 with no Identity Store traffic. A lookup that finds nothing is 200 with totalResults 0.
 */
import { asScimError } from '../as-scim-error.ts';
import type { IdentityStore, Page, PageRequest, StoreGroup, StoreMembership } from '../../identity-store/port.ts';
import type { Filter } from '../../scim/filter/ast.ts';
import { compileFilter } from '../../scim/filter/compile-filter.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { GROUP_SCHEMA_ID } from '../../scim/schema/group-schema.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import type { GatewayState } from '../../state/port.ts';
import type { GroupRenderer } from '../group-renderer.ts';
import { DEFAULT_MEMBERSHIP_CONCURRENCY } from '../groups/apply-membership-plan.ts';
import { membersSelected } from '../groups/members-selection.ts';
import { runPool } from '../groups/run-pool.ts';
import { requestStore } from '../request-store.ts';
import type { ScimRequestContext } from '../resource-service.ts';
import { filterMentions, pathNames } from './filter-mentions.ts';
import { isGroupMember, membershipsOfUser } from './member-lookups.ts';
import { pageResults } from './page-results.ts';
import { pageScan } from './page-scan.ts';
import { planGroupQuery } from './plan-group-query.ts';
import { queryKey } from './query-key.ts';
import { MATCH_ALL, type ScanSource } from './scan-source.ts';
import type { SnapshotCache } from './snapshot-cache.ts';

export interface ListGroupsDeps {
  readonly store: IdentityStore;
  readonly state: GatewayState;
  readonly renderer: GroupRenderer;
  /** Makes index paging cost one scan per query instead of one per page; omit only in tests. */
  readonly snapshots?: SnapshotCache;
  /** DescribeGroup and ListGroupMemberships calls in flight; DEFAULT_MEMBERSHIP_CONCURRENCY when absent. */
  readonly concurrency?: number;
}

/** What a scan reads: store items, the groups they stand for (undefined: gone), and what to test. */
interface GroupScan<T> {
  readonly fetchPage: (page: PageRequest) => Promise<Page<T>>;
  readonly groupsOf: (items: readonly T[]) => Promise<(StoreGroup | undefined)[]>;
  readonly filter: Filter | undefined;
}

const mentionsMembers = (filter: Filter | undefined): boolean => filter !== undefined && filterMentions(filter, 'members', GROUP_SCHEMA_ID);

export async function listGroups(deps: ListGroupsDeps, query: ListQuery, context: ScimRequestContext): Promise<ListResponse> {
  const schema = GROUP_RESOURCE_SCHEMA;
  if (query.filter !== undefined) compileFilter(query.filter, schema);
  const { state, renderer } = deps;
  const store = requestStore(deps.store, context);
  const concurrency = deps.concurrency ?? DEFAULT_MEMBERSHIP_CONCURRENCY;
  const shown = membersSelected(query.attributes);
  const sortedByMembers = query.sortBy !== undefined && pathNames(query.sortBy, 'members', GROUP_SCHEMA_ID);

  const lookup = async (id: string | undefined, member: string | undefined, residual: Filter | undefined): Promise<ListResponse> => {
    const found = id !== undefined && (member === undefined || await isGroupMember(store, member, id)) ? await store.describeGroup(id) : undefined;
    const [resource] = found === undefined ? [] : await renderer.renderGroups([found], context, shown || mentionsMembers(residual));
    const test = residual === undefined ? MATCH_ALL : compileFilter(residual, schema);
    return pageResults(resource !== undefined && test(resource) ? [resource] : [], query, schema);
  };

  const scan = <T>(spec: GroupScan<T>): Promise<ListResponse> => {
    const withMembers = mentionsMembers(spec.filter) || sortedByMembers;
    const test = spec.filter === undefined ? MATCH_ALL : compileFilter(spec.filter, schema);
    // A store item whose group is gone still takes its place (cursor positions count items); it never matches.
    const gone = new WeakSet<ScimResource>();
    const source: ScanSource<T> = {
      schema,
      fetchPage: spec.fetchPage,
      async render(items) {
        if (items.length === 0) return [];
        const groups = await spec.groupsOf(items);
        const rendered = await renderer.renderGroups(groups.filter((group): group is StoreGroup => group !== undefined), context, withMembers);
        let next = 0;
        return groups.map((group) => {
          const resource = group === undefined ? undefined : rendered[next++];
          if (resource !== undefined) return resource;
          const placeholder: ScimResource = {};
          gone.add(placeholder);
          return placeholder;
        });
      },
      ...(shown && !withMembers ? { complete: (page: readonly ScimResource[]) => renderer.addMembers(page, context) } : {}),
    };
    const key = queryKey('Group', context.issuer, query, withMembers ? 'members' : 'core');
    return pageScan({ source, predicate: (resource) => !gone.has(resource) && test(resource), query, key, state, snapshots: deps.snapshots });
  };

  const groupsOfMember = async (memberships: readonly StoreMembership[]): Promise<(StoreGroup | undefined)[]> => {
    const outcomes = await runPool(memberships, { concurrency, stopOnFailure: true }, (membership) => store.describeGroup(membership.groupId));
    return outcomes.map((outcome) => {
      if (outcome.kind === 'done') return outcome.value;
      throw outcome.kind === 'failed' ? outcome.error : new Error('group read skipped without a failure');
    });
  };
  const byMember = (member: string, residual: Filter | undefined): Promise<ListResponse> =>
    scan({ fetchPage: (page) => membershipsOfUser(store, member, page), groupsOf: groupsOfMember, filter: residual });
  const listAll = (predicate: Filter | undefined): Promise<ListResponse> =>
    scan({ fetchPage: (page) => store.listGroups(page), groupsOf: (groups: readonly StoreGroup[]) => Promise.resolve([...groups]), filter: predicate });

  try {
    const plan = planGroupQuery(query.filter);
    switch (plan.kind) {
      case 'none':
        return pageResults([], query, schema);
      case 'byId':
        return await lookup(plan.id, plan.member, plan.residual);
      case 'byDisplayName':
        return await lookup(await store.findGroupId({ by: 'displayName', value: plan.value }), plan.member, plan.residual);
      case 'byExternalId': {
        // Without a mapping the group may be an adopted one whose ExternalIds carry the value under
        // an issuer the gateway cannot know (as for Users, docs/querying.md): the fallback finds it.
        const id = await state.findResourceIdByExternalId('Group', context.issuer, plan.value);
        if (id !== undefined) return await lookup(id, plan.member, plan.residual);
        return plan.fallback.kind === 'byMember' ? await byMember(plan.fallback.member, plan.fallback.residual) : await listAll(plan.fallback.predicate);
      }
      case 'byMember':
        return await byMember(plan.member, plan.residual);
      case 'scan':
        return await listAll(plan.predicate);
      default: {
        const never: never = plan;
        throw new Error(`Unknown query plan ${JSON.stringify(never)}`);
      }
    }
  } catch (error) {
    throw asScimError(error);
  }
}
