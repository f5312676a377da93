/**
 * Options every gateway state backend accepts, with the defaults they share.
 */
import { systemClock, type Clock } from './clock.ts';

export interface GatewayStateOptions {
  readonly clock?: Clock;
  /**
   * Expired ephemeral rows are deleted by a `putEphemeral` at most this often (per instance), so
   * paging traffic does not turn into a delete on every request. Reads ignore expired rows anyway.
   */
  readonly ephemeralPurgeIntervalMs?: number;
}

export interface ResolvedGatewayStateOptions {
  readonly clock: Clock;
  readonly ephemeralPurgeIntervalMs: number;
}

export const DEFAULT_EPHEMERAL_PURGE_INTERVAL_MS = 60_000;

export function resolveGatewayStateOptions(options: GatewayStateOptions = {}): ResolvedGatewayStateOptions {
  return {
    clock: options.clock ?? systemClock,
    ephemeralPurgeIntervalMs: options.ephemeralPurgeIntervalMs ?? DEFAULT_EPHEMERAL_PURGE_INTERVAL_MS,
  };
}
