/**
 * Doctor check 5: the gateway state store, read without writing (read-migration-status.ts): is it
 * reachable, is its schema current, which migrations the next gateway start applies, and whether a
 * newer scim-bridge wrote it. A SQLite file that does not exist yet is fine if its directory can
 * be created and written.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readMigrationStatus } from '../../state/read-migration-status.ts';
import { check, type CheckResult } from './check-result.ts';
import { describeStateUrl } from './describe-state-url.ts';
import { withTimeout } from './with-timeout.ts';

/** The nearest existing directory on the way to `path`: where the gateway's mkdir would start. */
async function nearestExistingDirectory(path: string): Promise<string> {
  let directory = dirname(path);
  for (;;) {
    try {
      await access(directory, constants.F_OK);
      return directory;
    } catch {
      const parent = dirname(directory);
      if (parent === directory) return directory;
      directory = parent;
    }
  }
}

export async function checkState(stateUrl: string, cwd: string, timeoutMs: number): Promise<CheckResult> {
  const where = describeStateUrl(stateUrl, cwd);
  let status;
  try {
    status = await withTimeout(timeoutMs, 'the state store', () => readMigrationStatus(stateUrl, cwd));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const newer = /written by a newer version|calls it/.test(message);
    return check('gateway state', 'fail', `${where}: ${message}`, newer
      ? 'Run the scim-bridge release that wrote this store (or a newer one), or restore a backup taken before the upgrade (docs/operations.md#upgrade).'
      : 'Check SCIM_BRIDGE_STATE: that the database is running and reachable, and the user, password and permissions (docs/state.md).');
  }
  switch (status.kind) {
    case 'in-memory':
      return check('gateway state', 'warn', `${where}: externalId links, suspended memberships and token revocations are lost when the gateway stops`,
        'Use sqlite:<file> for one instance or postgres://... for several (docs/operations.md#deploy).');
    case 'not-created': {
      const directory = await nearestExistingDirectory(status.path);
      try {
        await access(directory, constants.W_OK);
      } catch {
        return check('gateway state', 'fail', `${where} does not exist and ${directory} is not writable`,
          'Make the directory writable by the gateway\'s user, or point SCIM_BRIDGE_STATE elsewhere.');
      }
      return check('gateway state', 'ok', `${where} does not exist yet; the first gateway start creates it`);
    }
    case 'reachable':
      if (status.pending.length === 0) return check('gateway state', 'ok', `${where}: schema current (${status.applied} migration${status.applied === 1 ? '' : 's'})`);
      return check('gateway state', 'ok', `${where}: reachable; the next gateway start applies ${status.pending.length} migration${status.pending.length === 1 ? '' : 's'} (${status.pending.join(', ')})`);
    default: {
      const never: never = status;
      throw new Error(`Unknown migration status ${JSON.stringify(never)}`);
    }
  }
}
