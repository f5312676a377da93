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
import { generateTokenSecret, tokenKeyFromSecret } from './auth/token-key.ts';
import { createTokenVerifier } from './auth/verify-token.ts';
import type { Config } from './config/config.ts';
import { loadConfig } from './config/load-config.ts';
import { startEmulator, type RunningEmulator } from './emulator/start-emulator.ts';
import { createApp } from './http/create-app.ts';
import { closeServer, listen } from './http/listen.ts';
import { SCIM_BASE_PATH } from './http/scim-base-url.ts';
import { AwsIdentityStore } from './identity-store/aws-identity-store.ts';
import { createIdentityStoreClient, type StaticCredentials } from './identity-store/create-identity-store-client.ts';
import { identityStoreReadiness } from './observability/identity-store-readiness.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { openGatewayState } from './state/open-gateway-state.ts';
import { parseStateUrl } from './state/parse-state-url.ts';
import type { GatewayState } from './state/port.ts';
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
}

export interface RunningGateway {
  /** The SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2. */
  readonly url: string;
  /** The port actually bound (PORT=0 picks one); `url` may name a proxy instead. */
  readonly port: number;
  /** A ready bearer token, when the gateway generated its own secret (embedded mode). */
  readonly token: string | undefined;
  readonly config: Config;
  /** Stops accepting requests, lets in-flight ones finish, then releases state, client and emulator. */
  close(): Promise<void>;
}

interface IdentityStoreWiring {
  readonly client: IdentitystoreClient;
  readonly identityStoreId: string;
  readonly close: () => Promise<void>;
}

export async function startGateway(env: Readonly<Record<string, string | undefined>>, options: GatewayOptions = {}): Promise<RunningGateway> {
  const config = loadConfig(env);
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const logger = options.logger ?? createLogger({ level: config.logLevel, ...(options.logWrite === undefined ? {} : { write: options.logWrite }) });
  const cwd = options.cwd ?? process.cwd();
  const secret = config.jwtSecret ?? generateTokenSecret();
  const key = tokenKeyFromSecret(secret);

  // Started in dependency order, closed in reverse; a failure part-way closes what already runs.
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.splice(0).reverse()) {
      await close().catch((error: unknown) => logger.error('error while closing', { error }));
    }
  };
  try {
    const store = await wireIdentityStore(config, cwd, options.onEmulator);
    closers.push(store.close);
    const state = await openGatewayState(config.stateUrl, { cwd });
    closers.push(() => state.close());
    const app = createApp({
      verifyToken: createTokenVerifier(key),
      readiness: [{ name: 'state', check: () => state.health() }, identityStoreReadiness(store.client, store.identityStoreId)],
      logger,
      publicUrl: config.publicUrl,
      ...wireServices(config, store, state),
    });
    const server = await listen(app, config.port, config.host);
    closers.push(() => closeServer(server));
    const { port } = server.address() as AddressInfo;
    const url = `${config.publicUrl ?? `http://${displayHost(config.host)}:${port}`}${SCIM_BASE_PATH}`;
    const token = config.jwtSecret === undefined ? await issueBootToken(key, state) : undefined;
    announce(print, config, cwd, url, token, store.identityStoreId);
    logger.info('gateway listening', { url, mode: config.identityStore.mode });
    return { url, port, token, config, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The SCIM resource services over the Identity Store port and gateway state. */
function wireServices(config: Config, wiring: IdentityStoreWiring, state: GatewayState): { readonly users: ResourceService } {
  const store = new AwsIdentityStore(wiring.client, wiring.identityStoreId);
  const snapshots = new SnapshotCache();
  const users = createUserService({
    store,
    state,
    deactivation: config.deactivation,
    // Listing renders through the user service, so list and get answer the same User.
    list: (query, context) => listUsers({ store, state, renderer: users, snapshots }, query, context),
  });
  return { users };
}

async function wireIdentityStore(config: Config, cwd: string, onEmulator: GatewayOptions['onEmulator']): Promise<IdentityStoreWiring> {
  if (config.identityStore.mode === 'aws') {
    const client = createIdentityStoreClient({ kind: 'aws', config: config.identityStore });
    return { client, identityStoreId: config.identityStore.identityStoreId, close: () => Promise.resolve(client.destroy()) };
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
  });
  onEmulator?.(emulator);
  const client = createIdentityStoreClient({ kind: 'emulator', endpoint: emulator.endpoint, credentials });
  return {
    client,
    identityStoreId: EMBEDDED_IDENTITY_STORE_ID,
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

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
