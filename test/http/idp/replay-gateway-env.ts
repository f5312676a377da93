/**
 * The gateway settings every replay test file runs its gateways with.
 */

/**
 * One IdP's whole sequence, 105 creates in a burst included, must not be slowed or refused by the
 * gateway's own per-token rate limit (0 turns it off): the replays test translation, not admission.
 */
export const REPLAY_GATEWAY_ENV: Readonly<Record<string, string>> = { SCIM_BRIDGE_RATE_LIMIT_RPS: '0' };
