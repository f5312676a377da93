/**
 * Paging through every user with startIndex and count=100, as Okta and Entra import (issue #8:
 * about N/100 ListUsers in total, not N^2/100; and the wall time), against one direct ListUsers
 * scan of the same users. The call count is read from the emulator's call log.
 */
import type { BenchEnvironment } from '../bench-environment.ts';
import { ms, type ResultRow } from '../report.ts';
import { directScan, type DirectScan } from './direct-scan.ts';

interface ListPage {
  readonly totalResults: number;
  readonly Resources: readonly unknown[];
}

export interface PagingResult {
  readonly users: number;
  readonly pages: number;
  readonly listUsersCalls: number;
  readonly otherCalls: number;
  readonly elapsedMs: number;
  readonly firstPageMs: number;
  readonly direct: DirectScan;
}

export async function pageThroughUsers(env: BenchEnvironment): Promise<PagingResult> {
  const scim = env.scim(1);
  const direct = await directScan(env);
  env.emulator.calls.clear();
  const started = performance.now();
  let firstPageMs = 0;
  let pages = 0;
  let seen = 0;
  let total = Number.POSITIVE_INFINITY;
  for (let startIndex = 1; startIndex <= total; startIndex += 100) {
    const page = (await scim.expect(200, 'GET', `/Users?startIndex=${startIndex}&count=100`)) as ListPage;
    if (pages === 0) firstPageMs = performance.now() - started;
    pages += 1;
    seen += page.Resources.length;
    total = page.totalResults;
  }
  const elapsedMs = performance.now() - started;
  const listUsersCalls = env.emulator.calls.count('ListUsers');
  const otherCalls = env.emulator.calls.count() - listUsersCalls;
  if (seen !== direct.users) throw new Error(`paging saw ${seen} users, the store holds ${direct.users}`);
  env.emulator.calls.clear();
  return { users: seen, pages, listUsersCalls, otherCalls, elapsedMs, firstPageMs, direct };
}

export function pagingRows(result: PagingResult): ResultRow[] {
  const expected = Math.ceil(result.users / 100);
  return [
    {
      item: `paging ${result.users} users, count=100 (${result.pages} pages): Identity Store calls`,
      measured: `${result.listUsersCalls} ListUsers${result.otherCalls === 0 ? '' : ` + ${result.otherCalls} other`}`,
      baseline: `${result.direct.calls} ListUsers (direct scan)`,
      ratio: (result.listUsersCalls / result.direct.calls).toFixed(2),
      target: `about ${expected} (N/100)`,
      pass: result.listUsersCalls <= expected + 1 && result.otherCalls === 0,
    },
    {
      item: `paging ${result.users} users, count=100: wall time`,
      measured: `${ms(result.elapsedMs)} (first page ${ms(result.firstPageMs)}, the scan; the rest from the snapshot)`,
      baseline: `direct scan ${ms(result.direct.elapsedMs)}`,
      ratio: `${(result.elapsedMs / result.direct.elapsedMs).toFixed(2)}x`,
      target: '',
      pass: undefined,
    },
  ];
}
