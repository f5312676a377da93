/**
 * Reads a BulkRequest body (RFC 7644 section 3.7) into a BulkRequest. Problems with the request
 * as a whole (not an object, no `Operations`, more operations than `maxOperations`, a bulkId used
 * twice, a bad `failOnErrors`) throw: nothing is run. A problem with one operation (unknown
 * method, a path to an endpoint we do not serve, POST to a resource, missing `data`) makes that
 * operation `invalid`, answered with its error while the others run.
 *
 * Member names match case-insensitively (RFC 7643 section 2.1), methods too (`patch` is PATCH).
 */
import { sameName } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { getMember } from '../schema/get-member.ts';
import type { BulkLimits, BulkMethod, BulkRequest, ParsedBulkOperation, ResourceReference } from './bulk-operation.ts';
import { BULK_METHODS } from './bulk-operation.ts';
import { referencedBulkId } from './bulk-references.ts';

interface Target {
  readonly endpoint: string;
  readonly resource: ResourceReference | undefined;
}

/** `/Users`, `/Users/{id}`, `/Groups/bulkId:x`; leading slash optional, endpoint case-insensitive. */
function readPath(path: string, endpoints: readonly string[]): Target {
  const segments = path.replace(/^\/+/, '').replace(/\/+$/, '').split('/');
  const endpoint = endpoints.find((candidate) => sameName(candidate, segments[0] ?? ''));
  if (endpoint === undefined || segments.length > 2) {
    throw ScimError.invalidPath(`"path" ${JSON.stringify(path)} names no resource of this service provider; use /${endpoints.join(', /')} or /<endpoint>/<id>`);
  }
  const raw = segments[1];
  if (raw === undefined) return { endpoint, resource: undefined };
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw ScimError.invalidPath(`"path" ${JSON.stringify(path)} is not a valid URL path`);
  }
  if (id === '') throw ScimError.invalidPath(`"path" ${JSON.stringify(path)} has an empty resource id`);
  const bulkId = referencedBulkId(id);
  return { endpoint, resource: bulkId === undefined ? { kind: 'id', id } : { kind: 'bulkId', bulkId } };
}

function readOptionalString(operation: JsonObject, name: string): string | undefined {
  const value = getMember(operation, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value === '') throw ScimError.invalidValue(`"${name}" must be a non-empty string`);
  return value;
}

function readOperation(value: JsonValue, index: number, endpoints: readonly string[]): ParsedBulkOperation {
  const operation = isJsonObject(value) ? value : undefined;
  const sentMethod = operation === undefined ? undefined : getMember(operation, 'method');
  const rawBulkId = operation === undefined ? undefined : getMember(operation, 'bulkId');
  const bulkId = typeof rawBulkId === 'string' && rawBulkId !== '' ? rawBulkId : undefined;
  const invalid = (error: ScimError): ParsedBulkOperation => ({
    method: 'invalid', index, sentMethod: typeof sentMethod === 'string' ? sentMethod : undefined, bulkId, error,
  });
  try {
    if (operation === undefined) throw ScimError.invalidSyntax(`Operations[${index}] must be a JSON object`);
    const method = BULK_METHODS.find((candidate): candidate is BulkMethod => typeof sentMethod === 'string' && sameName(candidate, sentMethod));
    if (method === undefined) throw ScimError.invalidValue(`"method" must be one of ${BULK_METHODS.join(', ')}`);
    readOptionalString(operation, 'bulkId');
    const path = readOptionalString(operation, 'path');
    if (path === undefined) throw ScimError.invalidValue('"path" is required: /Users or /Groups for POST, /Users/<id> or /Groups/<id> otherwise');
    const target = readPath(path, endpoints);
    const version = readOptionalString(operation, 'version');
    const data = getMember(operation, 'data');
    if (method !== 'DELETE' && !isJsonObject(data)) throw ScimError.invalidSyntax(`"data" must be a JSON object for ${method}: the body of the single ${method} request`);
    const base = { index, bulkId, endpoint: target.endpoint };
    if (method === 'POST') {
      if (target.resource !== undefined) throw ScimError.invalidPath(`POST needs an endpoint path such as /${target.endpoint}, not a resource path`);
      // RFC 7644 section 3.7: bulkId is REQUIRED with POST; without it the client could not
      // tell which created resource is which, so it is refused rather than guessed.
      if (bulkId === undefined) throw ScimError.invalidValue('"bulkId" is required for POST operations');
      return { ...base, method, data: data as JsonObject };
    }
    if (target.resource === undefined) throw ScimError.invalidPath(`${method} needs a resource path such as /${target.endpoint}/<id>`);
    if (method === 'DELETE') return { ...base, method, target: target.resource, version };
    return { ...base, method, target: target.resource, version, data: data as JsonObject };
  } catch (error) {
    if (error instanceof ScimError) return invalid(error);
    throw error;
  }
}

function readFailOnErrors(body: JsonObject): number | undefined {
  const value = getMember(body, 'failOnErrors');
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw ScimError.invalidValue('"failOnErrors" must be a positive integer: the number of errors after which processing stops');
  }
  return value;
}

/** `endpoints`: the served resource endpoints without slash, e.g. ['Users', 'Groups']. */
export function parseBulkRequest(body: unknown, endpoints: readonly string[], limits: BulkLimits): BulkRequest {
  if (!isJsonObject(body)) throw ScimError.invalidSyntax('A Bulk request body must be a JSON object with "schemas" and "Operations"');
  const operations = getMember(body, 'Operations');
  if (!Array.isArray(operations)) throw ScimError.invalidSyntax('A Bulk request needs an "Operations" array');
  const list = operations as readonly JsonValue[];
  if (list.length > limits.maxOperations) {
    // RFC 7644 section 3.7.4: too many operations is 413, like a payload over maxPayloadSize.
    throw ScimError.payloadTooLarge(`The Bulk request has ${list.length} operations; this service provider accepts at most ${limits.maxOperations} (maxOperations in /ServiceProviderConfig). Split it into several requests.`);
  }
  const failOnErrors = readFailOnErrors(body);
  const parsed = list.map((operation, index) => readOperation(operation, index, endpoints));
  const seen = new Set<string>();
  for (const operation of parsed) {
    if (operation.bulkId === undefined) continue;
    if (seen.has(operation.bulkId)) throw ScimError.invalidValue(`bulkId ${JSON.stringify(operation.bulkId)} is used by more than one operation; each bulkId must be unique within a request`);
    seen.add(operation.bulkId);
  }
  return { failOnErrors, operations: parsed };
}
