/**
 * Verifies the AWS Signature Version 4 of a request the emulator received (AWS General Reference,
 * "Signature Version 4 signing process" and "Troubleshoot Signature Version 4 errors").
 *
 * Why a hand computation with node:crypto rather than re-signing with @smithy/signature-v4:
 * the SDK client that sends the request signs with that very library, so re-signing with it would
 * accept whatever it does, including its mistakes. An independent implementation of the canonical
 * request (canonical-request.ts) checked against requests the library signs (the unit tests) lets
 * each catch the other. It also keeps the verifier on the client's own SignedHeaders list and the
 * body bytes that actually arrived, where re-signing would need the request rebuilt into the
 * library's HttpRequest shape first.
 *
 * Order of checks, cheapest and least revealing first: header present and well-formed, scope and
 * date consistent, access key known, session token, credential expiry, clock skew, signature.
 * Secrets and tokens are compared in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { CredentialRegistry } from '../credentials.ts';
import { canonicalRequest, computeSignature, sha256Hex, stringToSign } from './canonical-request.ts';
import { parseAuthorization } from './parse-authorization.ts';
import { SIGV4_MESSAGES, sigv4Failure } from './sigv4-errors.ts';
import type { SigV4Failure } from './sigv4-errors.ts';

export interface SignedRequest {
  readonly method: string;
  /** Path as received on the wire (still percent-encoded), without the query. */
  readonly path: string;
  /** Query string as received, with or without the leading `?`. */
  readonly query: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type SigV4Result = { readonly ok: true; readonly accessKeyId: string } | SigV4Failure;

export interface VerifySigV4Options {
  /** Signing name the credential scope must name; the Identity Store's is `identitystore`. */
  readonly service?: string;
  /** When set, the credential scope must name this region. */
  readonly region?: string;
  /** Allowed distance between X-Amz-Date and `now`; AWS allows 15 minutes either way. */
  readonly maxSkewMs?: number;
}

const FIFTEEN_MINUTES_MS = 15 * 60 * 1000;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function headerText(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value.join(',');
}

function parseAmzDate(value: string): Date | undefined {
  const m = AMZ_DATE.exec(value);
  if (m === null) return undefined;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 20260231 over to March; a date that does not round-trip is malformed.
  return date.getUTCDate() === d && date.getUTCHours() === h ? date : undefined;
}

/** ISO 8601 basic format, as AWS prints dates in its skew messages. */
function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Constant-time string equality; unequal lengths still cost one comparison. */
function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

export function verifySigV4(
  request: SignedRequest,
  registry: CredentialRegistry,
  now: Date = new Date(),
  options: VerifySigV4Options = {},
): SigV4Result {
  const authorization = headerText(request.headers.authorization);
  if (authorization === undefined || authorization.trim() === '') {
    return sigv4Failure('missingAuthenticationToken', SIGV4_MESSAGES.missingAuthenticationToken);
  }
  const parsed = parseAuthorization(authorization);
  switch (parsed.kind) {
    case 'notSigV4':
      return sigv4Failure('missingAuthenticationToken', SIGV4_MESSAGES.missingAuthenticationToken);
    case 'incomplete':
      return sigv4Failure('incompleteSignature', parsed.message);
    case 'parsed':
      break;
    default: {
      const unreachable: never = parsed;
      return unreachable;
    }
  }
  const auth = parsed.value;

  const amzDateText = headerText(request.headers['x-amz-date']);
  if (amzDateText === undefined) {
    return sigv4Failure(
      'incompleteSignature',
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
    );
  }
  const signedAt = parseAmzDate(amzDateText);
  if (signedAt === undefined) {
    return sigv4Failure('incompleteSignature', `Date must be in ISO-8601 'basic format'. Got '${amzDateText}'.`);
  }
  // Both must be covered by the signature, or a replay could move the request to another host or time.
  for (const required of ['host', 'x-amz-date']) {
    if (!auth.signedHeaders.includes(required)) {
      return sigv4Failure('incompleteSignature', `'${required}' must be a 'SignedHeader' in the AWS Authorization.`);
    }
  }
  if (auth.scope.date !== amzDateText.slice(0, 8)) {
    return sigv4Failure(
      'invalidSignature',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scope.date}' != '${amzDateText.slice(0, 8)}', from '${amzDateText}'.`,
    );
  }
  const service = options.service ?? 'identitystore';
  if (auth.scope.service !== service) {
    return sigv4Failure('invalidSignature', `Credential should be scoped to correct service: '${service}'. `);
  }
  if (options.region !== undefined && auth.scope.region !== options.region) {
    return sigv4Failure('invalidSignature', `Credential should be scoped to a valid region, not '${auth.scope.region}'. `);
  }

  const credential = registry.lookup(auth.accessKeyId);
  if (credential === undefined) {
    return sigv4Failure('unrecognizedClient', SIGV4_MESSAGES.unrecognizedClient);
  }
  // Temporary keys are only valid together with their session token; long-term keys carry none.
  const token = headerText(request.headers['x-amz-security-token']);
  const tokenMatches =
    credential.sessionToken === undefined
      ? token === undefined
      : token !== undefined && safeEqual(token, credential.sessionToken);
  if (!tokenMatches) {
    return sigv4Failure('unrecognizedClient', SIGV4_MESSAGES.unrecognizedClient);
  }
  if (credential.expiresAt !== undefined && credential.expiresAt.getTime() <= now.getTime()) {
    return sigv4Failure('expiredToken', SIGV4_MESSAGES.expiredToken);
  }

  const maxSkewMs = options.maxSkewMs ?? FIFTEEN_MINUTES_MS;
  const skewMinutes = Math.round(maxSkewMs / 60000);
  if (signedAt.getTime() < now.getTime() - maxSkewMs) {
    const limit = formatAmzDate(new Date(now.getTime() - maxSkewMs));
    return sigv4Failure(
      'invalidSignature',
      `Signature expired: ${amzDateText} is now earlier than ${limit} (${formatAmzDate(now)} - ${skewMinutes} min.)`,
    );
  }
  if (signedAt.getTime() > now.getTime() + maxSkewMs) {
    const limit = formatAmzDate(new Date(now.getTime() + maxSkewMs));
    return sigv4Failure(
      'invalidSignature',
      `Signature not yet current: ${amzDateText} is still later than ${limit} (${formatAmzDate(now)} + ${skewMinutes} min.)`,
    );
  }

  const canonical = canonicalRequest({
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    signedHeaders: auth.signedHeaders,
    // The hash of the bytes that arrived, never a client-supplied x-amz-content-sha256: a
    // tampered body must fail even if the header was left alone.
    payloadHash: sha256Hex(request.body),
  });
  if (canonical === undefined) {
    return sigv4Failure('invalidSignature', SIGV4_MESSAGES.invalidSignature);
  }
  const expected = computeSignature(credential.secretAccessKey, auth.scope, stringToSign(amzDateText, auth.scope, canonical));
  if (!safeEqual(expected, auth.signature)) {
    return sigv4Failure('invalidSignature', SIGV4_MESSAGES.invalidSignature);
  }
  return { ok: true, accessKeyId: credential.accessKeyId };
}
