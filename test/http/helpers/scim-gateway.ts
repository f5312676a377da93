/**
 * The whole gateway (startGateway from src/main.ts) for SCIM endpoint tests: embedded emulator
 * reached by the real SDK over HTTP, memory: gateway state, a known token secret so tests can
 * issue read-only or write tokens, and the emulator handed out for call-log assertions.
 */
import type { Test } from 'supertest';
import request from 'supertest';
import { issueToken } from '../../../src/auth/issue-token.ts';
import type { Scope } from '../../../src/auth/token-claims.ts';
import { tokenKeyFromSecret } from '../../../src/auth/token-key.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { startGateway, type RunningGateway } from '../../../src/main.ts';
import { MOTO_CREDENTIALS, startMotoServer } from '../../helpers/moto-server.ts';
import { silentLogger, type Logger } from '../../../src/observability/logger.ts';

export const GATEWAY_SECRET = 'scim-gateway-test-secret-of-32-bytes!!';
export const SCIM_JSON = 'application/scim+json; charset=utf-8';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ScimGateway {
  readonly gateway: RunningGateway;
  /** The embedded emulator; absent when the gateway talks to another Identity Store (moto). */
  readonly emulator: RunningEmulator | undefined;
  /** `http://127.0.0.1:port`, for supertest. */
  readonly origin: string;
  /** A token with both scopes, subject `test-idp`. */
  readonly token: string;
  tokenFor(scopes: readonly Scope[], subject?: string): string;
  get(path: string, token?: string): Test;
  post(path: string, body: unknown, token?: string): Test;
  put(path: string, body: unknown, token?: string): Test;
  patch(path: string, body: unknown, token?: string): Test;
  delete(path: string, token?: string): Test;
  close(): Promise<void>;
}

/**
 * Upstream retry settings for tests (docs/resilience.md), overridable through `env`. Production
 * waits are for AWS: here backoffs are a millisecond, a RetryAfterSeconds hint (the emulator's
 * default is 1 s) exceeds the longest wait and is passed to the client at once instead of slept,
 * and the adaptive pacing floor is high enough never to slow a test down. Ten attempts, because
 * fault tests throttle a random 30% of all calls, which real throttling (bursty, and answered by
 * the adaptive pacing) does not: three attempts would fail 4% of calls.
 */
export const TEST_UPSTREAM_ENV: Readonly<Record<string, string>> = {
  SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: '10',
  SCIM_BRIDGE_UPSTREAM_BACKOFF_MS: '1',
  SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: '200',
  SCIM_BRIDGE_UPSTREAM_MIN_RATE: '10000',
};

export interface ScimGatewayOptions {
  /** Seed of the emulator's probabilistic fault rules, so a run replays the same faults. */
  readonly faultSeed?: number;
  /** Replaces the silent logger (tests that read log lines). */
  readonly logger?: Logger;
}

export async function startScimGateway(env: Readonly<Record<string, string | undefined>> = {}, options: ScimGatewayOptions = {}): Promise<ScimGateway> {
  let emulator: RunningEmulator | undefined;
  const gateway = await startGateway(
    { PORT: '0', HOST: '127.0.0.1', SCIM_BRIDGE_STATE: 'memory:', SCIM_BRIDGE_JWT_SECRET: GATEWAY_SECRET, ...TEST_UPSTREAM_ENV, ...env },
    {
      print: () => undefined,
      logger: options.logger ?? silentLogger,
      onEmulator: (running) => void (emulator = running),
      ...(options.faultSeed === undefined ? {} : { emulatorFaultSeed: options.faultSeed }),
    },
  );
  const key = tokenKeyFromSecret(GATEWAY_SECRET);
  const tokenFor = (scopes: readonly Scope[], subject = 'test-idp'): string => issueToken({ key, subject, scopes }).token;
  const token = tokenFor(['scim:read', 'scim:write']);
  const origin = `http://127.0.0.1:${String(gateway.port)}`;
  const path = (relative: string): string => `/scim/v2${relative}`;
  const auth = (test: Test, bearer: string | undefined): Test => (bearer === '' ? test : test.set('Authorization', `Bearer ${bearer ?? token}`));
  return {
    gateway,
    emulator,
    origin,
    token,
    tokenFor,
    get: (relative, bearer) => auth(request(origin).get(path(relative)), bearer),
    post: (relative, body, bearer) => auth(request(origin).post(path(relative)), bearer).type('application/scim+json').send(JSON.stringify(body)),
    put: (relative, body, bearer) => auth(request(origin).put(path(relative)), bearer).type('application/scim+json').send(JSON.stringify(body)),
    patch: (relative, body, bearer) => auth(request(origin).patch(path(relative)), bearer).type('application/scim+json').send(JSON.stringify(body)),
    delete: (relative, bearer) => auth(request(origin).delete(path(relative)), bearer),
    close: () => gateway.close(),
  };
}

export function newUser(userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: [USER_SCHEMA],
    userName,
    name: { givenName: 'Alice', familyName: 'Liddell' },
    displayName: 'Alice Liddell',
    emails: [{ value: userName, type: 'work', primary: true }],
    active: true,
    ...extra,
  };
}

/** Emulator operations seen since the last `calls.clear()`, oldest first. */
export function operations(emulator: RunningEmulator | undefined): string[] {
  if (emulator === undefined) throw new Error('This gateway runs without the embedded emulator');
  return emulator.calls.list().map((call) => call.operation);
}

/**
 * The gateway pointed at moto (test/helpers/moto-server.ts) as at AWS. The SDK's default
 * credential chain reads process.env, so moto's credentials are put there; each test file runs in
 * its own process, so this touches no other file's tests.
 */
export function startScimGatewayOnMoto(motoUrl: string, env: Readonly<Record<string, string | undefined>> = {}): Promise<ScimGateway> {
  process.env['AWS_ACCESS_KEY_ID'] = MOTO_CREDENTIALS.accessKeyId;
  process.env['AWS_SECRET_ACCESS_KEY'] = MOTO_CREDENTIALS.secretAccessKey;
  return startScimGateway({ ...env, IDENTITY_STORE_ID: 'd-1234567890', AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_IDENTITYSTORE: motoUrl });
}

/** A moto server of its own and the gateway on it; closing the gateway stops moto too. */
export async function startScimGatewayWithMoto(env: Readonly<Record<string, string | undefined>> = {}): Promise<ScimGateway> {
  const moto = await startMotoServer();
  try {
    const scim = await startScimGatewayOnMoto(moto.url, env);
    return { ...scim, close: async () => { try { await scim.close(); } finally { await moto.close(); } } };
  } catch (error) {
    await moto.close();
    throw error;
  }
}
