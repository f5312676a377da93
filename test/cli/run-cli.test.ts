import { describe, it } from 'node:test';
import { IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenKeyFromSecret } from '../../src/auth/token-key.ts';
import { verifyToken } from '../../src/auth/verify-token.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { openGatewayState } from '../../src/state/open-gateway-state.ts';

const SECRET = 'cli-test-secret-with-at-least-32-bytes';

interface Captured {
  readonly io: CliIo;
  readonly out: string[];
  readonly err: string[];
}

function capture(env: Record<string, string> = {}, cwd = process.cwd()): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, stdout: (line) => void out.push(line), stderr: (line) => void err.push(line), waitForShutdown: () => Promise.resolve('SIGTERM'), cwd };
  return { io, out, err };
}

describe('scim-bridge CLI', () => {
  it('prints help for the CLI and for each command', async () => {
    for (const [args, pattern] of [
      [['--help'], /Usage: scim-bridge <command>/],
      [['serve', '--help'], /Usage: scim-bridge serve/],
      [['emulator', '--help'], /Usage: scim-bridge emulator/],
      [['token', '--help'], /Usage: scim-bridge token create/],
      [['token', 'create', '-h'], /Usage: scim-bridge token create/],
    ] as const) {
      const { io, out } = capture();
      assert.equal(await runCli(args, io), 0, args.join(' '));
      assert.match(out.join('\n'), pattern);
    }
  });

  it('exits 2 on an unknown command or option', async () => {
    const unknown = capture();
    assert.equal(await runCli(['frobnicate'], unknown.io), 2);
    assert.match(unknown.err.join('\n'), /Unknown command: frobnicate/);
    const option = capture();
    assert.equal(await runCli(['serve', '--verbose'], option.io), 2);
    assert.match(option.err.join('\n'), /Unknown option '--verbose'/);
  });

  it('serve prints every bad key and exits 1', async () => {
    const { io, err } = capture({ PORT: 'eighty', IDENTITY_STORE_ID: 'd-1234567890' });
    assert.equal(await runCli(['serve'], io), 1);
    const text = err.join('\n');
    for (const name of ['PORT', 'AWS_REGION', 'SCIM_BRIDGE_JWT_SECRET']) assert.match(text, new RegExp(`- ${name}: `));
  });

  it('serve starts, waits for a signal and closes cleanly', async () => {
    const { io, out, err } = capture({ PORT: '0', SCIM_BRIDGE_STATE: 'memory:' });
    assert.equal(await runCli([], io), 0);
    assert.ok(out.some((line) => line.startsWith('SCIM base URL: http://127.0.0.1:')));
    assert.match(err.join('\n'), /SIGTERM received/);
  });

  it('emulator starts on the given port and stops on a signal', async () => {
    const { io, out } = capture();
    assert.equal(await runCli(['emulator', '--port', '0'], io), 0);
    assert.match(out[0] ?? '', /^Identity Store emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    const bad = capture();
    assert.equal(await runCli(['emulator', '--port', 'x'], bad.io), 2);
  });

  it('emulator --check-signatures refuses requests not signed with the key pair in its environment', async () => {
    const credentials = { accessKeyId: 'AKIACLITEST000000001', secretAccessKey: 'cli-emulator-secret-access-key-000001' };
    const missing = capture();
    assert.equal(await runCli(['emulator', '--port', '0', '--check-signatures'], missing.io), 2);
    assert.match(missing.err.join('\n'), /needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);

    let stop: (signal: string) => void = () => undefined;
    const out: string[] = [];
    const io: CliIo = {
      env: { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey },
      stdout: (line) => void out.push(line), stderr: () => undefined, cwd: process.cwd(),
      waitForShutdown: () => new Promise((resolve) => { stop = resolve; }),
    };
    const running = runCli(['emulator', '--port', '0', '--check-signatures'], io);
    while (!out.some((line) => line.startsWith('Identity Store emulator listening on '))) await new Promise((resolve) => setTimeout(resolve, 10));
    const endpoint = (out[0] ?? '').replace('Identity Store emulator listening on ', '');
    assert.ok(out.includes(`Signatures are checked: sign with the access key ${credentials.accessKeyId} and its secret.`));
    const list = (keys: typeof credentials): Promise<unknown> => {
      const client = new IdentitystoreClient({ region: 'us-east-1', endpoint, credentials: keys, maxAttempts: 1 });
      return client.send(new ListUsersCommand({ IdentityStoreId: 'd-1234567890' })).finally(() => client.destroy());
    };
    try {
      await list(credentials);
      await assert.rejects(list({ ...credentials, secretAccessKey: 'not-the-secret-access-key-0000000001' }), { name: 'InvalidSignatureException' });
      await assert.rejects(list({ accessKeyId: 'AKIASOMEBODYELSE0001', secretAccessKey: credentials.secretAccessKey }), { name: 'UnrecognizedClientException' });
    } finally {
      stop('SIGTERM');
    }
    assert.equal(await running, 0);
  });

  it('token create prints only a token that verifies with the secret, with the asked scope and expiry', async () => {
    const { io, out, err } = capture({ SCIM_BRIDGE_JWT_SECRET: SECRET, SCIM_BRIDGE_STATE: 'memory:' });
    assert.equal(await runCli(['token', 'create', '--subject', 'okta-prod', '--scope', 'scim:read', '--expires-in', '30d'], io), 0);
    assert.equal(out.length, 1);
    const result = verifyToken(out[0] ?? '', tokenKeyFromSecret(SECRET));
    assert.ok(result.ok);
    assert.equal(result.principal.subject, 'okta-prod');
    assert.deepEqual([...result.principal.scopes], ['scim:read']);
    const days = ((result.principal.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    assert.ok(days > 29.9 && days <= 30, String(days));
    assert.match(err.join('\n'), /Token for okta-prod/);
  });

  it('token create defaults to both scopes and no expiry', async () => {
    const { io, out } = capture({ SCIM_BRIDGE_JWT_SECRET: SECRET, SCIM_BRIDGE_STATE: 'memory:' });
    assert.equal(await runCli(['token', 'create', '--subject', 'entra'], io), 0);
    const result = verifyToken(out[0] ?? '', tokenKeyFromSecret(SECRET));
    assert.ok(result.ok);
    assert.deepEqual([...result.principal.scopes], ['scim:read', 'scim:write']);
    assert.equal(result.principal.expiresAt, undefined);
  });

  it('token create records the token in gateway state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scim-bridge-cli-'));
    try {
      const { io, out } = capture({ SCIM_BRIDGE_JWT_SECRET: SECRET, SCIM_BRIDGE_STATE: 'sqlite:./state.db' }, dir);
      assert.equal(await runCli(['token', 'create', '--subject', 'jumpcloud'], io), 0);
      const result = verifyToken(out[0] ?? '', tokenKeyFromSecret(SECRET));
      assert.ok(result.ok);
      const state = await openGatewayState('sqlite:./state.db', { cwd: dir });
      try {
        const tokens = await state.listIssuedTokens();
        assert.deepEqual(tokens.map((token) => [token.jti, token.subject]), [[result.principal.tokenId, 'jumpcloud']]);
      } finally {
        await state.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('token create needs SCIM_BRIDGE_JWT_SECRET (exit 1) and a subject (exit 2), and refuses bad scopes and spans', async () => {
    const noSecret = capture();
    assert.equal(await runCli(['token', 'create', '--subject', 'x'], noSecret.io), 1);
    assert.match(noSecret.err.join('\n'), /SCIM_BRIDGE_JWT_SECRET: is required to sign tokens/);
    assert.equal(noSecret.out.length, 0);
    for (const args of [['token', 'create'], ['token', 'create', '--subject', 'x', '--scope', 'admin'], ['token', 'create', '--subject', 'x', '--expires-in', '1y'], ['token', 'mint', '--subject', 'x']]) {
      const { io, out } = capture({ SCIM_BRIDGE_JWT_SECRET: SECRET });
      assert.equal(await runCli(args, io), 2, args.join(' '));
      assert.equal(out.length, 0);
    }
  });
});
