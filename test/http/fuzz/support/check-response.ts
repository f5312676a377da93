/**
 * What every response must look like, whatever was sent (issue #8 "Bad input"): never a 5xx;
 * every error a valid RFC 7644 section 3.12 error body, as application/scim+json, whose `status`
 * is the HTTP status as a string and whose `scimType`, when present, is one RFC 7644 Table 9 (or
 * RFC 9865 section 2) defines with the status it goes with; every successful body parseable JSON.
 *
 * The tables are written out here rather than imported from src/scim/errors.ts, so the check does
 * not agree with the code merely because it reads the code.
 */
import type { FuzzRequest, FuzzResponse } from './fuzz-client.ts';

const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** RFC 7644 Table 9 and RFC 9865 section 2: scimType -> the HTTP status it is used with. */
const SCIM_TYPES: Readonly<Record<string, number>> = {
  invalidFilter: 400,
  tooMany: 400,
  uniqueness: 409,
  mutability: 400,
  invalidSyntax: 400,
  invalidPath: 400,
  noTarget: 400,
  invalidValue: 400,
  invalidVers: 400,
  sensitive: 403,
  invalidCursor: 400,
  expiredCursor: 400,
};

/** Responses that carry no body by definition. */
function bodiless(request: FuzzRequest, status: number): boolean {
  return request.method === 'HEAD' || status === 204 || status === 304;
}

/**
 * The 5xx a client can cause on purpose, both 501 Not Implemented: RFC 7644 section 3.11 says a
 * service provider that does not support /Me "SHOULD respond with HTTP status code 501" (scim-bridge
 * serves IdPs, not users), and OPTIONS, which SCIM does not define (RFC 9110 section 15.6.2).
 */
function expectedServerError(request: FuzzRequest, status: number): boolean {
  return status === 501 && (request.method === 'OPTIONS' || /^\/scim\/v2\/me(\/|\?|$)/i.test(request.path));
}

/** Problems with one response; empty when it is acceptable. */
export function responseProblems(request: FuzzRequest, response: FuzzResponse): string[] {
  const problems: string[] = [];
  const { status } = response;
  if (status >= 500 && !expectedServerError(request, status)) problems.push(`status ${status} (a server error for client input)`);
  if (status < 100) problems.push(`no status (${status})`);
  if (bodiless(request, status)) return problems;
  if (status >= 400) problems.push(...errorBodyProblems(response));
  else if (response.body !== '') {
    try {
      JSON.parse(response.body);
    } catch {
      problems.push(`a ${status} whose body is not JSON`);
    }
  }
  return problems;
}

function errorBodyProblems(response: FuzzResponse): string[] {
  const problems: string[] = [];
  const contentType = response.headers['content-type'] ?? '';
  if (!/^application\/scim\+json(\s*;|$)/i.test(contentType)) problems.push(`error content-type ${JSON.stringify(contentType)}, not application/scim+json`);
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return [...problems, 'error body is not JSON'];
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [...problems, 'error body is not a JSON object'];
  const error = body as Record<string, unknown>;
  const schemas = error['schemas'];
  if (!Array.isArray(schemas) || schemas.length !== 1 || schemas[0] !== ERROR_SCHEMA) problems.push(`schemas ${JSON.stringify(schemas)}, not [${ERROR_SCHEMA}]`);
  if (error['status'] !== String(response.status)) problems.push(`body status ${JSON.stringify(error['status'])} for HTTP ${response.status} (must be the same, as a string)`);
  const scimType = error['scimType'];
  if (scimType !== undefined) {
    const expected = typeof scimType === 'string' && Object.hasOwn(SCIM_TYPES, scimType) ? SCIM_TYPES[scimType] : undefined;
    if (expected === undefined) problems.push(`scimType ${JSON.stringify(scimType)} is not an RFC 7644 Table 9 value`);
    else if (expected !== response.status) problems.push(`scimType ${JSON.stringify(scimType)} goes with ${expected}, not ${response.status}`);
  }
  if (typeof error['detail'] !== 'string' || error['detail'] === '') problems.push(`detail ${JSON.stringify(error['detail'])} is not a non-empty string`);
  return problems;
}

/** One line per part of the exchange, cut short, for failure messages. */
export function describeExchange(request: FuzzRequest, response: FuzzResponse | undefined): string {
  const cut = (text: string): string => (text.length > 600 ? `${text.slice(0, 600)}... (${text.length} chars)` : text);
  const lines = [
    `request: ${request.method} ${cut(request.path)}`,
    `headers: ${cut(JSON.stringify(request.headers))}`,
    ...(request.body === undefined ? [] : [`body: ${cut(request.body.toString())}`]),
  ];
  if (response !== undefined) lines.push(`response: ${response.status} ${JSON.stringify(response.headers['content-type'])} ${cut(response.body)}`);
  return lines.join('\n');
}
