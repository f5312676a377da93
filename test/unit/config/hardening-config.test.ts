import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isConfigError } from '../../../src/config/config-error.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { parseTrustProxy } from '../../../src/config/parse-trust-proxy.ts';

const AWS = { IDENTITY_STORE_ID: 'd-1234567890', AWS_REGION: 'eu-west-1' };

function problemsOf(env: Record<string, string>): Record<string, string> {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(isConfigError(error));
    return Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.problem]));
  }
  return assert.fail('expected a ConfigError');
}

describe('token key configuration', () => {
  it('with IDENTITY_STORE_ID, needs the secret or an ES256 key file', () => {
    assert.match(problemsOf(AWS)['SCIM_BRIDGE_JWT_SECRET'] ?? '', /required when IDENTITY_STORE_ID is set, unless SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE/);
    const config = loadConfig({ ...AWS, SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE: '/etc/scim-bridge/jwt.pub.pem' });
    assert.equal(config.jwtSecret, undefined);
    assert.equal(config.jwtPublicKeyFile, '/etc/scim-bridge/jwt.pub.pem');
    assert.equal(loadConfig({ ...AWS, SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE: 'jwt.pem' }).jwtPrivateKeyFile, 'jwt.pem');
  });
});

describe('HTTP hardening configuration', () => {
  it('defaults: no trusted proxy, authenticated discovery, 50/s with bursts of 500, a 60 s deadline', () => {
    const config = loadConfig({});
    assert.equal(config.trustProxy, false);
    assert.equal(config.publicDiscovery, false);
    assert.deepEqual(config.rateLimit, { requestsPerSecond: 50, burst: 500 });
    assert.equal(config.requestTimeoutMs, 60_000);
  });

  it('reads each setting, and 0 turns the rate limit off', () => {
    const config = loadConfig({
      SCIM_BRIDGE_TRUST_PROXY: 'loopback, 10.0.0.0/8',
      SCIM_BRIDGE_PUBLIC_DISCOVERY: 'true',
      SCIM_BRIDGE_RATE_LIMIT_RPS: '2.5',
      SCIM_BRIDGE_RATE_LIMIT_BURST: '10',
      SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS: '5',
    });
    assert.deepEqual(config.trustProxy, ['loopback', '10.0.0.0/8']);
    assert.equal(config.publicDiscovery, true);
    assert.deepEqual(config.rateLimit, { requestsPerSecond: 2.5, burst: 10 });
    assert.equal(config.requestTimeoutMs, 5_000);
    assert.equal(loadConfig({ SCIM_BRIDGE_RATE_LIMIT_RPS: '0' }).rateLimit, undefined);
  });

  it('names every bad value', () => {
    const problems = problemsOf({
      SCIM_BRIDGE_TRUST_PROXY: 'my-proxy',
      SCIM_BRIDGE_PUBLIC_DISCOVERY: 'maybe',
      SCIM_BRIDGE_RATE_LIMIT_RPS: '-1',
      SCIM_BRIDGE_RATE_LIMIT_BURST: '0',
      SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS: '1.5',
    });
    assert.match(problems['SCIM_BRIDGE_TRUST_PROXY'] ?? '', /not "my-proxy"/);
    assert.match(problems['SCIM_BRIDGE_PUBLIC_DISCOVERY'] ?? '', /must be true or false/);
    assert.match(problems['SCIM_BRIDGE_RATE_LIMIT_RPS'] ?? '', /from 0 to/);
    assert.match(problems['SCIM_BRIDGE_RATE_LIMIT_BURST'] ?? '', /from 1 to/);
    assert.match(problems['SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS'] ?? '', /an integer from 1 to 3600/);
  });
});

describe('parseTrustProxy', () => {
  it('accepts express trust proxy forms', () => {
    assert.deepEqual(parseTrustProxy(undefined), { ok: true, value: false });
    assert.deepEqual(parseTrustProxy('TRUE'), { ok: true, value: true });
    assert.deepEqual(parseTrustProxy('2'), { ok: true, value: 2 });
    assert.deepEqual(parseTrustProxy('127.0.0.1,::1,fd00::/8,uniquelocal,10.0.0.0/255.0.0.0'), { ok: true, value: ['127.0.0.1', '::1', 'fd00::/8', 'uniquelocal', '10.0.0.0/255.0.0.0'] });
  });

  it('refuses names, bad prefixes and empty lists', () => {
    for (const bad of ['proxy.internal', '10.0.0.0/33', '::1/129', ',', '1.2.3.4/8/8']) assert.equal(parseTrustProxy(bad).ok, false, bad);
  });
});
