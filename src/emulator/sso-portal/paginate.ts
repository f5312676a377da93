/**
 * `next_token` / `max_result` paging for ListAccounts and ListAccountRoles (sso-2019-06-10:
 * `MaxResultType` is an integer 1-100; `NextTokenType` is an opaque string).
 *
 * The token records which listing it belongs to, so a token from one account's roles cannot be
 * replayed against another listing; a token that does not decode is an InvalidRequestException.
 */
import { portalError } from './portal-response.ts';
import type { PortalResponse } from './portal-response.ts';

export type PageResult<T> =
  | { readonly ok: true; readonly items: readonly T[]; readonly nextToken?: string }
  | { readonly ok: false; readonly response: PortalResponse };

function encodeToken(listing: string, offset: number): string {
  return Buffer.from(JSON.stringify({ l: listing, o: offset }), 'utf8').toString('base64url');
}

function decodeToken(token: string, listing: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { l, o } = parsed as { l?: unknown; o?: unknown };
    if (l !== listing || typeof o !== 'number' || !Number.isInteger(o) || o < 0) return undefined;
    return o;
  } catch {
    return undefined;
  }
}

export function paginate<T>(
  all: readonly T[],
  listing: string,
  query: URLSearchParams,
  defaultPageSize: number,
): PageResult<T> {
  let pageSize = defaultPageSize;
  const max = query.get('max_result');
  if (max !== null) {
    pageSize = /^\d{1,3}$/.test(max) ? Number(max) : Number.NaN;
    if (!(pageSize >= 1 && pageSize <= 100)) {
      return { ok: false, response: portalError('InvalidRequestException', `Invalid max_result '${max}': must be an integer from 1 to 100.`) };
    }
  }
  let offset = 0;
  const token = query.get('next_token');
  if (token !== null && token !== '') {
    const decoded = decodeToken(token, listing);
    if (decoded === undefined) {
      return { ok: false, response: portalError('InvalidRequestException', 'Invalid next_token.') };
    }
    offset = decoded;
  }
  const items = all.slice(offset, offset + pageSize);
  const next = offset + pageSize;
  return next < all.length ? { ok: true, items, nextToken: encodeToken(listing, next) } : { ok: true, items };
}
