/**
 * Identity Store calls per SCIM request for every row of the product brief's budget table
 * (/work/shared/docs/product-brief.md "Call budgets"), read from the emulator's call log around
 * one request each. The paging row comes from the paging scenario. test/http/users and
 * test/http/groups assert the same budgets; this table shows them for one run, next to the
 * performance numbers they explain.
 */
import { randomUUID } from 'node:crypto';
import type { BenchEnvironment } from '../bench-environment.ts';
import { STORE_ID } from '../bench-environment.ts';
import type { ScimClient } from '../scim-client.ts';
import type { PagingResult } from './paging.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const GROUP_MEMBERS = 250;
const K = 5;

export interface BudgetRow {
  readonly request: string;
  readonly budget: string;
  readonly observed: string;
  readonly within: boolean;
}

interface BudgetCheck {
  readonly request: string;
  readonly budget: string;
  readonly send: (scim: ScimClient) => Promise<unknown>;
  readonly within: (calls: Readonly<Record<string, number>>, total: number) => boolean;
}

/** "GetUserId + DescribeUser", "DescribeGroup + 3 ListGroupMemberships": operations in order of first call. */
function describeCalls(operations: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const operation of operations) counts.set(operation, (counts.get(operation) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([operation, count]) => (count === 1 ? operation : `${count} ${operation}`)).join(' + ');
}

const only = (expected: Readonly<Record<string, number>>) => (calls: Readonly<Record<string, number>>): boolean =>
  Object.keys({ ...calls, ...expected }).every((operation) => (calls[operation] ?? 0) === (expected[operation] ?? 0));

function seedBudgetData(env: BenchEnvironment): { memberIds: string[]; bigGroup: string; patchGroup: string } {
  const memberIds = Array.from({ length: GROUP_MEMBERS + K }, () => `${STORE_ID.slice(2)}-${randomUUID()}`);
  const bigGroup = `${STORE_ID.slice(2)}-${randomUUID()}`;
  const patchGroup = `${STORE_ID.slice(2)}-${randomUUID()}`;
  env.emulator.seed({
    stores: {
      [STORE_ID]: {
        users: memberIds.map((UserId, index) => ({ UserId, UserName: `budget-member-${index}-${UserId.slice(-6)}`, DisplayName: 'Member', Name: { GivenName: 'Member', FamilyName: String(index) } })),
        groups: [{ GroupId: bigGroup, DisplayName: `budget-big-${bigGroup.slice(-6)}` }, { GroupId: patchGroup, DisplayName: `budget-patch-${patchGroup.slice(-6)}` }],
        memberships: memberIds.slice(0, GROUP_MEMBERS).map((UserId) => ({ GroupId: bigGroup, UserId })),
      },
    },
  });
  return { memberIds, bigGroup, patchGroup };
}

export async function measureCallBudgets(env: BenchEnvironment, paging: PagingResult): Promise<BudgetRow[]> {
  const scim = env.scim(1);
  const suffix = randomUUID().slice(0, 8);
  const userName = `budget-${suffix}@example.com`;
  const created = (await scim.expect(201, 'POST', '/Users', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, externalId: `budget-ext-${suffix}`,
    name: { givenName: 'Budget', familyName: 'User' }, displayName: 'Budget User', emails: [{ value: userName, type: 'work', primary: true }],
  })) as { id: string };
  const doomed = (await scim.expect(201, 'POST', '/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: `doomed-${suffix}@example.com`, name: { givenName: 'D', familyName: 'D' }, displayName: 'D' })) as { id: string };
  const { memberIds, bigGroup, patchGroup } = seedBudgetData(env);
  const members = (ids: readonly string[]): { value: string }[] => ids.map((value) => ({ value }));
  const filter = (text: string): string => `/Users?filter=${encodeURIComponent(text)}`;
  const patch = (...operations: unknown[]): unknown => ({ schemas: [PATCH_OP], Operations: operations });
  const newMembers = memberIds.slice(GROUP_MEMBERS, GROUP_MEMBERS + K);

  const checks: BudgetCheck[] = [
    { request: 'GET /Users/{id}', budget: '1 DescribeUser', send: (c) => c.expect(200, 'GET', `/Users/${created.id}`), within: only({ DescribeUser: 1 }) },
    { request: 'GET /Users?filter=userName eq "x"', budget: 'GetUserId + DescribeUser', send: (c) => c.expect(200, 'GET', filter(`userName eq "${userName}"`)), within: only({ GetUserId: 1, DescribeUser: 1 }) },
    { request: 'GET /Users?filter=userName eq "x" and title pr', budget: 'GetUserId + DescribeUser', send: (c) => c.expect(200, 'GET', filter(`userName eq "${userName}" and title pr`)), within: only({ GetUserId: 1, DescribeUser: 1 }) },
    { request: 'GET /Users?filter=emails[value eq "x"]', budget: 'GetUserId (emails.value) + DescribeUser', send: (c) => c.expect(200, 'GET', filter(`emails[value eq "${userName}"]`)), within: only({ GetUserId: 1, DescribeUser: 1 }) },
    { request: 'GET /Users?filter=emails.value eq "x"', budget: 'GetUserId (emails.value) + DescribeUser', send: (c) => c.expect(200, 'GET', filter(`emails.value eq "${userName}"`)), within: only({ GetUserId: 1, DescribeUser: 1 }) },
    { request: 'GET /Users?filter=externalId eq "x"', budget: 'state lookup + 1 DescribeUser', send: (c) => c.expect(200, 'GET', filter(`externalId eq "budget-ext-${suffix}"`)), within: only({ DescribeUser: 1 }) },
    {
      request: 'POST /Users', budget: 'CreateUser + at most one DescribeUser',
      send: (c) => c.expect(201, 'POST', '/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: `post-${suffix}@example.com`, name: { givenName: 'P', familyName: 'P' }, displayName: 'P' }),
      within: (calls, total) => calls['CreateUser'] === 1 && (calls['DescribeUser'] ?? 0) <= 1 && total === 1 + (calls['DescribeUser'] ?? 0),
    },
    {
      request: 'PATCH /Users/{id} (one attribute changed)', budget: 'DescribeUser + at most one UpdateUser + at most one read-back',
      send: (c) => c.expect(200, 'PATCH', `/Users/${created.id}`, patch({ op: 'replace', path: 'title', value: 'Changed' })),
      within: (calls, total) => (calls['UpdateUser'] ?? 0) <= 1 && (calls['DescribeUser'] ?? 0) <= 2 && total === (calls['UpdateUser'] ?? 0) + (calls['DescribeUser'] ?? 0),
    },
    {
      request: 'PATCH /Users/{id} (nothing changed)', budget: 'DescribeUser, no UpdateUser',
      send: (c) => c.expect(200, 'PATCH', `/Users/${created.id}`, patch({ op: 'replace', path: 'title', value: 'Changed' })),
      within: (calls) => (calls['UpdateUser'] ?? 0) === 0,
    },
    {
      request: 'PUT /Users/{id} (one attribute changed)', budget: 'DescribeUser + at most one UpdateUser + at most one read-back',
      send: (c) => c.expect(200, 'PUT', `/Users/${created.id}`, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, externalId: `budget-ext-${suffix}`, name: { givenName: 'Budget', familyName: 'User' }, displayName: 'Budget User Renamed', emails: [{ value: userName, type: 'work', primary: true }] }),
      within: (calls, total) => (calls['UpdateUser'] ?? 0) <= 1 && (calls['DescribeUser'] ?? 0) <= 2 && total === (calls['UpdateUser'] ?? 0) + (calls['DescribeUser'] ?? 0),
    },
    { request: 'DELETE /Users/{id}', budget: 'DeleteUser', send: (c) => c.expect(204, 'DELETE', `/Users/${doomed.id}`), within: only({ DeleteUser: 1 }) },
    { request: 'GET /Groups/{id}?excludedAttributes=members', budget: '1 DescribeGroup', send: (c) => c.expect(200, 'GET', `/Groups/${bigGroup}?excludedAttributes=members`), within: only({ DescribeGroup: 1 }) },
    {
      request: `GET /Groups/{id} (${GROUP_MEMBERS} members)`, budget: `DescribeGroup + one ListGroupMemberships per 100 members (${Math.ceil(GROUP_MEMBERS / 100)})`,
      send: (c) => c.expect(200, 'GET', `/Groups/${bigGroup}`), within: only({ DescribeGroup: 1, ListGroupMemberships: Math.ceil(GROUP_MEMBERS / 100) }),
    },
    {
      request: `PATCH /Groups/{id} add ${K} members`, budget: `${K} membership writes (+ lookups only where the membership id is unknown)`,
      send: (c) => c.expect(200, 'PATCH', `/Groups/${patchGroup}`, patch({ op: 'add', path: 'members', value: members(newMembers) })),
      within: (calls, total) => calls['CreateGroupMembership'] === K && total - K <= K + 1,
    },
    {
      request: `PATCH /Groups/{id} add the same ${K} again`, budget: 'success (adding an existing member is success)',
      send: (c) => c.expect(200, 'PATCH', `/Groups/${patchGroup}`, patch({ op: 'add', path: 'members', value: members(newMembers) })),
      within: (calls) => (calls['CreateGroupMembership'] ?? 0) <= K,
    },
    {
      request: `PATCH /Groups/{id} remove ${K} members`, budget: `${K} membership writes (+ lookups only where the membership id is unknown)`,
      send: (c) => c.expect(200, 'PATCH', `/Groups/${patchGroup}`, patch({ op: 'remove', path: 'members', value: members(newMembers) })),
      within: (calls, total) => calls['DeleteGroupMembership'] === K && total - K <= K + 1,
    },
    {
      request: `PATCH /Groups/{id} remove the same ${K} again`, budget: 'success (removing an absent member is success)',
      send: (c) => c.expect(200, 'PATCH', `/Groups/${patchGroup}`, patch({ op: 'remove', path: 'members', value: members(newMembers) })),
      within: (calls) => (calls['DeleteGroupMembership'] ?? 0) <= K,
    },
  ];

  const rows: BudgetRow[] = [];
  for (const check of checks) {
    env.emulator.calls.clear();
    await check.send(scim);
    const operations = env.emulator.calls.list().map((call) => call.operation);
    const calls: Record<string, number> = {};
    for (const operation of operations) calls[operation] = (calls[operation] ?? 0) + 1;
    rows.push({ request: check.request, budget: check.budget, observed: describeCalls(operations), within: check.within(calls, operations.length) });
  }
  const expectedPages = Math.ceil(paging.users / 100);
  rows.push({
    request: `paging through ${paging.users} users, startIndex/count=100`,
    budget: `about N/100 ListUsers (${expectedPages}), not N^2/100`,
    observed: `${paging.listUsersCalls} ListUsers${paging.otherCalls === 0 ? '' : ` + ${paging.otherCalls} other`}`,
    within: paging.listUsersCalls <= expectedPages + 1 && paging.otherCalls === 0,
  });
  env.emulator.calls.clear();
  return rows;
}

export function budgetTable(rows: readonly BudgetRow[]): string {
  return [
    '| SCIM request | budget (product brief) | Identity Store calls observed | within |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.request} | ${row.budget} | ${row.observed} | ${row.within ? 'yes' : '**no**'} |`),
  ].join('\n');
}
