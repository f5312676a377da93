/**
 * `token create | list | revoke` against real SQLite gateway state, and revocation as two gateway
 * instances sharing that state see it over HTTP: from their next request on, with no restart.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { startGateway, type RunningGateway } from '../../src/main.ts';
import { silentLogger } from '../../src/observability/logger.ts';
import { tempDirForThisFile } from '../state/temp-dir.ts';

const SECRET = 'token-commands-test-secret-of-32-bytes!';
const dir = tempDirForThisFile('token-commands');
const ENV = { SCIM_BRIDGE_JWT_SECRET: SECRET, SCIM_BRIDGE_STATE: 'sqlite:./shared/state.db' };

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function cli(args: readonly string[], env: Record<string, string | undefined> = ENV): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, stdout: (line) => void out.push(line), stderr: (line) => void err.push(line), waitForShutdown: () => Promise.resolve('SIGTERM'), cwd: dir };
  const code = await runCli(args, io);
  return { code, out, err };
}

async function createToken(subject: string, ...extra: string[]): Promise<{ token: string; jti: string }> {
  const run = await cli(['token', 'create', '--subject', subject, ...extra]);
  assert.equal(run.code, 0, run.err.join('\n'));
  const token = run.out[0] ?? '';
  return { token, jti: String(jwt.decode(token, { json: true })?.jti) };
}

interface ListedToken {
  readonly jti: string;
  readonly subject: string;
  readonly scopes: string[];
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly status: string;
}

async function listed(): Promise<ListedToken[]> {
  const run = await cli(['token', 'list', '--json']);
  assert.equal(run.code, 0, run.err.join('\n'));
  return JSON.parse(run.out.join('\n')) as ListedToken[];
}

describe('token revocation across gateway instances sharing SQLite state', () => {
  const gateways: RunningGateway[] = [];
  before(async () => {
    for (let i = 0; i < 2; i += 1) {
      gateways.push(await startGateway({ ...ENV, PORT: '0', HOST: '127.0.0.1' }, { cwd: dir, print: () => undefined, logger: silentLogger }));
    }
  });
  after(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  const statusAt = async (gateway: RunningGateway, token: string): Promise<number> =>
    (await request(`http://127.0.0.1:${gateway.port}`).get('/scim/v2/ServiceProviderConfig').set('Authorization', `Bearer ${token}`)).status;

  it('several tokens are valid at once; revoking one refuses it on every instance from the next request on', async () => {
    const old = await createToken('okta-prod', '--expires-in', '365d');
    const rotated = await createToken('okta-prod', '--scope', 'scim:write');
    for (const gateway of gateways) {
      assert.equal(await statusAt(gateway, old.token), 200);
      assert.equal(await statusAt(gateway, rotated.token), 200);
    }

    const revoke = await cli(['token', 'revoke', old.jti]);
    assert.equal(revoke.code, 0);
    assert.deepEqual(revoke.out, [`Revoked token ${old.jti} (subject okta-prod); gateways sharing this state refuse it from their next request on.`]);
    assert.deepEqual(revoke.err, []);

    for (const gateway of gateways) {
      const res = await request(`http://127.0.0.1:${gateway.port}`).get('/scim/v2/ServiceProviderConfig').set('Authorization', `Bearer ${old.token}`);
      assert.equal(res.status, 401);
      assert.match(String(res.headers['www-authenticate']), /error_description="revoked"/);
      assert.equal(await statusAt(gateway, rotated.token), 200, 'the rotated token stays valid');
    }
  });

  it('token list shows what was issued and its status, never a token', async () => {
    const { token, jti } = await createToken('entra', '--scope', 'scim:read', '--expires-in', '1s');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const rows = await listed();
    const row = rows.find((candidate) => candidate.jti === jti);
    assert.deepEqual({ ...row, expiresAt: typeof row?.expiresAt }, { jti, subject: 'entra', scopes: ['scim:read'], issuedAt: row?.['issuedAt' as keyof ListedToken], expiresAt: 'string', revokedAt: null, status: 'expired' });
    assert.ok(rows.some((candidate) => candidate.subject === 'okta-prod' && candidate.status === 'revoked' && candidate.revokedAt !== null));
    assert.ok(rows.some((candidate) => candidate.subject === 'okta-prod' && candidate.status === 'active'));

    const table = await cli(['token', 'list']);
    assert.equal(table.code, 0);
    assert.match(table.out[0] ?? '', /^JTI +SUBJECT +SCOPES +ISSUED +EXPIRES +STATUS$/);
    assert.ok(table.out.some((line) => line.startsWith(jti) && / expired$/.test(line)));
    const text = [...table.out, ...(await cli(['token', 'list', '--json'])).out].join('\n');
    assert.ok(!text.includes(token.split('.')[2] ?? 'x'), 'no signature in the listing');
    assert.ok(!text.includes(SECRET));
  });

  it('revoking again reports the first revocation; an unknown id is denylisted with a warning', async () => {
    const { jti } = await createToken('jumpcloud');
    assert.equal((await cli(['token', 'revoke', jti])).code, 0);
    const again = await cli(['token', 'revoke', jti]);
    assert.equal(again.code, 0);
    assert.match(again.out[0] ?? '', new RegExp(`^Token ${jti} \\(subject jumpcloud\\) was already revoked at \\d{4}-`));

    const unknown = await cli(['token', 'revoke', 'not-in-the-registry']);
    assert.equal(unknown.code, 0);
    assert.match(unknown.err.join('\n'), /not in the issued-token registry/);
  });
});

describe('token command errors', () => {
  it('list and revoke refuse memory: state, and bad arguments', async () => {
    const memory = await cli(['token', 'list'], { SCIM_BRIDGE_STATE: 'memory:' });
    assert.equal(memory.code, 1);
    assert.match(memory.err.join('\n'), /memory:, which lives inside one process only/);
    assert.equal((await cli(['token', 'revoke'])).code, 2);
    assert.equal((await cli(['token', 'revoke', 'a', 'b'])).code, 2);
    assert.equal((await cli(['token', 'revoke', 'has space'])).code, 2);
    assert.equal((await cli(['token', 'list', '--subject', 'x'])).code, 2);
    assert.equal((await cli(['token'])).code, 2);
    assert.equal((await cli(['token', 'create', '--subject', 'bad\u0007name'])).code, 2);
  });

  it('create names a bad state URL and a missing key', async () => {
    const run = await cli(['token', 'create', '--subject', 'x'], { SCIM_BRIDGE_STATE: 'mysql://x' });
    assert.equal(run.code, 1);
    assert.match(run.err.join('\n'), /SCIM_BRIDGE_JWT_SECRET: is required to sign tokens \(or SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE for ES256\)/);
    assert.match(run.err.join('\n'), /SCIM_BRIDGE_STATE: /);
    assert.deepEqual(run.out, []);
  });
});

describe('token create with an ES256 key pair', () => {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'jwt.pem'), pair.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  writeFileSync(join(dir, 'jwt.pub.pem'), pair.publicKey.export({ format: 'pem', type: 'spki' }));

  it('signs with the private key (preferred over the secret) and records the token', async () => {
    const run = await cli(['token', 'create', '--subject', 'google'], { ...ENV, SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: 'jwt.pem' });
    assert.equal(run.code, 0, run.err.join('\n'));
    const token = run.out[0] ?? '';
    const decoded = jwt.verify(token, pair.publicKey, { algorithms: ['ES256'], complete: true });
    assert.equal(decoded.header.alg, 'ES256');
    assert.match(run.err.join('\n'), /Token for google \(ES256; scopes scim:read scim:write; no expiry; id /);
    assert.ok((await listed()).some((row) => row.subject === 'google'));
  });

  it('cannot sign with the public key alone', async () => {
    const run = await cli(['token', 'create', '--subject', 'google'], { SCIM_BRIDGE_STATE: 'memory:', SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE: 'jwt.pub.pem' });
    assert.equal(run.code, 1);
    assert.match(run.err.join('\n'), /SCIM_BRIDGE_JWT_SECRET: is required to sign tokens/);
    assert.deepEqual(run.out, []);
  });

  it('reports a key file that is not a P-256 private key', async () => {
    const run = await cli(['token', 'create', '--subject', 'google'], { SCIM_BRIDGE_STATE: 'memory:', SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: 'jwt.pub.pem' });
    assert.equal(run.code, 1);
    assert.match(run.err.join('\n'), /SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: jwt\.pub\.pem is not an unencrypted PEM private key/);
  });
});
