/**
 * Parses the `Authorization` header of an AWS Signature Version 4 request
 * (AWS General Reference, "Signature Version 4 signing process", task 4: "Add the signature to the
 * HTTP request"):
 *
 *   AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/identitystore/aws4_request,
 *     SignedHeaders=content-type;host;x-amz-date, Signature=<64 hex>
 *
 * Components may be separated by commas, spaces or both, as the SigV4 test suite allows.
 */

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

export interface CredentialScope {
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

export interface ParsedAuthorization {
  readonly accessKeyId: string;
  readonly scope: CredentialScope;
  /** Lower-case header names in the order the client listed them. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export type ParseAuthorizationResult =
  | { readonly kind: 'parsed'; readonly value: ParsedAuthorization }
  /** Not a SigV4 header at all: AWS treats it as if no credentials were sent. */
  | { readonly kind: 'notSigV4' }
  /** A SigV4 header with parts missing or malformed; `message` is what AWS says about it. */
  | { readonly kind: 'incomplete'; readonly message: string };

const REQUIRED_PARTS = ['Credential', 'SignedHeaders', 'Signature'] as const;

export function parseAuthorization(header: string): ParseAuthorizationResult {
  const trimmed = header.trim();
  if (!trimmed.startsWith(`${SIGV4_ALGORITHM} `)) return { kind: 'notSigV4' };

  const parts = new Map<string, string>();
  for (const piece of trimmed.slice(SIGV4_ALGORITHM.length).split(/[,\s]+/)) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    parts.set(piece.slice(0, eq), piece.slice(eq + 1));
  }

  // AWS lists every missing part in one message, each as its own sentence.
  const missing = REQUIRED_PARTS.filter((name) => (parts.get(name) ?? '') === '');
  if (missing.length > 0) {
    const sentences = missing.map((name) => `Authorization header requires '${name}' parameter.`);
    return { kind: 'incomplete', message: `${sentences.join(' ')} Authorization=${trimmed}` };
  }

  const credential = parts.get('Credential') ?? '';
  const scopeParts = credential.split('/');
  const [accessKeyId, date, region, service, terminator] = scopeParts;
  if (
    scopeParts.length !== 5 ||
    accessKeyId === undefined || accessKeyId === '' ||
    date === undefined || !/^\d{8}$/.test(date) ||
    region === undefined || region === '' ||
    service === undefined || service === '' ||
    terminator !== 'aws4_request'
  ) {
    return {
      kind: 'incomplete',
      message: `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    };
  }

  const signedHeaders = (parts.get('SignedHeaders') ?? '').split(';').map((h) => h.toLowerCase());
  if (signedHeaders.some((h) => h === '')) {
    return { kind: 'incomplete', message: `Invalid SignedHeaders list: '${parts.get('SignedHeaders') ?? ''}'.` };
  }

  // A signature of the wrong shape is kept: it simply will not match, which is what AWS reports.
  const signature = parts.get('Signature') ?? '';
  return { kind: 'parsed', value: { accessKeyId, scope: { date, region, service }, signedHeaders, signature } };
}
