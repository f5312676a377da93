/**
 * What every measurement runs against, in this process, on loopback: the whole gateway as
 * `npm start` runs it (startGateway with the embedded emulator, memory: state, production
 * defaults except that the per-token rate limit is off and log lines are formatted but discarded),
 * and, for baselines, a plain SDK client of the same emulator with credentials of its own. Data
 * is seeded straight into the emulator, which is fast and costs no gateway work.
 */
import { randomUUID } from 'node:crypto';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { issueToken } from '../src/auth/issue-token.ts';
import { tokenKeyFromSecret } from '../src/auth/token-key.ts';
import type { RunningEmulator } from '../src/emulator/start-emulator.ts';
import { EMBEDDED_IDENTITY_STORE_ID, startGateway, type RunningGateway } from '../src/main.ts';
import { ScimClient } from './scim-client.ts';

export const BENCH_SECRET = 'scim-bridge-benchmark-secret-of-32-bytes';
export const BENCH_CREDENTIALS = { accessKeyId: 'AKIABENCHMARK0000001', secretAccessKey: 'benchmark-secret-access-key-0000000000001' } as const;
export const STORE_ID = EMBEDDED_IDENTITY_STORE_ID;

/** Gateway settings beyond the defaults, shared with the RSS child process. */
export const BENCH_GATEWAY_ENV = {
  HOST: '127.0.0.1',
  PORT: '0',
  SCIM_BRIDGE_STATE: 'memory:',
  SCIM_BRIDGE_JWT_SECRET: BENCH_SECRET,
  // The per-token limit (50 rps by default) is there for runaway IdPs; it would measure itself here.
  SCIM_BRIDGE_RATE_LIMIT_RPS: '0',
} as const;

export interface BenchEnvironment {
  readonly gateway: RunningGateway;
  readonly emulator: RunningEmulator;
  /** The baseline: the SDK with its defaults, straight to the emulator. */
  readonly direct: IdentitystoreClient;
  readonly token: string;
  scim(concurrency: number): ScimClient;
  close(): Promise<void>;
}

export function benchToken(): string {
  return issueToken({ key: tokenKeyFromSecret(BENCH_SECRET), subject: 'bench-idp' }).token;
}

export async function startBenchEnvironment(): Promise<BenchEnvironment> {
  let emulator: RunningEmulator | undefined;
  const gateway = await startGateway(BENCH_GATEWAY_ENV, {
    print: () => undefined,
    // LOG_LEVEL stays at its default (info): every access line is built and redacted, then dropped
    // here rather than written to a terminal, whose speed is not the gateway's.
    logWrite: () => undefined,
    onEmulator: (running) => void (emulator = running),
  });
  if (emulator === undefined) throw new Error('startGateway did not start the embedded emulator');
  emulator.registry.add(BENCH_CREDENTIALS);
  const direct = new IdentitystoreClient({ region: 'us-east-1', endpoint: emulator.endpoint, credentials: BENCH_CREDENTIALS });
  const token = benchToken();
  const clients: ScimClient[] = [];
  return {
    gateway,
    emulator,
    direct,
    token,
    scim: (concurrency) => {
      const client = new ScimClient(gateway.port, token, concurrency);
      clients.push(client);
      return client;
    },
    close: async () => {
      for (const client of clients) client.close();
      direct.destroy();
      await gateway.close();
    },
  };
}

export interface SeededUser {
  readonly id: string;
  readonly userName: string;
}

/** One in FAMILY_X_EVERY users has an "x" in name.familyName: what the scan filter finds. */
export const FAMILY_X_EVERY = 50;

/** Seeds `count` users straight into the emulator (prefix keeps runs apart) and returns them in creation order. */
export function seedUsers(emulator: RunningEmulator, prefix: string, count: number): SeededUser[] {
  const users = Array.from({ length: count }, (_, index) => ({ id: `${STORE_ID.slice(2)}-${randomUUID()}`, userName: `${prefix}-${index}@example.com` }));
  emulator.seed({
    stores: {
      [STORE_ID]: {
        users: users.map((user, index) => ({
          UserId: user.id,
          UserName: user.userName,
          DisplayName: `Bench User ${index}`,
          Name: { GivenName: 'Bench', FamilyName: index % FAMILY_X_EVERY === 0 ? `Fox${index}` : `Family${index}` },
          Emails: [{ Value: user.userName, Type: 'work', Primary: true }],
          Title: index % 2 === 0 ? 'Engineer' : 'Manager',
        })),
      },
    },
  });
  return users;
}
