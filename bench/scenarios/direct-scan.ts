/**
 * The baseline for everything that reads all users: ListUsers straight through the SDK, 100 per
 * page (the most the Identity Store returns), following NextToken to the end.
 */
import { ListUsersCommand } from '@aws-sdk/client-identitystore';
import type { BenchEnvironment } from '../bench-environment.ts';
import { STORE_ID } from '../bench-environment.ts';

export interface DirectScan {
  readonly calls: number;
  readonly users: number;
  readonly elapsedMs: number;
}

export async function directScan(env: BenchEnvironment): Promise<DirectScan> {
  const started = performance.now();
  let calls = 0;
  let users = 0;
  let nextToken: string | undefined;
  do {
    const page = await env.direct.send(new ListUsersCommand({ IdentityStoreId: STORE_ID, MaxResults: 100, ...(nextToken === undefined ? {} : { NextToken: nextToken }) }));
    calls += 1;
    users += page.Users?.length ?? 0;
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  return { calls, users, elapsedMs: performance.now() - started };
}
