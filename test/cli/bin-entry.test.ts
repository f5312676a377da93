/**
 * bin/scim-bridge.js picks what to run: the TypeScript sources through tsx in a checkout, the
 * compiled dist/ where no sources sit beside it (the container image). The second case is built
 * here into a directory laid out like the image, whose node_modules lacks tsx: if the entry point
 * reached for the transpiler, the command would fail.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENV = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

describe('bin/scim-bridge.js', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('runs the sources in a checkout', async () => {
    const { stdout } = await run(process.execPath, ['bin/scim-bridge.js', '--help'], { cwd: ROOT, env: ENV });
    assert.match(stdout, /Usage: scim-bridge <command>/);
  });

  it('runs the compiled dist/ where there are no sources, without loading tsx', async () => {
    const image = await mkdtemp(join(tmpdir(), 'scim-bridge-image-'));
    dirs.push(image);
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--noCheck', '--outDir', join(image, 'dist')], { cwd: ROOT });
    await cp(join(ROOT, 'bin'), join(image, 'bin'), { recursive: true });
    await cp(join(ROOT, 'package.json'), join(image, 'package.json'));
    await mkdir(join(image, 'node_modules'));
    for (const name of await readdir(join(ROOT, 'node_modules'))) {
      if (name !== 'tsx' && name !== '.bin') await symlink(join(ROOT, 'node_modules', name), join(image, 'node_modules', name));
    }
    const { stdout } = await run(process.execPath, ['bin/scim-bridge.js', 'token', '--help'], { cwd: image, env: ENV });
    assert.match(stdout, /Usage: scim-bridge token/);
    // The same layout with sources beside it would need tsx, which is absent: proof of the other branch.
    await cp(join(ROOT, 'src'), join(image, 'src'), { recursive: true });
    await assert.rejects(run(process.execPath, ['bin/scim-bridge.js', '--help'], { cwd: image, env: ENV }), /tsx/);
  });
});
