// Starts moto (an independent Python implementation of AWS APIs, 5.2.1 in the machine image's
// pyenv Python) as a peer Identity Store for behavioural tests; see
// shared/docs/research/moto-peer.md. One server per test file; `reset()` between tests.
//
// `python3 -m moto.server` is what the `moto_server` shim runs; starting it through the same
// interpreter that passed the import check means a missing moto fails here, with a clear message,
// and not as a connection refused later.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface MotoServer {
  /** Base URL for an SDK client's `endpoint`. */
  readonly url: string;
  readonly port: number;
  readonly version: string;
  /** Drops all moto state (every service, account and region). */
  reset(): Promise<void>;
  /** Stops the process; safe to call twice. */
  close(): Promise<void>;
}

export interface StartMotoOptions {
  /** Interpreter with moto installed; defaults to `python3` from PATH (the pyenv shim, not /usr/bin). */
  readonly python?: string;
  readonly readyTimeoutMs?: number;
}

/** Credentials moto accepts (it checks none); any IdentityStoreId works, stores are created lazily. */
export const MOTO_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' } as const;

function motoVersion(python: string): string {
  const probe = spawnSync(python, ['-c', 'import moto; print(moto.__version__)'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error !== undefined || probe.status !== 0) {
    const reason = probe.error?.message ?? probe.stderr.trim().split('\n').pop() ?? `exit ${String(probe.status)}`;
    throw new Error(
      `moto is not importable with '${python}' (${reason}). The moto peer tests need moto 5.2.1 in the pyenv ` +
        `Python (python3 from PATH, not /usr/bin/python3); see shared/docs/research/moto-peer.md.`,
    );
  }
  return probe.stdout.trim();
}

/** A port that was free a moment ago: bind port 0 on loopback, read it, release it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`moto_server exited before it was ready (code ${String(child.exitCode)}):\n${stderr()}`);
    }
    try {
      const response = await fetch(`${url}/moto-api/reset`, { method: 'POST', signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`moto_server did not answer on ${url} within ${timeoutMs} ms:\n${stderr()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

export async function startMotoServer(options: StartMotoOptions = {}): Promise<MotoServer> {
  const python = options.python ?? 'python3';
  const version = motoVersion(python);
  let lastError: unknown;
  // The free port can be taken between the probe and moto binding it; try a few ports.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PYTHONUNBUFFERED: '1' },
    });
    let stderrTail = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4000);
    });
    try {
      await waitUntilReady(url, child, () => stderrTail, options.readyTimeoutMs ?? 20_000);
    } catch (error) {
      lastError = error;
      await stop(child);
      continue;
    }
    return {
      url,
      port,
      version,
      async reset(): Promise<void> {
        const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
        if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status} ${await response.text()}`);
        await response.arrayBuffer().catch(() => undefined);
      },
      close: () => stop(child),
    };
  }
  throw lastError instanceof Error ? lastError : new Error('moto_server could not be started.');
}
