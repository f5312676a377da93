/**
 * Time as the gateway state sees it: milliseconds since the epoch. Injected so tests can move time
 * (ephemeral expiry, purge intervals) without sleeping.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
