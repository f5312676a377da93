/**
 * Public entry point of the local Identity Store emulator (docs/emulator.md): an HTTP server
 * speaking AWS JSON 1.1 for the 19 Identity Store operations plus the SSO portal API, with SigV4
 * checks when credentials are configured, a call log, fault injection, seeding and optional
 * persistence. Used by the composition root (embedded mode), `scim-bridge emulator` and tests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallLog } from './calls/call-log.ts';
import { IdentityStoreCore } from './core/identity-store-core.ts';
import { CredentialRegistry } from './credentials.ts';
import { FaultInjector } from './faults/fault-injector.ts';
import { handleRequest } from './server/handle-request.ts';
import { SsoPortal } from './sso-portal/handle-sso-portal.ts';
import type { SsoPortalOptions } from './sso-portal/handle-sso-portal.ts';
import { readStateFile, writeStateFile } from './state/persist-file.ts';
import type { SeedData } from './state/seed-data.ts';

export interface EmulatorOptions {
  /** Interface to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** Port; default 0 (a free ephemeral port). */
  readonly port?: number;
  /** When given, every Identity Store request must carry a valid SigV4 signature by one of these. */
  readonly credentials?: readonly { readonly accessKeyId: string; readonly secretAccessKey: string }[];
  /** When given, other identity store ids are ResourceNotFound IDENTITY_STORE. */
  readonly knownIdentityStoreIds?: readonly string[];
  /** JSON seed file (state/seed-data.ts) loaded at start, unless `persistFile` already exists. */
  readonly seedFile?: string;
  /** JSON file the state is loaded from (when it exists) and written to after every change and on close. */
  readonly persistFile?: string;
  /** Seed of the random source probabilistic fault rules draw from. */
  readonly faultSeed?: number;
  readonly ssoPortal?: SsoPortalOptions;
}

export interface RunningEmulator {
  /** `http://host:port`, for the SDK's `endpoint`. */
  readonly endpoint: string;
  readonly port: number;
  readonly calls: CallLog;
  readonly faults: FaultInjector;
  readonly registry: CredentialRegistry;
  readonly ssoPortal: SsoPortal;
  /** The in-process core behind the HTTP layer. */
  readonly core: IdentityStoreCore;
  seed(data: SeedData): void;
  /** Empties every identity store and clears the call log and fault rules. */
  reset(): void;
  close(): Promise<void>;
}

function endpointHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const persistFile = options.persistFile;
  let loading = true;
  const core: IdentityStoreCore = new IdentityStoreCore({
    ...(options.knownIdentityStoreIds === undefined ? {} : { knownIdentityStoreIds: options.knownIdentityStoreIds }),
    onChange: () => {
      if (persistFile !== undefined && !loading) writeStateFile(persistFile, core.snapshot());
    },
  });
  const persisted = persistFile === undefined ? undefined : readStateFile(persistFile);
  const seed = persisted ?? (options.seedFile === undefined ? undefined : readStateFile(options.seedFile));
  if (options.seedFile !== undefined && persisted === undefined && seed === undefined) throw new Error(`Seed file ${options.seedFile} does not exist`);
  if (seed !== undefined) core.seed(seed);
  loading = false;
  if (persistFile !== undefined) writeStateFile(persistFile, core.snapshot());

  const registry = new CredentialRegistry();
  for (const c of options.credentials ?? []) registry.add(c);
  const services = {
    core,
    calls: new CallLog(),
    faults: new FaultInjector(options.faultSeed),
    registry,
    ssoPortal: new SsoPortal(options.ssoPortal),
    verifySignatures: registry.size > 0,
  };

  const server = createServer((req, res) => {
    handleRequest(req, res, services).catch((error: unknown) => {
      console.error('identity store emulator: request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://${endpointHost(host)}:${port}`,
    port,
    calls: services.calls,
    faults: services.faults,
    registry,
    ssoPortal: services.ssoPortal,
    core,
    seed: (data) => core.seed(data),
    reset: () => {
      core.reset();
      services.calls.clear();
      services.faults.clear();
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      });
      if (persistFile !== undefined) writeStateFile(persistFile, core.snapshot());
    },
  };
}
