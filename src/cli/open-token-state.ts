/**
 * Gateway state for `token list` and `token revoke`: the same SCIM_BRIDGE_STATE the gateways run
 * with, since the denylist only works when they share it. `memory:` is refused: it would be a
 * fresh, empty store that no gateway reads.
 */
import { isConfigError } from '../config/config-error.ts';
import { openGatewayState } from '../state/open-gateway-state.ts';
import type { GatewayState } from '../state/port.ts';
import type { CliIo } from './cli-io.ts';
import { readStateUrl } from './token-settings.ts';

/** The open state, or a message for stderr. */
export async function openTokenState(io: CliIo): Promise<{ readonly ok: true; readonly state: GatewayState } | { readonly ok: false; readonly problem: string }> {
  let stateUrl: string;
  try {
    stateUrl = readStateUrl(io.env);
  } catch (error) {
    if (isConfigError(error)) return { ok: false, problem: error.message };
    throw error;
  }
  if (stateUrl === 'memory:') {
    return { ok: false, problem: 'SCIM_BRIDGE_STATE is memory:, which lives inside one process only; set it to the sqlite: file or postgres:// database the gateways use.' };
  }
  try {
    return { ok: true, state: await openGatewayState(stateUrl, { cwd: io.cwd }) };
  } catch (error) {
    return { ok: false, problem: `Gateway state could not be opened: ${error instanceof Error ? error.message : String(error)}` };
  }
}
