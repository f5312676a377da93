/**
 * `npm test`: every test/**\/*.test.ts through node:test, as `node --test --test-concurrency=2`
 * runs them, with two differences (docs/decisions/0009-test-runner.md):
 *
 * - a time limit per test and per file (TEST_TIMEOUT_MS, default 5 minutes), so nothing can keep
 *   CI waiting forever: a stuck file is cancelled and named;
 * - a file cancelled by that limit before it reported a single test runs once more. On Node 20 a
 *   test process can hang for good while tsx registers its module hooks (the main thread waits on
 *   the hooks thread, which never answers; seen once in about a thousand process starts on our CI
 *   machine), before any test code runs. That is Node's bug, not the file's. A file that hangs
 *   after reporting a test fails at once; one that hangs again fails after its second run.
 *
 * Test processes inherit this process's `--import tsx` (node:test passes execArgv on). Output is
 * node's TAP (spec on a terminal); the exit status is 1 when anything failed.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

interface TestEvent {
  readonly name: string;
  readonly nesting: number;
  readonly file?: string;
  readonly details?: { readonly error?: { readonly failureType?: string } };
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.test.ts'))
    .map((path) => join(dir, path))
    .sort();
}

function timeoutFromEnv(): number {
  const raw = process.env['TEST_TIMEOUT_MS'];
  if (raw === undefined || raw === '') return DEFAULT_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`TEST_TIMEOUT_MS must be a positive integer (got ${JSON.stringify(raw)})`);
  return value;
}

interface RunOutcome {
  readonly failed: number;
  /** Files cancelled by the time limit before any of their tests started. */
  readonly neverStarted: readonly string[];
}

async function runFiles(files: readonly string[], timeout: number): Promise<RunOutcome> {
  const stream = run({ files: [...files], concurrency: 2, timeout });
  const started = new Set<string>();
  const timedOutFiles: string[] = [];
  let failed = 0;
  stream.on('test:start', (event: TestEvent) => {
    // The file's own entry is named after the file; anything else is one of its tests.
    if (event.file !== undefined && event.name !== event.file) started.add(event.file);
  });
  stream.on('test:fail', (event: TestEvent) => {
    failed += 1;
    if (event.nesting === 0 && event.file !== undefined && event.name === event.file && event.details?.error?.failureType === 'testTimeoutFailure') {
      timedOutFiles.push(event.file);
    }
  });
  const reporter: Readable = process.stdout.isTTY ? stream.compose<Readable>(new spec()) : stream.compose<Readable>(tap);
  await new Promise<void>((resolve, reject) => {
    reporter.on('end', resolve).on('error', reject).pipe(process.stdout, { end: false });
  });
  const neverStarted = timedOutFiles.filter((file) => !started.has(file));
  return { failed: failed - neverStarted.length, neverStarted };
}

// Another folder of tests can be named (the runner's own test does); by default, this one.
const root = process.argv[2] ?? import.meta.dirname;
const timeout = timeoutFromEnv();
const first = await runFiles(testFiles(root), timeout);
let failed = first.failed;
if (first.neverStarted.length > 0) {
  const names = first.neverStarted.map((file) => relative(process.cwd(), file)).join(', ');
  process.stdout.write(`# never started within ${timeout} ms, running once more: ${names}\n`);
  failed += (await runFiles(first.neverStarted, timeout)).failed;
}
process.exitCode = failed > 0 ? 1 : 0;
