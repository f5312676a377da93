/**
 * The contract against the SQLite backend, each test on its own temporary file; two instances
 * share a file the way two gateway processes would.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openSqliteGatewayState } from '../../src/state/sqlite/open-sqlite-gateway-state.ts';
import { gatewayStateContract } from './gateway-state-contract.ts';
import { tempDirForThisFile } from './temp-dir.ts';

const dir = tempDirForThisFile('sqlite-contract');
const freshFile = (): string => join(dir, `${randomUUID()}.db`);

gatewayStateContract('sqlite', {
  open: (options) => openSqliteGatewayState(freshFile(), options),
  openTwo: async (options) => {
    const file = freshFile();
    return [await openSqliteGatewayState(file, options), await openSqliteGatewayState(file, options)] as const;
  },
});
