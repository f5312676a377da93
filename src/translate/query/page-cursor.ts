/**
 * Cursors for RFC 9865 cursor paging. A cursor is a random id plus a digest of the query; the
 * position behind it (a store NextToken and the items of that page already consumed, or an
 * offset into a sorted result) lives in gateway state (`putEphemeral`) with a TTL, so any gateway
 * instance sharing the state can continue it and a client cannot forge a position: it can only
 * name one the gateway stored.
 *
 * Errors (RFC 9865 section 2.3): a cursor that is not one of ours, or was issued for another
 * query or IdP -> 400 invalidCursor; a well-formed cursor whose position is gone (TTL passed,
 * state purged) -> 400 expiredCursor. A random well-formed string is therefore "expired" rather
 * than "invalid": the two cannot be told apart without a shared signing key, and both tell the
 * client to start again.
 */
import { randomBytes } from 'node:crypto';
import { ScimError } from '../../scim/errors.ts';
import type { GatewayState } from '../../state/port.ts';
import { hashQueryKey } from './query-key.ts';

export type CursorPosition =
  /** Unsorted results: continue reading the store from here. */
  | { readonly kind: 'store'; readonly token: string | undefined; readonly skip: number }
  /** Sorted results: continue at this 0-based offset of the sorted result. */
  | { readonly kind: 'offset'; readonly offset: number };

/** How long a cursor stays usable: long enough for a slow IdP import, short enough to bound state. */
export const CURSOR_TTL_MS = 15 * 60_000;
/** The gateway-state namespace cursor positions live in. */
export const CURSOR_NAMESPACE = 'list-cursor';
const ID_LENGTH = 22;
const DIGEST_LENGTH = 16;
const CURSOR_PATTERN = new RegExp(`^([A-Za-z0-9_-]{${ID_LENGTH}})\\.([A-Za-z0-9_-]{${DIGEST_LENGTH}})$`);

interface StoredCursor {
  readonly q: string;
  readonly p: CursorPosition;
}

export async function saveCursor(state: GatewayState, queryKey: string, position: CursorPosition): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  const digest = hashQueryKey(queryKey);
  await state.putEphemeral(CURSOR_NAMESPACE, id, JSON.stringify({ q: digest, p: position } satisfies StoredCursor), CURSOR_TTL_MS);
  return `${id}.${digest.slice(0, DIGEST_LENGTH)}`;
}

export async function loadCursor(state: GatewayState, queryKey: string, cursor: string): Promise<CursorPosition> {
  const match = CURSOR_PATTERN.exec(cursor);
  const digest = hashQueryKey(queryKey);
  if (match === null || match[2] !== digest.slice(0, DIGEST_LENGTH)) {
    throw ScimError.invalidCursor('The cursor was not issued for this query; start again without a cursor or repeat the original filter and sort.');
  }
  const stored = await state.getEphemeral(CURSOR_NAMESPACE, match[1] ?? '');
  if (stored === undefined) throw ScimError.expiredCursor('The cursor has expired; start again without a cursor.');
  const parsed = parseStored(stored);
  if (parsed === undefined || parsed.q !== digest) {
    throw ScimError.invalidCursor('The cursor was not issued for this query; start again without a cursor.');
  }
  return parsed.p;
}

function parseStored(text: string): StoredCursor | undefined {
  try {
    const value = JSON.parse(text) as Partial<StoredCursor> | null;
    const p = value?.p;
    if (typeof value?.q !== 'string' || p === undefined) return undefined;
    if (p.kind === 'offset' && Number.isInteger(p.offset) && p.offset >= 0) return { q: value.q, p };
    if (p.kind === 'store' && Number.isInteger(p.skip) && p.skip >= 0 && (p.token === undefined || typeof p.token === 'string')) {
      return { q: value.q, p: p.token === undefined ? { kind: 'store', token: undefined, skip: p.skip } : p };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
