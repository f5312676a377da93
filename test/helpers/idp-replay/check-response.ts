/**
 * Checks one answer the way the IdP reads it. Besides the fixture's checks, every answer must
 * follow what all the IdPs rely on: the status is one the IdP accepts, a body is
 * `application/scim+json` JSON (Entra requires the media type), and a 204 has no body.
 * Returns the failures as sentences; empty means the IdP would carry on.
 */
import { isDeepStrictEqual } from 'node:util';
import { resolvePointer } from './json-pointer.ts';
import type { BodyCheck, Expectation, HeaderCheck, JsonType, JsonValue } from './sequence.ts';

export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

export interface ReplayResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

const show = (value: unknown): string => {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 200 ? `${shown.slice(0, 197)}...` : shown;
};

function typeOf(value: JsonValue): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function hasType(value: JsonValue, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** `actual` has every member `expected` names (recursively); other values compare deeply. */
function contains(actual: JsonValue, expected: JsonValue): boolean {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return isDeepStrictEqual(actual, expected);
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  const record = actual as Readonly<Record<string, JsonValue>>;
  return Object.entries(expected).every(([key, value]) => Object.hasOwn(record, key) && contains(record[key] as JsonValue, value));
}

function checkListResponse(body: JsonValue, check: Extract<BodyCheck, { kind: 'listResponse' }>): string[] {
  const failures: string[] = [];
  const at = (path: string): JsonValue | undefined => {
    const found = resolvePointer(body, path);
    return found.found ? found.value : undefined;
  };
  const schemas = at('/schemas');
  if (!Array.isArray(schemas) || !schemas.includes(LIST_RESPONSE_URN)) failures.push(`not a ListResponse: schemas is ${show(schemas)}`);
  for (const field of ['totalResults', 'itemsPerPage', 'startIndex'] as const) {
    const value = at(`/${field}`);
    if (typeof value !== 'number' || !Number.isInteger(value)) failures.push(`${field} must be an integer, got ${show(value)}`);
    else if (check[field] !== undefined && value !== check[field]) failures.push(`${field} is ${String(value)}, expected ${String(check[field])}`);
  }
  const resources = at('/Resources');
  if (!Array.isArray(resources)) failures.push(`Resources must be an array, got ${show(resources)}`);
  else if (resources.length !== at('/itemsPerPage')) failures.push(`Resources holds ${String(resources.length)} items but itemsPerPage is ${show(at('/itemsPerPage'))}`);
  return failures;
}

function checkScimError(body: JsonValue, status: number, check: Extract<BodyCheck, { kind: 'scimError' }>): string[] {
  const failures: string[] = [];
  const field = (name: string): JsonValue | undefined => {
    const found = resolvePointer(body, `/${name}`);
    return found.found ? found.value : undefined;
  };
  const schemas = field('schemas');
  if (!Array.isArray(schemas) || !schemas.includes(ERROR_URN)) failures.push(`not a SCIM error: schemas is ${show(schemas)}`);
  if (status !== check.status) failures.push(`HTTP status ${String(status)} is not the error's ${String(check.status)}`);
  if (field('status') !== String(check.status)) failures.push(`error status must be the string "${String(check.status)}", got ${show(field('status'))}`);
  if (typeof field('detail') !== 'string') failures.push(`error detail must be a string, got ${show(field('detail'))}`);
  if (check.scimType !== undefined && field('scimType') !== check.scimType) failures.push(`scimType is ${show(field('scimType'))}, expected "${check.scimType}"`);
  return failures;
}

function checkBody(body: JsonValue, status: number, check: BodyCheck): string[] {
  if (check.kind === 'listResponse') return checkListResponse(body, check);
  if (check.kind === 'scimError') return checkScimError(body, status, check);
  const found = resolvePointer(body, check.path);
  const where = check.path === '' ? 'the body' : check.path;
  if (check.kind === 'absent') return found.found ? [`${where} should be absent, got ${show(found.value)}`] : [];
  if (!found.found) return [`${where} is missing (expected ${check.kind}${'value' in check ? ` ${show(check.value)}` : ''})`];
  const value = found.value;
  switch (check.kind) {
    case 'exists':
      return [];
    case 'equals':
      return isDeepStrictEqual(value, check.value) ? [] : [`${where} is ${show(value)}, expected ${show(check.value)}`];
    case 'length':
      return Array.isArray(value) && value.length === check.length ? [] : [`${where} should have length ${String(check.length)}, got ${show(value)}`];
    case 'matches':
      return typeof value === 'string' && new RegExp(check.pattern).test(value) ? [] : [`${where} is ${show(value)}, expected to match /${check.pattern}/`];
    case 'type':
      return hasType(value, check.type) ? [] : [`${where} should be ${check.type}, got ${typeOf(value)} ${show(value)}`];
    case 'includes':
    case 'excludes': {
      if (!Array.isArray(value)) return [`${where} should be an array, got ${show(value)}`];
      const present = (value as readonly JsonValue[]).some((item) => contains(item, check.value));
      if (check.kind === 'includes' && !present) return [`${where} has no element like ${show(check.value)}: ${show(value)}`];
      if (check.kind === 'excludes' && present) return [`${where} should have no element like ${show(check.value)}: ${show(value)}`];
      return [];
    }
    default: {
      const unreachable: never = check;
      return [`unknown check ${show(unreachable)}`];
    }
  }
}

function checkHeader(headers: Headers, check: HeaderCheck): string[] {
  const value = headers.get(check.name);
  switch (check.kind) {
    case 'present':
      return value === null ? [`header ${check.name} is missing`] : [];
    case 'absent':
      return value === null ? [] : [`header ${check.name} should be absent, got ${show(value)}`];
    case 'equals':
      return value === check.value ? [] : [`header ${check.name} is ${show(value)}, expected ${show(check.value)}`];
    case 'matches':
      return value !== null && new RegExp(check.pattern).test(value) ? [] : [`header ${check.name} is ${show(value)}, expected to match /${check.pattern}/`];
    default: {
      const unreachable: never = check;
      return [`unknown header check ${show(unreachable)}`];
    }
  }
}

/** The failures, and the parsed body for captures (undefined when there is none). */
export function checkResponse(response: ReplayResponse, expect: Expectation): { failures: string[]; body: JsonValue | undefined } {
  const failures: string[] = [];
  if (!expect.status.includes(response.status)) failures.push(`status ${String(response.status)}, expected ${expect.status.join(' or ')}`);
  failures.push(...expect.headers.flatMap((check) => checkHeader(response.headers, check)));
  if (response.text === '') {
    if (response.status !== 204 && expect.body.length > 0) failures.push(`empty body with status ${String(response.status)}`);
    return { failures, body: undefined };
  }
  if (response.status === 204) failures.push('a 204 must not carry a body');
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^application\/scim\+json\b/.test(contentType)) failures.push(`content-type is ${show(contentType)}, expected application/scim+json`);
  let body: JsonValue;
  try {
    body = JSON.parse(response.text) as JsonValue;
  } catch {
    failures.push('body is not JSON');
    return { failures, body: undefined };
  }
  failures.push(...expect.body.flatMap((check) => checkBody(body, response.status, check)));
  return { failures, body };
}
