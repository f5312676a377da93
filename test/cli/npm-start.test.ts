/**
 * The README's promise: `npm start` prints a URL and a token that work. This runs `npm start`
 * itself as a real process: it compiles src/ into dist/ and serves from there.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start (serve as a real process)', () => {
  it('prints the SCIM base URL and a bearer token that work, and exits 0 on SIGTERM', async () => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', SCIM_BRIDGE_STATE: 'memory:', IDENTITY_STORE_ID: '', SCIM_BRIDGE_JWT_SECRET: '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit');
    try {
      const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL and token within 30 s; stdout: ${stdout} stderr: ${stderr}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const url = /^SCIM base URL: (\S+)$/m.exec(stdout)?.[1];
          const token = /^Bearer token: (\S+)$/m.exec(stdout)?.[1];
          if (url !== undefined && token !== undefined) {
            clearTimeout(timer);
            resolve({ url, token });
          }
        });
        child.once('exit', (code) => reject(new Error(`exited early (${code}); stderr: ${stderr}`)));
      });
      assert.match(stdout, /embedded Identity Store emulator/);
      const ok = await fetch(`${url}/ServiceProviderConfig`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as { schemas: string[] }).schemas[0], 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig');
      const denied = await fetch(`${url}/ServiceProviderConfig`);
      assert.equal(denied.status, 401);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0, stderr);
  });

  it('exits 1 listing every bad key when the environment is wrong', async () => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'x', IDENTITY_STORE_ID: 'd-1234567890', AWS_REGION: '', SCIM_BRIDGE_JWT_SECRET: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 1);
    for (const name of ['PORT', 'AWS_REGION', 'SCIM_BRIDGE_JWT_SECRET']) assert.match(stderr, new RegExp(`- ${name}: `));
  });
});
