/**
 * Opens the gateway state named by `SCIM_BRIDGE_STATE` (see parse-state-url.ts for the forms and
 * docs/state.md for when to use which). Migrations run before this resolves.
 */
import type { GatewayStateOptions } from './gateway-state-options.ts';
import { createMemoryGatewayState } from './memory-gateway-state.ts';
import { parseStateUrl } from './parse-state-url.ts';
import type { GatewayState } from './port.ts';
import { openPostgresGatewayState } from './postgres/open-postgres-gateway-state.ts';
import { openSqliteGatewayState } from './sqlite/open-sqlite-gateway-state.ts';

export interface OpenGatewayStateOptions extends GatewayStateOptions {
  /** Where relative `sqlite:` paths start; the process's working directory by default. */
  readonly cwd?: string;
}

export async function openGatewayState(url: string, options: OpenGatewayStateOptions = {}): Promise<GatewayState> {
  const { cwd = process.cwd(), ...stateOptions } = options;
  const location = parseStateUrl(url, cwd);
  switch (location.kind) {
    case 'memory':
      return createMemoryGatewayState(stateOptions);
    case 'sqlite':
      return openSqliteGatewayState(location.path, stateOptions);
    case 'postgres':
      return openPostgresGatewayState({
        ...stateOptions,
        connectionString: location.connectionString,
        ...(location.schema === undefined ? {} : { schema: location.schema }),
      });
    default: {
      const never: never = location;
      throw new Error(`Unknown gateway state kind ${JSON.stringify(never)}`);
    }
  }
}
