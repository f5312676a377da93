/**
 * `scim-bridge doctor` against a real Identity Store emulator over HTTP (SigV4 checked against
 * the keys below), real SQLite files and a real PostgreSQL server. The SDK's default credential
 * chain reads process.env, so the keys go there; this file runs in its own process.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.ts';
import { openGatewayState } from '../../src/state/open-gateway-state.ts';
import { testSchemasForThisFile } from '../state/postgres/test-schemas.ts';

const STORE_ID = 'd-1234567890';
const ACCESS_KEY_ID = 'AKIADOCTORTEST000001';
const SECRET_ACCESS_KEY = 'doctor-test-secret-access-key-0123456789';
const JWT_SECRET = 'doctor-test-jwt-secret-with-32-bytes-or-more';

interface Run {
  readonly code: number;
  readonly text: string;
  /** One check's report line as `<status> <summary>`, e.g. `FAIL denied: ListGroups`. */
  line(name: string): string;
  /** The line under a check's line: its advice, when it has one. */
  advice(name: string): string;
}

async function doctor(env: Record<string, string>, args: readonly string[] = [], cwd = process.cwd()): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, stdout: (line) => void out.push(line), stderr: (line) => void err.push(line), waitForShutdown: () => Promise.resolve('SIGTERM'), cwd };
  const code = await runCli(['doctor', ...args], io);
  const text = [...out, ...err].join('\n');
  const find = (name: string): number => {
    const at = out.findIndex((candidate) => new RegExp(`^  (ok  |WARN|FAIL|skip)  ${name} `).test(candidate));
    assert.ok(at >= 0, `no report line for ${name} in:\n${text}`);
    return at;
  };
  return {
    code,
    text,
    line: (name) => {
      const found = out[find(name)] ?? '';
      return `${found.slice(2, 6).trim()} ${found.slice(found.indexOf(name) + name.length).trim()}`;
    },
    advice: (name) => out[find(name) + 1]?.trim() ?? '',
  };
}

function assertNoSecrets(run: Run): void {
  for (const secret of [SECRET_ACCESS_KEY, JWT_SECRET, 'pg-password-never-shown']) assert.ok(!run.text.includes(secret), `the report printed a secret:\n${run.text}`);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('scim-bridge doctor', () => {
  let emulator: RunningEmulator;
  let dir: string;
  const pg = testSchemasForThisFile();

  before(async () => {
    emulator = await startEmulator({ credentials: [{ accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY }], knownIdentityStoreIds: [STORE_ID] });
    dir = await mkdtemp(join(tmpdir(), 'scim-bridge-doctor-'));
    // Nothing on this machine may stand in for the keys below: no profile files, no instance role.
    for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_WEB_IDENTITY_TOKEN_FILE']) delete process.env[name];
    process.env['AWS_CONFIG_FILE'] = join(dir, 'no-aws-config');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(dir, 'no-aws-credentials');
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  });
  after(async () => {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    emulator.reset();
    process.env['AWS_ACCESS_KEY_ID'] = ACCESS_KEY_ID;
    process.env['AWS_SECRET_ACCESS_KEY'] = SECRET_ACCESS_KEY;
  });

  const awsEnv = (overrides: Record<string, string> = {}): Record<string, string> => ({
    IDENTITY_STORE_ID: STORE_ID,
    AWS_REGION: 'eu-west-1',
    AWS_ENDPOINT_URL_IDENTITYSTORE: emulator.endpoint,
    SCIM_BRIDGE_JWT_SECRET: JWT_SECRET,
    SCIM_BRIDGE_STATE: `sqlite:${join(dir, `state-${Math.random().toString(36).slice(2)}.db`)}`,
    ...overrides,
  });

  it('passes a healthy setup with one line per check, makes only reads, and prints no secret', async () => {
    const run = await doctor(awsEnv());
    assert.equal(run.code, 0, run.text);
    assert.match(run.line('configuration'), /^ok .*identity store d-1234567890 in eu-west-1/);
    assert.match(run.line('token keys'), /^ok HS256 secret loaded$/);
    assert.match(run.line('AWS credentials'), /^ok .*long-term keys from environment variables/);
    assert.match(run.line('identity store'), /^ok .*answered ListUsers/);
    // The emulator runs on this host's clock.
    assert.match(run.line('clock'), /^ok this host's clock agrees with the identity store's/);
    assert.match(run.line('read permissions'), /^ok /);
    assert.match(run.line('gateway state'), /^ok .*does not exist yet/);
    assert.match(run.line('deactivation mode'), /^skip .*status, not probed/);
    assert.match(run.text, /All checks passed\.$/);
    const operations = new Set(emulator.calls.list().map((call) => call.operation));
    assert.deepEqual([...operations].filter((operation) => !/^(Describe|Get|List|IsMember)/.test(operation)), [], 'doctor wrote to the store');
    for (const operation of ['ListUsers', 'ListGroups', 'DescribeUser', 'GetUserId', 'GetGroupId', 'ListGroupMemberships', 'ListGroupMembershipsForMember', 'GetGroupMembershipId', 'IsMemberInGroups']) {
      assert.ok(operations.has(operation), `${operation} was not probed`);
    }
    assertNoSecrets(run);
  });

  it('fails on a wrong identity store id, says which variables to check, and skips what depends on it', async () => {
    const run = await doctor(awsEnv({ IDENTITY_STORE_ID: 'd-9999999999' }));
    assert.equal(run.code, 1);
    assert.match(run.line('identity store'), /^FAIL .*ResourceNotFoundException/);
    assert.match(run.advice('identity store'), /fix: .*IDENTITY_STORE_ID and AWS_REGION/);
    assert.match(run.line('clock'), /^skip .*identity store failed/);
    assert.match(run.line('read permissions'), /^skip .*identity store failed/);
    assert.match(run.text, /1 check failed\.$/);
  });

  it('fails on credentials AWS does not accept, with credential advice and no secret printed', async () => {
    process.env['AWS_SECRET_ACCESS_KEY'] = 'a-wrong-secret-access-key';
    const run = await doctor(awsEnv());
    assert.equal(run.code, 1);
    assert.match(run.line('AWS credentials'), /^ok /, 'the keys resolve; AWS is what refuses them');
    assert.match(run.line('identity store'), /^FAIL .*InvalidSignatureException/);
    assert.match(run.advice('identity store'), /fix: .*AWS credentials .*docs\/aws-setup\.md#credentials/);
    assert.ok(!run.text.includes('a-wrong-secret-access-key'));
    assertNoSecrets(run);
  });

  it('fails when the credential chain finds nothing, and skips the identity store', async () => {
    delete process.env['AWS_ACCESS_KEY_ID'];
    delete process.env['AWS_SECRET_ACCESS_KEY'];
    const run = await doctor(awsEnv());
    assert.equal(run.code, 1);
    assert.match(run.line('AWS credentials'), /^FAIL none found/);
    assert.match(run.advice('AWS credentials'), /AWS_PROFILE .*aws sso login/);
    assert.match(run.line('identity store'), /^skip /);
    assert.equal(emulator.calls.count(), 0);
  });

  it('fails on an unreachable endpoint and names it', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const run = await doctor(awsEnv({ AWS_ENDPOINT_URL_IDENTITYSTORE: endpoint }));
    assert.equal(run.code, 1);
    assert.match(run.line('identity store'), /^FAIL .*NetworkError/);
    assert.ok(run.advice('identity store').includes(`${endpoint} is reachable`));
  });

  it('names every read the IAM policy denies', async () => {
    for (const operation of ['ListGroups', 'IsMemberInGroups'] as const) {
      emulator.faults.add({ operation, action: { kind: 'error', type: 'AccessDeniedException', message: 'User is not authorized to perform this action' } });
    }
    const run = await doctor(awsEnv());
    assert.equal(run.code, 1);
    assert.match(run.line('read permissions'), /^FAIL denied: ListGroups, IsMemberInGroups$/);
    assert.match(run.advice('read permissions'), /identitystore:ListGroups, identitystore:IsMemberInGroups .*docs\/aws-setup\.md#iam-policy/);
  });

  it('reports a bad environment with every variable named, and checks nothing else', async () => {
    const run = await doctor({ IDENTITY_STORE_ID: STORE_ID, SCIM_BRIDGE_STATE: 'mysql://x' });
    assert.equal(run.code, 1);
    assert.match(run.line('configuration'), /^FAIL .*AWS_REGION is required.*SCIM_BRIDGE_STATE/);
    assert.match(run.line('identity store'), /^skip /);
    assert.equal(emulator.calls.count(), 0);
  });

  it('token keys: loads ES256 key files as serve would, and names a file it cannot read', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const keyFile = join(dir, 'token-signing.pem');
    await writeFile(keyFile, privateKey);
    const loaded = await doctor(awsEnv({ SCIM_BRIDGE_JWT_SECRET: '', SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: keyFile }));
    assert.equal(loaded.code, 0, loaded.text);
    assert.match(loaded.line('token keys'), /^ok ES256 private key loaded$/);
    assert.ok(!loaded.text.includes('PRIVATE KEY'), 'the key itself is never printed');

    const missing = await doctor(awsEnv({ SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: join(dir, 'no-such-key.pem') }));
    assert.equal(missing.code, 1);
    assert.match(missing.line('token keys'), /^FAIL SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE cannot be read/);
    assert.match(missing.advice('token keys'), /refuse to start/);
  });

  it('--probe-deactivation: status and delete work on the emulator, and the temporary user is gone', async () => {
    const run = await doctor(awsEnv(), ['--probe-deactivation']);
    assert.equal(run.code, 0, run.text);
    assert.match(run.line('mode status'), /^ok .*read back/);
    assert.match(run.line('mode delete'), /^ok /);
    assert.match(run.line('mode suspend-memberships'), /^skip /);
    assert.match(run.line('userName lookup case'), /^ok GetUserId finds a userName written in another case/);
    const asked = emulator.calls.list()
      .filter((call) => call.operation === 'GetUserId')
      .map((call) => (call.input as { AlternateIdentifier?: { UniqueAttribute?: { AttributeValue?: string } } } | undefined)?.AlternateIdentifier?.UniqueAttribute?.AttributeValue);
    assert.ok(asked.some((value) => /^SCIM-BRIDGE-DOCTOR-[0-9A-F]{12}$/.test(String(value))), `the temporary user was not looked up upper-cased: ${JSON.stringify(asked)}`);
    const writes = emulator.calls.list().filter((call) => ['CreateUser', 'UpdateUser', 'DeleteUser'].includes(call.operation));
    assert.deepEqual(writes.map((call) => [call.operation, call.outcome.kind]), [['CreateUser', 'ok'], ['UpdateUser', 'ok'], ['DeleteUser', 'ok']]);
    assert.deepEqual((writes[1]?.input as { Operations?: unknown } | undefined)?.Operations, [{ AttributePath: 'userStatus', AttributeValue: 'DISABLED' }]);
    const left = emulator.core.invoke('ListUsers', { IdentityStoreId: STORE_ID }, { actor: 'test' }) as { Users: unknown[] };
    assert.equal(left.Users.length, 0);
  });

  it('--probe-deactivation: a store whose GetUserId matches userName case-sensitively gets a warning with advice, not a failure', async () => {
    // What a case-sensitive store answers for the upper-cased name (moto does this).
    emulator.faults.add({ operation: 'GetUserId', action: { kind: 'error', type: 'ResourceNotFoundException' } });
    const run = await doctor(awsEnv(), ['--probe-deactivation']);
    assert.equal(run.code, 0, run.text);
    assert.match(run.line('userName lookup case'), /^WARN GetUserId matches userName case-sensitively/);
    assert.match(run.advice('userName lookup case'), /upper-cased lookup/);
    assert.equal((emulator.core.invoke('ListUsers', { IdentityStoreId: STORE_ID }, { actor: 'test' }) as { Users: unknown[] }).Users.length, 0);
  });

  it('--probe-deactivation: a store that refuses userStatus fails the configured status mode, advises another, and still cleans up', async () => {
    emulator.faults.add({ operation: 'UpdateUser', action: { kind: 'error', type: 'ValidationException', message: 'Invalid attribute path userStatus' } });
    const refused = await doctor(awsEnv(), ['--probe-deactivation']);
    assert.equal(refused.code, 1);
    assert.match(refused.line('mode status'), /^FAIL not usable: .*ValidationException/);
    assert.match(refused.advice('mode status'), /SCIM_BRIDGE_DEACTIVATION=suspend-memberships or delete/);
    assert.match(refused.line('mode delete'), /^ok /);
    assert.equal((emulator.core.invoke('ListUsers', { IdentityStoreId: STORE_ID }, { actor: 'test' }) as { Users: unknown[] }).Users.length, 0);

    // The same store is fine for a gateway configured to delete: status is only a warning then.
    const deleting = await doctor(awsEnv({ SCIM_BRIDGE_DEACTIVATION: 'delete' }), ['--probe-deactivation']);
    assert.equal(deleting.code, 0, deleting.text);
    assert.match(deleting.line('mode status'), /^WARN /);
  });

  it('gateway state: current, pending migrations, and a store written by a newer release', async () => {
    const path = join(dir, 'migrated.db');
    const state = await openGatewayState(`sqlite:${path}`);
    await state.close();
    const current = await doctor(awsEnv({ SCIM_BRIDGE_STATE: `sqlite:${path}` }));
    assert.match(current.line('gateway state'), /^ok .*schema current/);

    const newer = new Database(path);
    newer.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'from the future', Date.now());
    newer.close();
    const refused = await doctor(awsEnv({ SCIM_BRIDGE_STATE: `sqlite:${path}` }));
    assert.equal(refused.code, 1);
    assert.match(refused.line('gateway state'), /^FAIL .*migration 999 .*newer version/);
    assert.match(refused.advice('gateway state'), /restore a backup/);

    const fresh = pg.fresh();
    const pending = await doctor(awsEnv({ SCIM_BRIDGE_STATE: fresh.url }));
    assert.match(pending.line('gateway state'), new RegExp(`^ok PostgreSQL .*schema ${fresh.schema}: reachable; the next gateway start applies \\d+ migration`));
    assert.deepEqual(await pg.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = '${fresh.schema}'`), [], 'doctor created the schema');
  });

  it('gateway state: an unreachable PostgreSQL fails without showing its password; memory: warns', async () => {
    const port = await closedPort();
    const unreachable = await doctor(awsEnv({ SCIM_BRIDGE_STATE: `postgres://scim:pg-password-never-shown@127.0.0.1:${port}/scim` }));
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.line('gateway state'), new RegExp(`^FAIL PostgreSQL 127\\.0\\.0\\.1:${port}/scim: `));
    assert.match(unreachable.advice('gateway state'), /SCIM_BRIDGE_STATE/);
    assertNoSecrets(unreachable);

    const memory = await doctor(awsEnv({ SCIM_BRIDGE_STATE: 'memory:' }));
    assert.equal(memory.code, 0);
    assert.match(memory.line('gateway state'), /^WARN .*lost when the gateway stops/);
  });

  it('embedded mode checks the state only, and --help explains the probe', async () => {
    const run = await doctor({ SCIM_BRIDGE_STATE: `sqlite:${join(dir, 'embedded.db')}` });
    assert.equal(run.code, 0, run.text);
    assert.match(run.line('configuration'), /embedded emulator/);
    assert.match(run.line('identity store'), /^skip embedded mode/);
    assert.equal(emulator.calls.count(), 0);

    const help = await doctor({}, ['--help']);
    assert.equal(help.code, 0);
    assert.match(help.text, /--probe-deactivation/);
    const bad = await doctor({}, ['--frobnicate']);
    assert.equal(bad.code, 2);
  });
});
