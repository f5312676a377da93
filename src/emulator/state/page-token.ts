/**
 * Opaque NextTokens. A token is `base64url(payload) + ":" + base64url(HMAC-SHA256)`, both
 * alphabets inside the model's NextToken pattern `[-a-zA-Z0-9+=/:_]*`. The payload names the
 * operation, the identity store and the query (group, member, filter) it belongs to, plus the
 * sequence number of the last item returned; the HMAC (keyed per emulator) makes a forged,
 * truncated or foreign token a ValidationException rather than a silently different page.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { IdentityStoreError } from '../wire/identity-store-error.ts';

interface TokenPayload {
  readonly op: string;
  readonly store: string;
  readonly scope: string;
  readonly after: number;
}

export class PageTokens {
  readonly #key: Buffer;

  constructor(key: Buffer = randomBytes(32)) {
    this.#key = key;
  }

  #mac(payload: string): Buffer {
    return createHmac('sha256', this.#key).update(payload).digest().subarray(0, 16);
  }

  issue(op: string, store: string, scope: string, after: number): string {
    const payload = Buffer.from(JSON.stringify({ op, store, scope, after } satisfies TokenPayload)).toString('base64url');
    return `${payload}:${this.#mac(payload).toString('base64url')}`;
  }

  /** The sequence number to resume after; throws a ValidationException for any token not issued for this query. */
  resume(token: string, op: string, store: string, scope: string): number {
    const invalid = IdentityStoreError.validation('The NextToken is invalid or has expired.');
    const [payload, mac, ...rest] = token.split(':');
    if (payload === undefined || mac === undefined || rest.length > 0) throw invalid;
    const expected = this.#mac(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenPayload;
    if (parsed.op !== op || parsed.store !== store || parsed.scope !== scope || !Number.isInteger(parsed.after)) throw invalid;
    return parsed.after;
  }
}

/** One page of `items` (in sequence order) after `after`, and the token for the next page if any. */
export function paginate<T extends { readonly seq: number }>(
  items: Iterable<T>,
  maxResults: number,
  after: number,
  nextToken: (after: number) => string,
): { page: T[]; next: string | undefined } {
  const page: T[] = [];
  let more = false;
  for (const item of items) {
    if (item.seq <= after) continue;
    if (page.length === maxResults) {
      more = true;
      break;
    }
    page.push(item);
  }
  const last = page.at(-1);
  return { page, next: more && last !== undefined ? nextToken(last.seq) : undefined };
}
