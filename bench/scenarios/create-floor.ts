/**
 * Context for the POST /Users ratio, not a target: how close to the direct CreateUser time any
 * Express gateway in this process could come, and what the ratio means when the store is not on
 * loopback.
 *
 * - The floor: a bare Express app (../floor-app.ts: express.json, one SDK CreateUser, the body
 *   echoed back) on the same emulator, under the same load. What the real gateway spends above
 *   this line is its own work (validation, rendering, auth, logs, metrics, state), the part a
 *   profile can act on.
 * - Store latency: the same gateway-against-direct comparison with the emulator answering every
 *   call after a fixed delay, as AWS does across a network. The target is the loopback
 *   row; this one shows how much of the gateway's cost an IdP sees in practice.
 */
import type { BenchEnvironment } from '../bench-environment.ts';
import type { BenchOptions } from '../bench-options.ts';
import { withFloorApp } from '../floor-app.ts';
import { runLoad } from '../run-load.ts';
import { ms, type ResultRow } from '../report.ts';
import { createUserCommand, scimUser } from './create-users.ts';

/** Creates per side in each context run: enough for a stable rate, few enough to keep the run short. */
const CONTEXT_USERS = 1_000;
/** The store's answer delay in the latency run: an assumed network round trip plus service time, not a measurement of AWS. */
export const STORE_LATENCY_MS = 20;

interface Pair {
  readonly sideMs: number;
  readonly directMs: number;
}

/** `side` then direct, CONTEXT_USERS each, after a warm-up of both. */
async function compare(env: BenchEnvironment, options: BenchOptions, side: (userName: string, index: number) => Promise<unknown>, tag: string): Promise<Pair> {
  const direct = (userName: string, index: number): Promise<unknown> => env.direct.send(createUserCommand(userName, index));
  await runLoad(200, options.concurrency, (index) => side(`${tag}-warm-${index}@example.com`, index).then(() => undefined));
  await runLoad(200, options.concurrency, (index) => direct(`${tag}-dwarm-${index}@example.com`, index).then(() => undefined));
  const measuredSide = await runLoad(CONTEXT_USERS, options.concurrency, (index) => side(`${tag}-${index}@example.com`, index).then(() => undefined));
  const measuredDirect = await runLoad(CONTEXT_USERS, options.concurrency, (index) => direct(`${tag}-d-${index}@example.com`, index).then(() => undefined));
  env.emulator.calls.clear();
  return { sideMs: measuredSide.elapsedMs, directMs: measuredDirect.elapsedMs };
}

export interface CreateContext {
  readonly floor: Pair;
  readonly gatewayWithLatency: Pair;
}

export async function measureCreateContext(env: BenchEnvironment, options: BenchOptions, runId: string): Promise<CreateContext> {
  const floor = await withFloorApp(env, options.concurrency, (floorClient) =>
    compare(env, options, (userName, index) => floorClient.expect(201, 'POST', '/Users', scimUser(userName, index)), `floor-${runId}`));
  const scim = env.scim(options.concurrency);
  const removeLatency = env.emulator.faults.add({ action: { kind: 'latency', ms: STORE_LATENCY_MS } });
  try {
    const gatewayWithLatency = await compare(env, options, (userName, index) => scim.expect(201, 'POST', '/Users', scimUser(userName, index)), `latency-${runId}`);
    return { floor, gatewayWithLatency };
  } finally {
    removeLatency();
  }
}

export function createContextRows(context: CreateContext, options: BenchOptions): ResultRow[] {
  const row = (item: string, pair: Pair, side: string): ResultRow => ({
    item,
    measured: `${side}: ${ms(pair.sideMs)}`,
    baseline: `CreateUser via SDK: ${ms(pair.directMs)}`,
    ratio: `${(pair.sideMs / pair.directMs).toFixed(2)}x the time`,
    target: '',
    pass: undefined,
  });
  return [
    row(`floor: POST x ${CONTEXT_USERS} to a bare Express app that only calls CreateUser, ${options.concurrency} in flight`, context.floor, 'express.json + SDK CreateUser'),
    row(`POST /Users x ${CONTEXT_USERS} with the store answering after ${STORE_LATENCY_MS} ms (emulator latency), ${options.concurrency} in flight`, context.gatewayWithLatency, 'gateway'),
  ];
}
