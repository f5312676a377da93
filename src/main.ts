/**
 * Composition root: loadConfig(env) -> Identity Store (embedded emulator or AWS) -> gateway state
 * -> resource services (wireServices) -> createApp -> listen. The only module besides src/cli that may start the emulator
 * (lint-enforced). Returns a handle rather than exiting, so tests run the whole gateway in-process
 * and the CLI decides about signals and exit codes.
 */
import { randomBytes, type KeyObject } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { issueToken } from './auth/issue-token.ts';
import { withRevocationCheck } from './auth/check-revocation.ts';
import { loadTokenKeys, type TokenKeys } from './auth/load-token-keys.ts';
import { generateTokenSecret } from './auth/token-key.ts';
import { createTokenVerifier } from './auth/verify-token.ts';
import type { Config } from './config/config.ts';
import { loadConfig } from './config/load-config.ts';
import { startEmulator, type RunningEmulator } from './emulator/start-emulator.ts';
import { createApp } from './http/create-app.ts';
import { closeServer, listen } from './http/listen.ts';
import { SCIM_BASE_PATH } from './http/scim-base-url.ts';
import { AwsIdentityStore, DEFAULT_CLOCK_SKEW_MS } from './identity-store/aws-identity-store.ts';
import { createIdentityStoreClient, type StaticCredentials } from './identity-store/create-identity-store-client.ts';
import type { UpstreamObserver } from './identity-store/upstream/upstream-observer.ts';
import { identityStoreReadiness } from './observability/identity-store-readiness.ts';
import { drainingReadiness } from './observability/draining-readiness.ts';
import type { LogLevel } from './observability/log-level.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { createGatewayMetrics } from './observability/metrics.ts';
import { upstreamTelemetry } from './observability/upstream-telemetry.ts';
import { openGatewayState } from './state/open-gateway-state.ts';
import { parseStateUrl } from './state/parse-state-url.ts';
import type { GatewayState } from './state/port.ts';
import { createGroupService } from './translate/groups/create-group-service.ts';
import { listGroups } from './translate/query/list-groups.ts';
import { listUsers } from './translate/query/list-users.ts';
import { SnapshotCache } from './translate/query/snapshot-cache.ts';
import type { ResourceService } from './translate/resource-service.ts';
import { createUserService } from './translate/users/create-user-service.ts';

/** The identity store id the embedded emulator serves (a valid `d-` id that AWS never hands out). */
export const EMBEDDED_IDENTITY_STORE_ID = 'd-0000000000';
/** Subject of the token printed in embedded mode: the externalId issuer for whatever uses it. */
export const EMBEDDED_TOKEN_SUBJECT = 'local-idp';

export interface GatewayOptions {
  /** Lines for the operator (URL, token); defaults to stdout. Logs go to the logger. */
  readonly print?: (line: string) => void;
  /** Replaces the logger entirely (tests); otherwise one is built at LOG_LEVEL writing to `logWrite`. */
  readonly logger?: Logger;
  /** Where log lines go; stderr by default. */
  readonly logWrite?: (line: string) => void;
  /** Where relative paths (sqlite:./data/state.db) start; the working directory by default. */
  readonly cwd?: string;
  /**
   * Called with the embedded emulator once it runs (never in real mode): call-budget tests read
   * its call log and inject faults through it. The gateway still owns and closes it.
   */
  readonly onEmulator?: (emulator: RunningEmulator) => void;
  /** Seed of the embedded emulator's probabilistic faults, so a fault-injection test replays the same faults. */
  readonly emulatorFaultSeed?: number;
}

export interface RunningGateway {
  /** The SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2. */
  readonly url: string;
  /** The port actually bound (PORT=0 picks one); `url` may name a proxy instead. */
  readonly port: number;
  /** A ready bearer token, when the gateway generated its own secret (embedded mode). */
  readonly token: string | undefined;
  readonly config: Config;
  /**
   * Marks the gateway draining (/readyz 503, `Connection: close`), stops accepting connections,
   * lets in-flight requests finish, then releases state, client and emulator (docs/resilience.md).
   */
  close(): Promise<void>;
}

interface IdentityStoreWiring {
  readonly client: IdentitystoreClient;
  readonly identityStoreId: string;
  /** How far the store's clock may be from ours (0 for the embedded emulator: it is our clock). */
  readonly clockSkewMs: number;
  readonly close: () => Promise<void>;
}

export async function startGateway(env: Readonly<Record<string, string | undefined>>, options: GatewayOptions = {}): Promise<RunningGateway> {
  const config = loadConfig(env);
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const logWrite = options.logWrite === undefined ? {} : { write: options.logWrite };
  const logger = options.logger ?? createLogger({ level: config.logLevel, ...logWrite });
  // Audit lines are written whatever LOG_LEVEL says (except silent): they are a record, not chatter.
  const auditLogger = options.logger ?? createLogger({ level: auditLevel(config.logLevel), ...logWrite });
  // Per gateway, not prom-client's global registry: several gateways in one process count apart.
  const metrics = createGatewayMetrics();
  let draining = false;
  const cwd = options.cwd ?? process.cwd();
  const tokenKeys = await gatewayTokenKeys(config, cwd);

  // Started in dependency order, closed in reverse; a failure part-way closes what already runs.
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.splice(0).reverse()) {
      await close().catch((error: unknown) => logger.error('error while closing', { error }));
    }
  };
  try {
    const store = await wireIdentityStore(config, cwd, options, upstreamTelemetry(metrics));
    closers.push(store.close);
    const state = await openGatewayState(config.stateUrl, { cwd });
    closers.push(() => state.close());
    const app = createApp({
      // Signature and claims first, then the shared denylist (token revoke), on every request.
      verifyToken: withRevocationCheck(createTokenVerifier(tokenKeys.verification), (tokenId) => state.isTokenRevoked(tokenId)),
      readiness: [{ name: 'state', check: () => state.health() }, identityStoreReadiness(store.client, store.identityStoreId), drainingReadiness(() => draining)],
      logger,
      auditLogger,
      metrics,
      serveMetrics: config.metrics,
      draining: () => draining,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      publicDiscovery: config.publicDiscovery,
      rateLimit: config.rateLimit,
      requestTimeoutMs: config.requestTimeoutMs,
      ...wireServices(config, store, state),
    });
    const server = await listen(app, config.port, config.host, { requestTimeoutMs: config.requestTimeoutMs });
    closers.push(() => closeServer(server));
    const { port } = server.address() as AddressInfo;
    const url = `${config.publicUrl ?? `http://${displayHost(config.host)}:${port}`}${SCIM_BASE_PATH}`;
    const token = tokenKeys.generated && tokenKeys.signing !== undefined ? await issueBootToken(tokenKeys.signing, state) : undefined;
    announce(print, config, cwd, url, token, store.identityStoreId);
    logger.info('gateway listening', { url, mode: config.identityStore.mode });
    // Draining first: /readyz turns 503 and responses say Connection: close while in-flight requests finish.
    const close = async (): Promise<void> => {
      draining = true;
      await closeAll();
    };
    return { url, port, token, config, close };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The SCIM resource services over the Identity Store port and gateway state. */
function wireServices(config: Config, wiring: IdentityStoreWiring, state: GatewayState): { readonly users: ResourceService; readonly groups: ResourceService } {
  const store = new AwsIdentityStore(wiring.client, wiring.identityStoreId, { createAttempts: config.upstream.maxAttempts, clockSkewMs: wiring.clockSkewMs });
  // One cache for both types: snapshot keys start with the resource type.
  const snapshots = new SnapshotCache();
  const users = createUserService({
    store,
    state,
    deactivation: config.deactivation,
    // Listing renders through the user service, so list and get answer the same User.
    list: (query, context) => listUsers({ store, state, renderer: users, snapshots }, query, context),
  });
  const groups = createGroupService({
    store,
    state,
    // Likewise for groups: list and get answer the same Group.
    list: (query, context) => listGroups({ store, state, renderer: groups, snapshots }, query, context),
  });
  return { users, groups };
}

async function wireIdentityStore(config: Config, cwd: string, options: GatewayOptions, observer: UpstreamObserver): Promise<IdentityStoreWiring> {
  const clientOptions = { upstream: config.upstream, observer };
  if (config.identityStore.mode === 'aws') {
    const client = createIdentityStoreClient({ kind: 'aws', config: config.identityStore }, clientOptions);
    return { client, identityStoreId: config.identityStore.identityStoreId, clockSkewMs: DEFAULT_CLOCK_SKEW_MS, close: () => Promise.resolve(client.destroy()) };
  }
  // Fresh credentials per boot: the emulator verifies SigV4, and nothing else can call it.
  const credentials: StaticCredentials = { accessKeyId: `AKIA${randomBytes(10).toString('hex').toUpperCase().slice(0, 16)}`, secretAccessKey: randomBytes(30).toString('base64') };
  const persistFile = emulatorPersistFile(config.stateUrl, cwd);
  if (persistFile !== undefined) await mkdir(dirname(persistFile), { recursive: true });
  const emulator = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    credentials: [credentials],
    knownIdentityStoreIds: [EMBEDDED_IDENTITY_STORE_ID],
    ...(persistFile === undefined ? {} : { persistFile }),
    ...(options.emulatorFaultSeed === undefined ? {} : { faultSeed: options.emulatorFaultSeed }),
  });
  options.onEmulator?.(emulator);
  const client = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials }, clientOptions);
  return {
    client,
    identityStoreId: EMBEDDED_IDENTITY_STORE_ID,
    clockSkewMs: 0,
    close: async () => {
      client.destroy();
      await emulator.close();
    },
  };
}

/**
 * The embedded directory lives beside the gateway state, so users and their externalId mappings
 * survive a restart together (or, with memory: state, vanish together).
 */
export function emulatorPersistFile(stateUrl: string, cwd: string): string | undefined {
  const location = parseStateUrl(stateUrl, cwd);
  if (location.kind === 'memory' || (location.kind === 'sqlite' && location.path === ':memory:')) return undefined;
  return location.kind === 'sqlite' ? join(dirname(location.path), 'identity-store.json') : resolve(cwd, 'data', 'identity-store.json');
}

/**
 * The configured token keys (docs/authentication.md); in embedded mode without any, a fresh HS256
 * secret, which is what lets `npm start` print a ready token.
 */
async function gatewayTokenKeys(config: Config, cwd: string): Promise<TokenKeys & { readonly generated: boolean }> {
  const configured = config.jwtSecret !== undefined || config.jwtPublicKeyFile !== undefined || config.jwtPrivateKeyFile !== undefined;
  const secret = configured ? config.jwtSecret : generateTokenSecret();
  const keys = await loadTokenKeys({ secret, publicKeyFile: config.jwtPublicKeyFile, privateKeyFile: config.jwtPrivateKeyFile }, cwd);
  return { ...keys, generated: !configured };
}

async function issueBootToken(key: KeyObject, state: GatewayState): Promise<string> {
  const issued = issueToken({ key, subject: EMBEDDED_TOKEN_SUBJECT });
  await state.recordIssuedToken({ jti: issued.tokenId, subject: issued.subject, scopes: issued.scopes, issuedAt: issued.issuedAt });
  return issued.token;
}

function announce(print: (line: string) => void, config: Config, cwd: string, url: string, token: string | undefined, identityStoreId: string): void {
  if (config.identityStore.mode === 'embedded') {
    print(`scim-bridge is running against the embedded Identity Store emulator (${describeState(config.stateUrl, cwd)}); set IDENTITY_STORE_ID to use AWS.`);
  } else {
    print(`scim-bridge is provisioning Identity Store ${identityStoreId} (${config.identityStore.region}).`);
  }
  print(`SCIM base URL: ${url}`);
  if (token !== undefined) {
    print(`Bearer token: ${token}`);
    print(`Try: curl -H "Authorization: Bearer <token>" ${url}/ServiceProviderConfig`);
  } else if (config.identityStore.mode === 'embedded') {
    print('Create a bearer token with: npx scim-bridge token create --subject <idp-name>');
  }
}

/** Where the embedded data lives, for the boot banner; never echoes a postgres URL (it may hold a password). */
function describeState(stateUrl: string, cwd: string): string {
  const location = parseStateUrl(stateUrl, cwd);
  if (location.kind === 'memory' || (location.kind === 'sqlite' && location.path === ':memory:')) return 'state in memory, lost on exit';
  if (location.kind === 'postgres') return 'state in PostgreSQL, emulator data in ./data';
  const dir = relative(cwd, dirname(location.path));
  return `state in ${dir === '' ? '.' : dir.startsWith('..') || isAbsolute(dir) ? dirname(location.path) : `./${dir}`}`;
}

/** At least `info`, so audit lines survive LOG_LEVEL=warn; `silent` stays silent. */
function auditLevel(level: LogLevel): LogLevel {
  return level === 'warn' || level === 'error' ? 'info' : level;
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
