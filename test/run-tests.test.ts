// The test runner behind `npm test` (test/run-tests.ts): a file that hangs before reporting any
// test (Node 20's loader-hook deadlock, reproduced here by a file that hangs on its first run
// only) runs once more and then counts as passed; a file that hangs every time, hangs inside a
// test, or fails, fails the run; nothing waits longer than the time limit.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tempDirForThisFile } from './state/temp-dir.ts';

const RUNNER = join(import.meta.dirname, 'run-tests.ts');
const LIMIT_MS = 2_000;

const PASSES = `import { it } from 'node:test';\nit('passes', () => {});\n`;
const FAILS = `import { it } from 'node:test';\nimport assert from 'node:assert/strict';\nit('fails', () => assert.equal(1, 2));\n`;
const HANGS_BEFORE_TESTS = `setInterval(() => {}, 1000);\nawait new Promise(() => {});\n`;
const HANGS_IN_A_TEST = `import { it } from 'node:test';\nit('passes first', () => {});\nit('then hangs', async () => { setInterval(() => {}, 1000); await new Promise(() => {}); });\n`;
/** Hangs before any test the first time it runs (a marker file remembers), passes the second time. */
function hangsOnce(marker: string): string {
  return `import { existsSync, writeFileSync } from 'node:fs';\nimport { it } from 'node:test';\n`
    + `if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); setInterval(() => {}, 1000); await new Promise(() => {}); }\n`
    + `it('passes on the second run', () => {});\n`;
}

interface RunnerResult {
  readonly code: number;
  readonly output: string;
  readonly ms: number;
}

function runRunner(dir: string): Promise<RunnerResult> {
  const started = performance.now();
  // Without node:test's marker for its own child processes, which would make the runner act as one.
  const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', RUNNER, dir], { env: { ...env, TEST_TIMEOUT_MS: String(LIMIT_MS) } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, output: stdout + stderr, ms: performance.now() - started });
    });
  });
}

function suite(files: Record<string, string>): string {
  const dir = join(tempDirForThisFile('runner'), 'suite');
  mkdirSync(dir);
  // ES modules, as in this project (top-level await).
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('npm test\'s runner', () => {
  it('runs a file that hung before any test once more, and passes when it then passes', async () => {
    const dir = suite({ 'a.test.ts': PASSES });
    const marker = join(dir, '..', 'hung-once');
    writeFileSync(join(dir, 'b.test.ts'), hangsOnce(marker));
    const result = await runRunner(dir);
    assert.equal(result.code, 0, result.output);
    assert.ok(existsSync(marker), 'the first run hung');
    assert.match(result.output, /# never started within 2000 ms, running once more: .*b\.test\.ts/);
    assert.match(result.output, /ok \d+ - passes on the second run/);
  });

  it('fails the run for a file that hangs every time, one that hangs inside a test, and a failing test, within the limit', async () => {
    const result = await runRunner(suite({ 'a.test.ts': PASSES, 'b.test.ts': HANGS_BEFORE_TESTS, 'c.test.ts': HANGS_IN_A_TEST, 'd.test.ts': FAILS }));
    assert.equal(result.code, 1, result.output);
    // b hangs twice (two limits), c once: never an endless wait.
    assert.ok(result.ms < 8 * LIMIT_MS, `took ${String(result.ms)} ms`);
    assert.match(result.output, /running once more: .*b\.test\.ts/);
    assert.doesNotMatch(result.output, /running once more: .*c\.test\.ts/, 'c reported a test before hanging: not retried');
    assert.match(result.output, /not ok \d+ - fails/);
  });

  it('passes a suite that passes', async () => {
    const result = await runRunner(suite({ 'a.test.ts': PASSES, 'e.test.ts': PASSES }));
    assert.equal(result.code, 0, result.output);
    assert.doesNotMatch(result.output, /running once more/);
  });
});
