import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ListResponse } from '../../../src/scim/list/build-list-response.ts';
import { parseFilter } from '../../../src/scim/filter/parse-filter.ts';
import type { ListQuery } from '../../../src/scim/list/list-query.ts';
import { openGatewayState } from '../../../src/state/open-gateway-state.ts';
import { listUsers } from '../../../src/translate/query/list-users.ts';
import { CURSOR_NAMESPACE, CURSOR_TTL_MS } from '../../../src/translate/query/page-cursor.ts';
import { hashQueryKey, queryKey } from '../../../src/translate/query/query-key.ts';
import { SnapshotCache } from '../../../src/translate/query/snapshot-cache.ts';
import { CONTEXT, listQuery, openQueryFixture, rejectsScim, seedUser, seedUsers, type QueryFixture } from './query-fixture.ts';

const TOTAL = 250;
const ALL_NAMES = Array.from({ length: TOTAL }, (_, index) => `user-${String(index).padStart(3, '0')}`);
const names = (response: ListResponse) => response.Resources.map((resource) => resource['userName']);

describe('listUsers: cursor paging (RFC 9865)', () => {
  let fixture: QueryFixture;
  let snapshots: SnapshotCache;
  const query = (cursor: string | undefined, count: number, extra: Partial<ListQuery> = {}) =>
    listQuery({ pagination: { method: 'cursor', cursor, count }, ...extra });
  const walk = async (count: number, extra: Partial<ListQuery> = {}): Promise<ListResponse[]> => {
    const pages: ListResponse[] = [];
    let cursor: string | undefined;
    do {
      const response = await listUsers({ ...fixture, snapshots }, query(cursor, count, extra), CONTEXT);
      pages.push(response);
      cursor = response.nextCursor;
    } while (cursor !== undefined && pages.length < 100);
    return pages;
  };

  before(async () => {
    fixture = await openQueryFixture();
    seedUsers(fixture, Array.from({ length: TOTAL }, (_, index) => seedUser(index)));
  });
  after(() => fixture.close());
  beforeEach(() => {
    snapshots = new SnapshotCache();
    fixture.emulator.calls.clear();
  });

  it('walks all users by 100 with one ListUsers per page and no nextCursor on the last', async () => {
    const pages = await walk(100);
    assert.equal(pages.length, 3);
    assert.deepEqual(pages.flatMap(names), ALL_NAMES);
    assert.equal(fixture.emulator.calls.count('ListUsers'), 3);
    assert.equal(pages[2]?.nextCursor, undefined);
    assert.ok(pages.every((response) => response.totalResults === undefined && response.startIndex === undefined));
  });

  it('walks a filtered result in pages that stop mid store page, without duplicates or gaps', async () => {
    const pages = await walk(30, { filter: parseFilter('name.familyName eq "Smith"') });
    const expected = ALL_NAMES.filter((_, index) => index % 10 !== 0);
    assert.deepEqual(pages.flatMap(names), expected);
    assert.ok(pages.slice(0, -1).every((response) => response.Resources.length === 30));
    // Each page reads at most the store page it resumes in and the next one.
    assert.ok(fixture.emulator.calls.count('ListUsers') <= 2 * pages.length);
  });

  it('serves sorted cursor pages from one scan, with totalResults', async () => {
    const pages = await walk(100, { sortBy: { attribute: 'userName' }, sortOrder: 'descending' });
    assert.deepEqual(pages.flatMap(names), [...ALL_NAMES].reverse());
    assert.equal(fixture.emulator.calls.count('ListUsers'), 3);
    assert.equal(pages[0]?.totalResults, TOTAL);
    assert.equal(pages[2]?.nextCursor, undefined);
  });

  it('refuses a forged cursor with invalidCursor and no store call', async () => {
    await rejectsScim(() => listUsers(fixture, query('forged!', 10), CONTEXT), { status: 400, scimType: 'invalidCursor', detail: /not issued for this query/ });
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('refuses a cursor issued for another query or another IdP with invalidCursor', async () => {
    const first = await listUsers(fixture, query(undefined, 10), CONTEXT);
    const cursor = first.nextCursor;
    assert.ok(cursor !== undefined);
    await rejectsScim(() => listUsers(fixture, query(cursor, 10, { filter: parseFilter('title pr') }), CONTEXT), { status: 400, scimType: 'invalidCursor', detail: /not issued/ });
    await rejectsScim(() => listUsers(fixture, query(cursor, 10), { ...CONTEXT, issuer: 'entra' }), { status: 400, scimType: 'invalidCursor', detail: /not issued/ });
    await rejectsScim(() => listUsers(fixture, query(cursor, 10, { sortBy: { attribute: 'userName' } }), CONTEXT), { status: 400, scimType: 'invalidCursor', detail: /not issued/ });
    // The cursor itself still works for its own query, with a different count (RFC 9865 allows it).
    assert.deepEqual(names(await listUsers(fixture, query(cursor, 5), CONTEXT)), ALL_NAMES.slice(10, 15));
  });

  it('answers expiredCursor once the position has left gateway state', async () => {
    let now = 0;
    const state = await openGatewayState('memory:', { clock: () => now });
    try {
      const first = await listUsers({ ...fixture, state }, query(undefined, 10), CONTEXT);
      now += CURSOR_TTL_MS + 1;
      await rejectsScim(() => listUsers({ ...fixture, state }, query(first.nextCursor, 10), CONTEXT), { status: 400, scimType: 'expiredCursor', detail: /expired/ });
    } finally {
      await state.close();
    }
  });

  it('answers expiredCursor when the Identity Store no longer accepts the NextToken', async () => {
    const first = await listUsers(fixture, query(undefined, 100), CONTEXT);
    const cursor = first.nextCursor ?? '';
    const id = cursor.split('.')[0] ?? '';
    const digest = hashQueryKey(queryKey('User', CONTEXT.issuer, query(undefined, 100), 'whole'));
    await fixture.state.putEphemeral(CURSOR_NAMESPACE, id, JSON.stringify({ q: digest, p: { kind: 'store', token: 'stale-token', skip: 0 } }), 60_000);
    fixture.emulator.calls.clear();
    await rejectsScim(() => listUsers(fixture, query(cursor, 100), CONTEXT), { status: 400, scimType: 'expiredCursor', detail: /no longer accepts/ });
    assert.equal(fixture.emulator.calls.count('ListUsers'), 1);
  });
});
