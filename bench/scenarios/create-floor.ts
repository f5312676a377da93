/**
 * Context for the POST /Users ratio, not a target: how close to the direct CreateUser time any
 * Express gateway in this process could come, and what the ratio means when the store is not on
 * loopback.
 *
 * - The floor: a bare Express app (express.json, one SDK CreateUser with the gateway's
 *   `cacheMiddleware`, the body echoed back) on the same emulator, under the same load. What the
 *   real gateway spends above this line is its own work (validation, rendering, auth, logs,
 *   metrics, state), the part a profile can act on.
 * - Store latency: the same gateway-against-direct comparison with the emulator answering every
 *   call after a fixed delay, as AWS does across a network. The target is the loopback
 *   row; this one shows how much of the gateway's cost an IdP sees in practice.
 */
import { createServer, type Server } from 'node:http';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import express from 'express';
import type { BenchEnvironment } from '../bench-environment.ts';
import { BENCH_CREDENTIALS } from '../bench-environment.ts';
import type { BenchOptions } from '../bench-options.ts';
import { runLoad } from '../run-load.ts';
import { ms, type ResultRow } from '../report.ts';
import { ScimClient } from '../scim-client.ts';
import { createUserCommand, scimUser } from './create-users.ts';

/** Creates per side in each context run: enough for a stable rate, few enough to keep the run short. */
const CONTEXT_USERS = 1_000;
/** The store's answer delay in the latency run: an assumed network round trip plus service time, not a measurement of AWS. */
export const STORE_LATENCY_MS = 20;

async function startFloorApp(client: IdentitystoreClient): Promise<{ server: Server; port: number }> {
  const app = express();
  // As the gateway: no ETag hashed by express over every body.
  app.set('etag', false);
  app.use(express.json({ type: ['application/json', 'application/scim+json'] }));
  app.post('/scim/v2/Users', async (req, res) => {
    const body = req.body as { userName: string };
    const output = await client.send(createUserCommand(body.userName, 0));
    res.status(201).type('application/scim+json').send(JSON.stringify({ ...body, id: output.UserId }));
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the floor app has no port');
  return { server, port: address.port };
}

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
  const client = new IdentitystoreClient({ region: 'us-east-1', endpoint: env.emulator.endpoint, credentials: BENCH_CREDENTIALS, cacheMiddleware: true });
  const floorApp = await startFloorApp(client);
  const floorClient = new ScimClient(floorApp.port, env.token, options.concurrency);
  try {
    const floor = await compare(env, options, (userName, index) => floorClient.expect(201, 'POST', '/Users', scimUser(userName, index)), `floor-${runId}`);
    const scim = env.scim(options.concurrency);
    const removeLatency = env.emulator.faults.add({ action: { kind: 'latency', ms: STORE_LATENCY_MS } });
    try {
      const gatewayWithLatency = await compare(env, options, (userName, index) => scim.expect(201, 'POST', '/Users', scimUser(userName, index)), `latency-${runId}`);
      return { floor, gatewayWithLatency };
    } finally {
      removeLatency();
    }
  } finally {
    floorClient.close();
    client.destroy();
    await new Promise<void>((resolve) => floorApp.server.close(() => resolve()));
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
