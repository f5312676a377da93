/**
 * One whole gateway per fuzz file (startScimGateway: embedded emulator, memory: state), with a few
 * users created through SCIM (so gateway state holds their externalIds) and a few groups with
 * members seeded into the emulator, and the tokens a fuzzer needs: write, read-only, signed with
 * another secret, expired. Generated inputs refer to these by index, so a seed replays the same
 * requests even though the ids are new on every run.
 */
import { createSecretKey, randomUUID } from 'node:crypto';
import { issueToken } from '../../../../src/auth/issue-token.ts';
import { GATEWAY_SECRET, ENTERPRISE_SCHEMA, newUser, startScimGateway, type ScimGateway } from '../../helpers/scim-gateway.ts';
import { EMBEDDED_IDENTITY_STORE_ID } from '../../../../src/main.ts';
import { tokenKeyFromSecret } from '../../../../src/auth/token-key.ts';
import { FuzzClient } from './fuzz-client.ts';

export interface FuzzTokens {
  readonly write: string;
  readonly read: string;
  readonly foreign: string;
  readonly expired: string;
}

export interface FuzzGateway {
  readonly scim: ScimGateway;
  readonly client: FuzzClient;
  readonly userIds: readonly string[];
  readonly userNames: readonly string[];
  readonly groupIds: readonly string[];
  readonly tokens: FuzzTokens;
  close(): Promise<void>;
}

const USERS = 6;
const GROUPS = 3;

export async function startFuzzGateway(): Promise<FuzzGateway> {
  // The per-token rate limit would answer most of a fuzz run with 429 (it is for runaway IdPs).
  const scim = await startScimGateway({ SCIM_BRIDGE_RATE_LIMIT_RPS: '0' });
  const userIds: string[] = [];
  const userNames: string[] = [];
  for (let index = 0; index < USERS; index += 1) {
    const userName = `fuzz-${index}@example.com`;
    const res = await scim.post('/Users', newUser(userName, {
      externalId: `ext-${index}`,
      title: index % 2 === 0 ? 'Engineer' : 'Manager',
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE_SCHEMA],
      [ENTERPRISE_SCHEMA]: { department: `dept-${index % 3}`, employeeNumber: String(1000 + index) },
    }));
    if (res.status !== 201) throw new Error(`seeding user ${userName}: ${res.status} ${res.text}`);
    userIds.push((res.body as { id: string }).id);
    userNames.push(userName);
  }
  const groupIds = Array.from({ length: GROUPS }, () => `${EMBEDDED_IDENTITY_STORE_ID.slice(2)}-${randomUUID()}`);
  scim.emulator?.seed({
    stores: {
      [EMBEDDED_IDENTITY_STORE_ID]: {
        groups: groupIds.map((GroupId, index) => ({ GroupId, DisplayName: `fuzz-group-${index}`, Description: 'seeded for fuzzing' })),
        memberships: groupIds.flatMap((GroupId, index) => userNames.slice(0, index + 1).map((UserName) => ({ GroupId, UserName }))),
      },
    },
  });
  const key = tokenKeyFromSecret(GATEWAY_SECRET);
  const tokens: FuzzTokens = {
    write: scim.token,
    read: scim.tokenFor(['scim:read']),
    foreign: issueToken({ key: createSecretKey(Buffer.from('another-secret-that-is-long-enough-32')), subject: 'test-idp' }).token,
    expired: issueToken({ key, subject: 'test-idp', expiresInSeconds: 60, now: new Date(Date.now() - 3_600_000) }).token,
  };
  const client = new FuzzClient(scim.gateway.port);
  return {
    scim,
    client,
    userIds,
    userNames,
    groupIds,
    tokens,
    close: async () => {
      client.close();
      await scim.close();
    },
  };
}

/** `list[index mod length]`: generated indexes always name a seeded resource. */
export function pick<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}
