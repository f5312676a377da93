import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../src/scim/filter/parse-filter.ts';
import type { ListQuery } from '../../../src/scim/list/list-query.ts';
import { listUsers } from '../../../src/translate/query/list-users.ts';
import { SnapshotCache } from '../../../src/translate/query/snapshot-cache.ts';
import { CONTEXT, listQuery, openQueryFixture, operations, seedUser, seedUsers, type QueryFixture } from './query-fixture.ts';

const TOTAL = 250;
const ALL_NAMES = Array.from({ length: TOTAL }, (_, index) => `user-${String(index).padStart(3, '0')}`);

describe('listUsers: index paging (startIndex/count)', () => {
  let fixture: QueryFixture;
  let now = 0;
  let snapshots: SnapshotCache;
  const page = (startIndex: number, count: number, extra: Partial<ListQuery> = {}) =>
    listUsers({ ...fixture, snapshots }, listQuery({ pagination: { method: 'index', startIndex, count }, ...extra }), CONTEXT);
  const names = (response: { Resources: readonly Record<string, unknown>[] }) => response.Resources.map((resource) => resource['userName']);

  before(async () => {
    fixture = await openQueryFixture();
    seedUsers(fixture, Array.from({ length: TOTAL }, (_, index) => seedUser(index)));
  });
  after(() => fixture.close());
  beforeEach(() => {
    now = 1_000_000;
    snapshots = new SnapshotCache({ clock: () => now });
    fixture.emulator.calls.clear();
  });

  it('pages through 250 users by 100 with 3 ListUsers in total, in store order, no duplicates or gaps', async () => {
    const first = await page(1, 100);
    const second = await page(101, 100);
    const third = await page(201, 100);
    assert.deepEqual(operations(fixture), ['ListUsers', 'ListUsers', 'ListUsers']);
    for (const call of fixture.emulator.calls.list()) assert.equal((call.input as { MaxResults?: number }).MaxResults, 100);
    assert.deepEqual([...names(first), ...names(second), ...names(third)], ALL_NAMES);
    assert.deepEqual([first, second, third].map((response) => [response.totalResults, response.startIndex, response.itemsPerPage]),
      [[TOTAL, 1, 100], [TOTAL, 101, 100], [TOTAL, 201, 50]]);
  });

  it('starts a fresh snapshot on startIndex=1, so a new import run sees fresh data', async () => {
    await page(1, 100);
    await page(1, 100);
    assert.equal(fixture.emulator.calls.count('ListUsers'), 6);
  });

  it('stays correct without a cache, paying a scan per page', async () => {
    const second = await listUsers(fixture, listQuery({ pagination: { method: 'index', startIndex: 101, count: 100 } }), CONTEXT);
    assert.deepEqual(names(second), ALL_NAMES.slice(100, 200));
    assert.equal(second.totalResults, TOTAL);
    assert.equal(fixture.emulator.calls.count('ListUsers'), 3);
  });

  it('rescans a later page once the snapshot has outlived its TTL', async () => {
    await page(1, 100);
    now += 2 * 60_000 + 1;
    const second = await page(101, 100);
    assert.deepEqual(names(second), ALL_NAMES.slice(100, 200));
    assert.equal(fixture.emulator.calls.count('ListUsers'), 6);
  });

  it('answers a startIndex beyond the end with no resources and the right totalResults', async () => {
    const response = await page(300, 100);
    assert.deepEqual(response.Resources, []);
    assert.equal(response.totalResults, TOTAL);
    assert.equal(response.startIndex, 300);
    assert.equal(response.itemsPerPage, 0);
  });

  it('answers count=0 with totalResults only', async () => {
    const response = await page(1, 0);
    assert.deepEqual(response.Resources, []);
    assert.equal(response.totalResults, TOTAL);
  });

  it('pages with odd sizes the way the Entra validator does (count=5)', async () => {
    const response = await page(6, 5);
    assert.deepEqual(names(response), ALL_NAMES.slice(5, 10));
  });

  it('sorts by userName descending across pages from one scan', async () => {
    const sort = { sortBy: { attribute: 'userName' }, sortOrder: 'descending' } as const;
    const first = await page(1, 100, sort);
    const second = await page(101, 100, sort);
    const third = await page(201, 100, sort);
    assert.deepEqual([...names(first), ...names(second), ...names(third)], [...ALL_NAMES].reverse());
    assert.equal(fixture.emulator.calls.count('ListUsers'), 3);
  });

  it('scans name.familyName co "x" with a predicate and no lookups', async () => {
    const response = await page(1, 100, { filter: parseFilter('name.familyName co "x"') });
    assert.deepEqual(operations(fixture), ['ListUsers', 'ListUsers', 'ListUsers']);
    assert.equal(response.totalResults, 25);
    assert.deepEqual(names(response), ALL_NAMES.filter((_, index) => index % 10 === 0));
  });

  it('answers each later page with its own objects: changing one response does not change the next', async () => {
    await page(1, 100);
    const second = await page(101, 100);
    const pristine = structuredClone(second.Resources);
    for (const resource of second.Resources) {
      (resource as Record<string, unknown>)['userName'] = 'changed';
      ((resource['name'] ?? {}) as Record<string, unknown>)['familyName'] = 'changed';
      // Projection copies objects but passes arrays of strings through: `schemas` once was the snapshot's own array.
      (resource['schemas'] as string[]).push('urn:changed');
    }
    const again = await page(101, 100);
    assert.deepEqual(again.Resources, pristine);
    assert.deepEqual(names(again), ALL_NAMES.slice(100, 200));
    assert.equal(fixture.emulator.calls.count('ListUsers'), 3);
  });

  it('keeps snapshots apart per IdP and per query', async () => {
    await page(1, 100);
    await listUsers({ ...fixture, snapshots }, listQuery({ pagination: { method: 'index', startIndex: 101, count: 100 } }), { ...CONTEXT, issuer: 'entra' });
    await page(101, 100, { filter: parseFilter('name.familyName co "x"') });
    assert.equal(fixture.emulator.calls.count('ListUsers'), 9);
  });
});
