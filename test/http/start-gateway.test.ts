import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/config-error.ts';
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import { emulatorPersistFile, startGateway } from '../../src/main.ts';
import { silentLogger } from '../../src/observability/logger.ts';

const SECRET = 'start-gateway-test-secret-of-32-bytes+';

describe('startGateway (the composition root)', () => {
  it('embedded mode: prints URL and a ready token that works over a real socket, and 401 without it', async () => {
    const lines: string[] = [];
    const gateway = await startGateway({ PORT: '0', SCIM_BRIDGE_STATE: 'memory:' }, { print: (line) => void lines.push(line), logger: silentLogger });
    try {
      assert.match(gateway.url, /^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
      assert.ok(lines.some((line) => /embedded Identity Store emulator/.test(line)));
      assert.ok(lines.includes(`SCIM base URL: ${gateway.url}`));
      const printed = lines.find((line) => line.startsWith('Bearer token: '))?.slice('Bearer token: '.length);
      assert.ok(printed !== undefined && printed === gateway.token);

      const ok = await fetch(`${gateway.url}/ServiceProviderConfig`, { headers: { Authorization: `Bearer ${printed}` } });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('content-type'), 'application/scim+json; charset=utf-8');
      const denied = await fetch(`${gateway.url}/ServiceProviderConfig`);
      assert.equal(denied.status, 401);
      assert.match(String(denied.headers.get('www-authenticate')), /^Bearer/);

      const ready = await fetch(gateway.url.replace('/scim/v2', '/readyz'));
      assert.equal(ready.status, 200, await ready.clone().text());
    } finally {
      await gateway.close();
    }
  });

  it('uses a configured secret instead of printing a token', async () => {
    const lines: string[] = [];
    const gateway = await startGateway({ PORT: '0', SCIM_BRIDGE_STATE: 'memory:', SCIM_BRIDGE_JWT_SECRET: SECRET }, { print: (line) => void lines.push(line), logger: silentLogger });
    try {
      assert.equal(gateway.token, undefined);
      assert.ok(!lines.some((line) => line.startsWith('Bearer token:')));
      assert.ok(lines.some((line) => line.includes('token create')));
    } finally {
      await gateway.close();
    }
  });

  it('real mode: talks to the Identity Store named by IDENTITY_STORE_ID at AWS_ENDPOINT_URL_IDENTITYSTORE', async () => {
    const emulator = await startEmulator({ knownIdentityStoreIds: ['d-abcdef0123'] });
    // The default credential chain reads process.env; this test file runs in its own process.
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIAEXAMPLEEXAMPLE01';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'example';
    const gateway = await startGateway(
      { PORT: '0', HOST: '127.0.0.1', SCIM_BRIDGE_STATE: 'memory:', IDENTITY_STORE_ID: 'd-abcdef0123', AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL_IDENTITYSTORE: emulator.endpoint, SCIM_BRIDGE_JWT_SECRET: SECRET },
      { print: () => undefined, logger: silentLogger },
    );
    try {
      const ready = await fetch(gateway.url.replace('/scim/v2', '/readyz'));
      assert.equal(ready.status, 200);
      assert.equal(emulator.calls.count('ListUsers'), 1);
    } finally {
      await gateway.close();
      await emulator.close();
    }
  });

  it('rejects a bad environment with every problem, before starting anything', async () => {
    await assert.rejects(startGateway({ PORT: 'x', SCIM_BRIDGE_DEACTIVATION: 'nope' }, { print: () => undefined, logger: silentLogger }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.issues.map((issue) => issue.variable), ['PORT', 'SCIM_BRIDGE_DEACTIVATION']);
      return true;
    });
  });

  it('closes what it started when the port is taken', async () => {
    const first = await startGateway({ PORT: '0', SCIM_BRIDGE_STATE: 'memory:' }, { print: () => undefined, logger: silentLogger });
    try {
      const port = new URL(first.url).port;
      await assert.rejects(startGateway({ PORT: port, SCIM_BRIDGE_STATE: 'memory:' }, { print: () => undefined, logger: silentLogger }), /EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('persists the embedded directory beside sqlite state, so a restart keeps users and mappings together', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scim-bridge-gw-'));
    try {
      const gateway = await startGateway({ PORT: '0', SCIM_BRIDGE_STATE: 'sqlite:./data/state.db' }, { print: () => undefined, logger: silentLogger, cwd: dir });
      await gateway.close();
      const persisted = await readFile(join(dir, 'data', 'identity-store.json'), 'utf8');
      assert.ok(persisted.length > 0);
      assert.equal(emulatorPersistFile('memory:', dir), undefined);
      assert.equal(emulatorPersistFile('sqlite::memory:', dir), undefined);
      assert.equal(emulatorPersistFile('postgres://db/x', dir), join(dir, 'data', 'identity-store.json'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
