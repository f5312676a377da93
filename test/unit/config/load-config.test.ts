import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config/load-config.ts';
import { ConfigError, isConfigError } from '../../../src/config/config-error.ts';

const SECRET = 'x'.repeat(32);
const REAL = { IDENTITY_STORE_ID: 'd-1234567890', AWS_REGION: 'eu-west-1', SCIM_BRIDGE_JWT_SECRET: SECRET };

function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(isConfigError(error), `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('loadConfig accepted an invalid environment');
}

describe('loadConfig', () => {
  it('defaults to the embedded emulator on loopback port 8080 with sqlite state', () => {
    const config = loadConfig({});
    assert.deepEqual(config, {
      port: 8080,
      host: '127.0.0.1',
      identityStore: { mode: 'embedded' },
      jwtSecret: undefined,
      jwtPublicKeyFile: undefined,
      jwtPrivateKeyFile: undefined,
      stateUrl: 'sqlite:./data/state.db',
      deactivation: 'status',
      publicUrl: undefined,
      trustProxy: false,
      publicDiscovery: false,
      rateLimit: { requestsPerSecond: 50, burst: 500 },
      requestTimeoutMs: 60_000,
      logLevel: 'info',
      upstream: { maxAttempts: 3, backoffMs: 100, maxWaitMs: 5000, minRate: 0.5, concurrency: 10, timeoutMs: 10_000 },
      metrics: true,
    });
  });

  it('switches to the real Identity Store when IDENTITY_STORE_ID is set, listening on all interfaces', () => {
    const config = loadConfig({ ...REAL, AWS_ENDPOINT_URL_IDENTITYSTORE: 'http://127.0.0.1:4566' });
    assert.deepEqual(config.identityStore, { mode: 'aws', identityStoreId: 'd-1234567890', region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:4566' });
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.jwtSecret, SECRET);
  });

  it('accepts the model\'s UUID form of an identity store id', () => {
    const config = loadConfig({ ...REAL, IDENTITY_STORE_ID: '0123abcd-0123-4567-89ab-0123456789ab' });
    assert.equal(config.identityStore.mode, 'aws');
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig(REAL);
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.identityStore));
    assert.throws(() => {
      (config as { port: number }).port = 1;
    }, TypeError);
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      ...REAL,
      PORT: '0',
      HOST: '::1',
      SCIM_BRIDGE_STATE: 'postgres://scim@db:5432/scim?schema=gw',
      SCIM_BRIDGE_DEACTIVATION: 'suspend-memberships',
      SCIM_BRIDGE_PUBLIC_URL: 'https://scim.example.com/tenant-a/',
      LOG_LEVEL: 'DEBUG',
    });
    assert.equal(config.port, 0);
    assert.equal(config.host, '::1');
    assert.equal(config.stateUrl, 'postgres://scim@db:5432/scim?schema=gw');
    assert.equal(config.deactivation, 'suspend-memberships');
    assert.equal(config.publicUrl, 'https://scim.example.com/tenant-a');
    assert.equal(config.logLevel, 'debug');
  });

  it('treats empty and blank values as unset', () => {
    const config = loadConfig({ PORT: '', IDENTITY_STORE_ID: '  ', LOG_LEVEL: '' });
    assert.equal(config.port, 8080);
    assert.equal(config.identityStore.mode, 'embedded');
  });

  it('requires AWS_REGION and SCIM_BRIDGE_JWT_SECRET in real mode, naming both at once', () => {
    const error = configErrorOf({ IDENTITY_STORE_ID: 'd-1234567890' });
    assert.deepEqual(error.issues.map((issue) => issue.variable), ['AWS_REGION', 'SCIM_BRIDGE_JWT_SECRET']);
    assert.match(error.message, /AWS_REGION: is required when IDENTITY_STORE_ID is set/);
    assert.match(error.message, /SCIM_BRIDGE_JWT_SECRET: is required/);
  });

  it('lists every bad key, not just the first', () => {
    const error = configErrorOf({
      PORT: '80a',
      HOST: 'bad host',
      IDENTITY_STORE_ID: 'd-XYZ',
      AWS_REGION: 'Europe',
      AWS_ENDPOINT_URL_IDENTITYSTORE: 'ftp://x',
      SCIM_BRIDGE_JWT_SECRET: 'short',
      SCIM_BRIDGE_STATE: 'mysql://x',
      SCIM_BRIDGE_DEACTIVATION: 'disable',
      SCIM_BRIDGE_PUBLIC_URL: 'https://x.example/?a=1',
      LOG_LEVEL: 'loud',
    });
    assert.deepEqual(
      error.issues.map((issue) => issue.variable),
      ['PORT', 'HOST', 'IDENTITY_STORE_ID', 'AWS_REGION', 'AWS_ENDPOINT_URL_IDENTITYSTORE', 'SCIM_BRIDGE_JWT_SECRET', 'SCIM_BRIDGE_STATE', 'SCIM_BRIDGE_DEACTIVATION', 'SCIM_BRIDGE_PUBLIC_URL', 'LOG_LEVEL'],
    );
    for (const issue of error.issues) assert.match(error.message, new RegExp(`^  - ${issue.variable}: `, 'm'));
    assert.equal(error.code, 'ERR_SCIM_BRIDGE_CONFIG');
  });

  it('explains each problem with the expected form', () => {
    const problems = Object.fromEntries(
      configErrorOf({ PORT: '70000', SCIM_BRIDGE_DEACTIVATION: 'disable', IDENTITY_STORE_ID: 'd-123', AWS_REGION: 'us-east-1', SCIM_BRIDGE_JWT_SECRET: SECRET }).issues.map((issue) => [issue.variable, issue.problem]),
    );
    assert.match(problems['PORT'] ?? '', /integer from 0 to 65535 \(got "70000"\)/);
    assert.match(problems['SCIM_BRIDGE_DEACTIVATION'] ?? '', /one of status, suspend-memberships, delete/);
    assert.match(problems['IDENTITY_STORE_ID'] ?? '', /d-1234567890/);
  });

  it('never echoes the JWT secret, only its length', () => {
    const error = configErrorOf({ SCIM_BRIDGE_JWT_SECRET: 'hunter2-but-longer' });
    assert.doesNotMatch(error.message, /hunter2/);
    assert.match(error.message, /at least 32 bytes \(got 18\)/);
  });

  it('counts the secret length in bytes, not characters', () => {
    assert.doesNotThrow(() => loadConfig({ SCIM_BRIDGE_JWT_SECRET: 'é'.repeat(16) }));
    assert.throws(() => loadConfig({ SCIM_BRIDGE_JWT_SECRET: 'é'.repeat(15) }), ConfigError);
  });

  it('does not echo a postgres password from a bad state URL', () => {
    const error = configErrorOf({ SCIM_BRIDGE_STATE: 'postgres://user:s3cret@db/x?schema=Bad-Name' });
    assert.doesNotMatch(error.message, /s3cret/);
    assert.match(error.message, /SCIM_BRIDGE_STATE: /);
  });

  it('accepts the state URL forms the state layer accepts and rejects the rest', () => {
    for (const ok of ['memory:', 'sqlite:./x.db', 'sqlite:///var/lib/x.db', 'sqlite::memory:', 'postgresql://localhost/x']) {
      assert.equal(loadConfig({ SCIM_BRIDGE_STATE: ok }).stateUrl, ok);
    }
    for (const bad of ['sqlite:', 'redis://x', 'state.db']) assert.throws(() => loadConfig({ SCIM_BRIDGE_STATE: bad }), ConfigError, bad);
  });

  it('rejects a public URL with credentials, a query, a non-http scheme or the /scim/v2 suffix', () => {
    for (const bad of ['https://u:p@x.example', 'https://x.example/#frag', 'ws://x.example', 'x.example', 'https://x.example/scim/v2/']) {
      const error = configErrorOf({ SCIM_BRIDGE_PUBLIC_URL: bad });
      assert.equal(error.issues[0]?.variable, 'SCIM_BRIDGE_PUBLIC_URL', bad);
    }
    assert.match(configErrorOf({ SCIM_BRIDGE_PUBLIC_URL: 'https://x.example/scim/v2' }).message, /try "https:\/\/x.example"/);
  });

  it('validates AWS_REGION and the endpoint even in embedded mode, where they are otherwise unused', () => {
    const error = configErrorOf({ AWS_REGION: 'moon-1', AWS_ENDPOINT_URL_IDENTITYSTORE: 'not a url' });
    assert.deepEqual(error.issues.map((issue) => issue.variable), ['AWS_REGION', 'AWS_ENDPOINT_URL_IDENTITYSTORE']);
    assert.equal(loadConfig({ AWS_REGION: 'us-gov-west-1' }).identityStore.mode, 'embedded');
  });

  it('ignores variables it does not know', () => {
    assert.doesNotThrow(() => loadConfig({ PATH: '/usr/bin', AWS_PROFILE: 'x', SCIM_BRIDGE_TYPO: 'y' }));
  });
});
