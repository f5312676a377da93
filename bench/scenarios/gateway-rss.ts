/**
 * The gateway's resident memory while it lists every user (issue #8: under 200 MB for 10,000
 * users). The gateway runs alone in a child process (gateway-process.ts), configured as against
 * AWS but pointed at this process's emulator, so its RSS holds no emulator data. Listed twice:
 * paging through everything with count=100 (the first page materialises the whole result as a
 * snapshot) and the scan filter; RSS is sampled every 20 ms and the process's peak is read at the end.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchEnvironment } from '../bench-environment.ts';
import { BENCH_CREDENTIALS, BENCH_GATEWAY_ENV, STORE_ID } from '../bench-environment.ts';
import type { ChildMessage } from '../gateway-process.ts';
import { ScimClient } from '../scim-client.ts';
import type { ResultRow } from '../report.ts';

export const RSS_TARGET_MB = 200;
const MB = 1024 * 1024;

export interface RssResult {
  readonly users: number;
  readonly idleMb: number;
  readonly sampledPeakMb: number;
  readonly processPeakMb: number;
}

function nextMessage(child: ChildProcess, kind: ChildMessage['kind']): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage): void => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null): void => reject(new Error(`the gateway child exited (${String(code)}) before sending ${kind}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function memory(child: ChildProcess): Promise<{ rss: number; peakRss: number }> {
  const reply = nextMessage(child, 'memory');
  child.send('memory');
  const message = await reply;
  if (message.kind !== 'memory') throw new Error('unexpected reply');
  return message;
}

export async function measureGatewayRss(env: BenchEnvironment, users: number): Promise<RssResult> {
  const child = fork(fileURLToPath(new URL('../gateway-process.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      ...BENCH_GATEWAY_ENV,
      IDENTITY_STORE_ID: STORE_ID,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_IDENTITYSTORE: env.emulator.endpoint,
      AWS_ACCESS_KEY_ID: BENCH_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: BENCH_CREDENTIALS.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const ready = await nextMessage(child, 'ready');
    if (ready.kind !== 'ready') throw new Error('unexpected reply');
    const scim = new ScimClient(ready.port, env.token, 1);
    await scim.expect(200, 'GET', '/Users?count=1&filter=userName%20eq%20%22nobody%22');
    const idle = await memory(child);
    let sampledPeak = idle.rss;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        sampledPeak = Math.max(sampledPeak, (await memory(child)).rss);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    let total = Number.POSITIVE_INFINITY;
    for (let startIndex = 1; startIndex <= total; startIndex += 100) {
      total = ((await scim.expect(200, 'GET', `/Users?startIndex=${startIndex}&count=100`)) as { totalResults: number }).totalResults;
    }
    await scim.expect(200, 'GET', `/Users?filter=${encodeURIComponent('name.familyName co "x"')}&count=100`);
    sampling = false;
    await sampler;
    const end = await memory(child);
    scim.close();
    return { users, idleMb: idle.rss / MB, sampledPeakMb: Math.max(sampledPeak, end.rss) / MB, processPeakMb: end.peakRss / MB };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('close');
    await exited;
  }
}

export function rssRows(result: RssResult): ResultRow[] {
  return [{
    item: `gateway RSS while listing ${result.users} users (gateway alone in a child process)`,
    measured: `peak ${result.processPeakMb.toFixed(0)} MB (sampled ${result.sampledPeakMb.toFixed(0)} MB)`,
    baseline: `idle after start ${result.idleMb.toFixed(0)} MB`,
    ratio: `+${(result.processPeakMb - result.idleMb).toFixed(0)} MB`,
    target: `< ${RSS_TARGET_MB} MB`,
    pass: result.processPeakMb < RSS_TARGET_MB,
  }];
}
