/**
 * The gateway's resident memory while it lists every user (issue #8: under 200 MB for 10,000
 * users). The gateway runs alone, as production runs it: `node dist/cli/main.js serve` (compiled
 * by `npm run build` first, no transpiler loaded), configured as against AWS but pointed at this
 * process's emulator, so its RSS holds no emulator data and no instrumentation. Listed twice:
 * paging through everything with count=100 (the first page materialises the whole result as a
 * snapshot) and the scan filter; RSS is read from /proc every 20 ms (Linux), and the process's
 * own peak (VmHWM) at the end.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BenchEnvironment } from '../bench-environment.ts';
import { BENCH_CREDENTIALS, BENCH_GATEWAY_ENV, STORE_ID } from '../bench-environment.ts';
import { ScimClient } from '../scim-client.ts';
import type { ResultRow } from '../report.ts';

export const RSS_TARGET_MB = 200;

export interface RssResult {
  readonly users: number;
  readonly idleMb: number;
  readonly sampledPeakMb: number;
  readonly processPeakMb: number;
}

const MB = 1024 * 1024;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Current and peak resident set of a process, from /proc/<pid>/status (kB there). */
async function memoryOf(pid: number): Promise<{ rss: number; peakRss: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (match?.[1] === undefined) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(match[1]) * 1024;
  };
  return { rss: kilobytes('VmRSS'), peakRss: kilobytes('VmHWM') };
}

/** Resolves with the port once `serve` prints its base URL. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const port = /^SCIM base URL: http:\/\/[^:]+:(\d+)\//m.exec(printed)?.[1];
      if (port !== undefined) resolve(Number(port));
    });
    child.once('exit', (code) => reject(new Error(`the gateway exited (${String(code)}) before listening; it printed: ${printed}`)));
  });
}

export async function measureGatewayRss(env: BenchEnvironment, users: number): Promise<RssResult> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const child = spawn(process.execPath, ['dist/cli/main.js', 'serve'], {
    cwd: ROOT,
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
    // Log lines (stderr, at the production level) are built and written, to nowhere.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the gateway did not start');
  try {
    const scim = new ScimClient(await listeningPort(child), env.token, 1);
    await scim.expect(200, 'GET', '/Users?count=1&filter=userName%20eq%20%22nobody%22');
    const idle = await memoryOf(pid);
    let sampledPeak = idle.rss;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        sampledPeak = Math.max(sampledPeak, (await memoryOf(pid)).rss);
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
    const end = await memoryOf(pid);
    scim.close();
    return { users, idleMb: idle.rss / MB, sampledPeakMb: Math.max(sampledPeak, end.rss) / MB, processPeakMb: end.peakRss / MB };
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

export function rssRows(result: RssResult): ResultRow[] {
  return [{
    item: `gateway RSS while listing ${result.users} users (the production command alone in its own process)`,
    measured: `peak ${result.processPeakMb.toFixed(0)} MB (sampled ${result.sampledPeakMb.toFixed(0)} MB)`,
    baseline: `idle after start ${result.idleMb.toFixed(0)} MB`,
    ratio: `+${(result.processPeakMb - result.idleMb).toFixed(0)} MB`,
    target: `< ${RSS_TARGET_MB} MB`,
    pass: result.processPeakMb < RSS_TARGET_MB,
  }];
}
