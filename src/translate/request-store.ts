/**
 * The Identity Store as one request uses it: every call it makes counted in the request's tally
 * (ScimRequestContext.upstreamCalls), so the access line can say how many calls a request cost and
 * how long they took. Services take their store through here at each entry point; what they hand
 * the store to (membership writes, scans, lookups) then counts without knowing it.
 */
import type { IdentityStore } from '../identity-store/port.ts';
import type { ScimRequestContext } from './resource-service.ts';

export function requestStore(store: IdentityStore, context: ScimRequestContext): IdentityStore {
  return context.upstreamCalls === undefined ? store : store.countingCallsInto(context.upstreamCalls);
}

/** `deps` with its store counted for this request. */
export function withRequestStore<Deps extends { readonly store: IdentityStore }>(deps: Deps, context: ScimRequestContext): Deps {
  return context.upstreamCalls === undefined ? deps : { ...deps, store: requestStore(deps.store, context) };
}
