/**
 * Builds the SigV4 canonical request, string to sign and signature from what arrived on the wire
 * (AWS General Reference, "Create a canonical request for Signature Version 4", tasks 1-3).
 *
 * The client signs the path and query *before* they are sent; we receive them percent-encoded
 * once. Each function here states how it undoes the wire encoding to land on the same bytes the
 * client hashed, matching what @smithy/signature-v4 (the signer of every AWS SDK for JavaScript v3
 * client) does for services other than S3 (`uriEscapePath: true`, path normalised).
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SIGV4_ALGORITHM } from './parse-authorization.ts';
import type { CredentialScope } from './parse-authorization.ts';

/** RFC 3986 percent-encoding of everything but unreserved characters, as SigV4 requires. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Decodes one percent-encoded component; malformed escapes are kept as they are. */
function decodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Canonical URI: remove empty, `.` and `..` segments, then encode the already-encoded wire path
 * once more ("each path segment must be URI-encoded twice" for non-S3 services).
 */
export function canonicalPath(wirePath: string): string {
  const segments: string[] = [];
  for (const segment of wirePath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && wirePath.endsWith('/') ? '/' : '';
  const normalised = `/${segments.join('/')}${trailing}`;
  return uriEncode(normalised).replace(/%2F/g, '/');
}

/**
 * Canonical query string: decode each wire key and value, re-encode them strictly, sort by key
 * then value. `X-Amz-Signature` is skipped as presigned URLs require. `+` is taken literally,
 * since SigV4 clients encode a space as `%20`, never as `+`.
 */
export function canonicalQuery(wireQuery: string): string {
  const query = wireQuery.startsWith('?') ? wireQuery.slice(1) : wireQuery;
  const pairs: [string, string][] = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = decodeComponent(eq === -1 ? piece : piece.slice(0, eq));
    const value = eq === -1 ? '' : decodeComponent(piece.slice(eq + 1));
    if (key.toLowerCase() === 'x-amz-signature') continue;
    pairs.push([uriEncode(key), uriEncode(value)]);
  }
  // Sort by encoded key, then by encoded value (code-point order, as the signer does).
  pairs.sort(([ka, va], [kb, vb]) => (ka === kb ? compare(va, vb) : compare(ka, kb)));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One header value as SigV4 canonicalises it: line breaks to spaces, runs of blanks squeezed, trimmed. */
function canonicalHeaderValue(value: string | readonly string[]): string {
  const joined = typeof value === 'string' ? value : value.join(',');
  return joined.replace(/[\r\n]/g, ' ').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
}

export interface CanonicalRequestInput {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly headers: IncomingHttpHeaders;
  /** Lower-case names from the Authorization header, in any order. */
  readonly signedHeaders: readonly string[];
  readonly payloadHash: string;
}

/** The canonical request; `undefined` when a header the client claims to have signed is absent. */
export function canonicalRequest(input: CanonicalRequestInput): string | undefined {
  const names = [...input.signedHeaders].sort();
  const lines: string[] = [];
  for (const name of names) {
    const value = input.headers[name];
    if (value === undefined) return undefined;
    lines.push(`${name}:${canonicalHeaderValue(value)}`);
  }
  return [
    input.method.toUpperCase(),
    canonicalPath(input.path),
    canonicalQuery(input.query),
    `${lines.join('\n')}\n`,
    names.join(';'),
    input.payloadHash,
  ].join('\n');
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function stringToSign(amzDate: string, scope: CredentialScope, canonical: string): string {
  const scopeText = `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
  return [SIGV4_ALGORITHM, amzDate, scopeText, sha256Hex(canonical)].join('\n');
}

/** kSigning = HMAC chain over date, region, service and "aws4_request", then HMAC of the string to sign. */
export function computeSignature(secretAccessKey: string, scope: CredentialScope, toSign: string): string {
  const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();
  const kDate = hmac(`AWS4${secretAccessKey}`, scope.date);
  const kRegion = hmac(kDate, scope.region);
  const kService = hmac(kRegion, scope.service);
  const kSigning = hmac(kService, 'aws4_request');
  return createHmac('sha256', kSigning).update(toSign).digest('hex');
}
