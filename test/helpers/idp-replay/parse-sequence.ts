/**
 * Validates a replay fixture (plain JSON) into a Sequence. Anything unexpected fails loudly with
 * the file and the place in it: an unknown key (a misspelt check must not pass silently), a check
 * with no operator or two, a bad JSON Pointer or regular expression, a placeholder that no earlier
 * step captures, an unsorted requiredOperations list.
 */
import { isJsonPointer } from './json-pointer.ts';
import { placeholdersIn, placeholdersInJson, REPEAT_COUNTER } from './placeholders.ts';
import {
  HTTP_METHODS,
  JSON_TYPES,
  type BodyCheck,
  type Expectation,
  type HeaderCheck,
  type HttpMethod,
  type Idp,
  type JsonType,
  type JsonValue,
  type ReplayRequest,
  type Sequence,
  type Step,
} from './sequence.ts';

type Json = JsonValue | undefined;
type JsonObject = Readonly<Record<string, JsonValue>>;

class FixtureError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'FixtureError';
  }
}

function object(value: Json, where: string, allowed: readonly string[], required: readonly string[] = []): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FixtureError(where, 'must be an object');
  const record = value as JsonObject;
  for (const key of Object.keys(record)) if (!allowed.includes(key)) throw new FixtureError(where, `unknown key "${key}" (allowed: ${allowed.join(', ')})`);
  for (const key of required) if (!Object.hasOwn(record, key)) throw new FixtureError(where, `missing "${key}"`);
  return record;
}

function array(value: Json, where: string): readonly JsonValue[] {
  if (!Array.isArray(value)) throw new FixtureError(where, 'must be an array');
  return value as readonly JsonValue[];
}

function text(value: Json, where: string): string {
  if (typeof value !== 'string' || value === '') throw new FixtureError(where, 'must be a non-empty string');
  return value;
}

function integer(value: Json, where: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw new FixtureError(where, `must be an integer >= ${String(min)}`);
  return value;
}

function isTrue(value: Json, where: string): void {
  if (value !== true) throw new FixtureError(where, 'must be true');
}

function pointer(value: Json, where: string): string {
  if (typeof value !== 'string' || !isJsonPointer(value)) throw new FixtureError(where, `must be a JSON Pointer such as "/Resources/0/id" (got ${JSON.stringify(value)})`);
  return value;
}

function pattern(value: Json, where: string): string {
  const source = text(value, where);
  try {
    new RegExp(source);
  } catch (error) {
    throw new FixtureError(where, `invalid regular expression: ${(error as Error).message}`);
  }
  return source;
}

function stringMap(value: Json, where: string): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  const record = object(value, where, Object.keys(value ?? {}));
  for (const [key, item] of Object.entries(record)) text(item, `${where}.${key}`);
  return record as Readonly<Record<string, string>>;
}

/** The one operator key of a check object besides its subject key. */
function operator(record: JsonObject, subject: string, operators: readonly string[], where: string): string {
  const found = Object.keys(record).filter((key) => key !== subject);
  if (found.length !== 1 || !operators.includes(found[0] ?? '')) throw new FixtureError(where, `needs exactly one of ${operators.join(', ')} beside "${subject}"`);
  return found[0] ?? '';
}

const BODY_OPERATORS = ['equals', 'exists', 'absent', 'length', 'matches', 'type', 'includes', 'excludes'] as const;

function parseBodyCheck(value: JsonValue, where: string): BodyCheck {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'listResponse' in value) {
    const list = object(object(value, where, ['listResponse']).listResponse, `${where}.listResponse`, ['totalResults', 'itemsPerPage', 'startIndex']);
    return {
      kind: 'listResponse',
      ...(list.totalResults === undefined ? {} : { totalResults: integer(list.totalResults, `${where}.totalResults`, 0) }),
      ...(list.itemsPerPage === undefined ? {} : { itemsPerPage: integer(list.itemsPerPage, `${where}.itemsPerPage`, 0) }),
      ...(list.startIndex === undefined ? {} : { startIndex: integer(list.startIndex, `${where}.startIndex`, 1) }),
    };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'scimError' in value) {
    const error = object(object(value, where, ['scimError']).scimError, `${where}.scimError`, ['status', 'scimType'], ['status']);
    const status = integer(error.status, `${where}.scimError.status`, 400);
    return { kind: 'scimError', status, ...(error.scimType === undefined ? {} : { scimType: text(error.scimType, `${where}.scimError.scimType`) }) };
  }
  const record = object(value, where, ['path', ...BODY_OPERATORS], ['path']);
  const path = pointer(record.path, `${where}.path`);
  const op = operator(record, 'path', BODY_OPERATORS, where);
  const operand = record[op] ?? null;
  const at = `${where}.${op}`;
  switch (op) {
    case 'equals':
    case 'includes':
    case 'excludes':
      return { kind: op, path, value: operand };
    case 'exists':
    case 'absent':
      isTrue(operand, at);
      return { kind: op, path };
    case 'length':
      return { kind: 'length', path, length: integer(operand, at, 0) };
    case 'matches':
      return { kind: 'matches', path, pattern: pattern(operand, at) };
    case 'type':
      if (!JSON_TYPES.includes(operand as JsonType)) throw new FixtureError(at, `must be one of ${JSON_TYPES.join(', ')}`);
      return { kind: 'type', path, type: operand as JsonType };
    default:
      throw new FixtureError(where, `unknown operator ${op}`);
  }
}

function parseHeaderCheck(value: JsonValue, where: string): HeaderCheck {
  const record = object(value, where, ['header', 'present', 'absent', 'equals', 'matches'], ['header']);
  const name = text(record.header, `${where}.header`).toLowerCase();
  const op = operator(record, 'header', ['present', 'absent', 'equals', 'matches'], where);
  const at = `${where}.${op}`;
  if (op === 'present' || op === 'absent') {
    isTrue(record[op], at);
    return { kind: op, name };
  }
  return op === 'equals' ? { kind: 'equals', name, value: text(record[op], at) } : { kind: 'matches', name, pattern: pattern(record[op], at) };
}

function parseExpectation(value: Json, where: string): Expectation {
  const record = object(value, where, ['status', 'headers', 'body'], ['status']);
  const statuses = Array.isArray(record.status) ? array(record.status, `${where}.status`) : [record.status ?? null];
  return {
    status: statuses.map((status, index) => integer(status, `${where}.status[${String(index)}]`, 100)),
    headers: array(record.headers ?? [], `${where}.headers`).map((check, index) => parseHeaderCheck(check, `${where}.headers[${String(index)}]`)),
    body: array(record.body ?? [], `${where}.body`).map((check, index) => parseBodyCheck(check, `${where}.body[${String(index)}]`)),
  };
}

function parseRequest(value: Json, where: string): ReplayRequest {
  const record = object(value, where, ['method', 'path', 'query', 'headers', 'body'], ['method', 'path']);
  const method = record.method;
  if (!HTTP_METHODS.includes(method as HttpMethod)) throw new FixtureError(`${where}.method`, `must be one of ${HTTP_METHODS.join(', ')}`);
  const path = text(record.path, `${where}.path`);
  if (!path.startsWith('/') || path.includes('?')) throw new FixtureError(`${where}.path`, 'must start with "/" and carry no query (use "query")');
  return {
    method: method as HttpMethod,
    path,
    query: Object.entries(stringMap(record.query, `${where}.query`)),
    headers: stringMap(record.headers, `${where}.headers`),
    body: record.body,
  };
}

/** Every placeholder a step's request and expectations use. */
function placeholdersOf(request: ReplayRequest, expect: Expectation, where: string): string[] {
  try {
    return [
      ...placeholdersIn(request.path),
      ...request.query.flatMap(([key, item]) => [...placeholdersIn(key), ...placeholdersIn(item)]),
      ...Object.values(request.headers).flatMap((item) => placeholdersIn(item)),
      ...placeholdersInJson(request.body),
      ...expect.headers.flatMap((check) => (check.kind === 'equals' ? placeholdersIn(check.value) : [])),
      ...expect.body.flatMap((check) => ('value' in check ? placeholdersInJson(check.value) : [])),
    ];
  } catch (error) {
    throw new FixtureError(where, (error as Error).message);
  }
}

function parseStep(value: JsonValue, where: string, known: Set<string>): Step {
  const record = object(value, where, ['name', 'request', 'expect', 'capture', 'repeat'], ['name', 'request', 'expect']);
  const repeat = record.repeat === undefined ? 1 : integer(record.repeat, `${where}.repeat`, 2);
  const request = parseRequest(record.request, `${where}.request`);
  const expect = parseExpectation(record.expect, `${where}.expect`);
  const capture = stringMap(record.capture, `${where}.capture`);
  if (repeat > 1 && Object.keys(capture).length > 0) throw new FixtureError(where, 'a repeated step cannot capture');

  const usable = repeat > 1 ? new Set([...known, REPEAT_COUNTER]) : known;
  for (const name of placeholdersOf(request, expect, where)) if (!usable.has(name)) throw new FixtureError(where, `uses {{${name}}}, which no earlier step captures`);
  for (const [name, at] of Object.entries(capture)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || name === REPEAT_COUNTER) throw new FixtureError(`${where}.capture`, `"${name}" is not a usable placeholder name`);
    pointer(at, `${where}.capture.${name}`);
    known.add(name);
  }
  return { name: text(record.name, `${where}.name`), request, expect, capture, repeat };
}

/** `file` names the fixture in messages; `idp` and `name` come from its location. */
export function parseSequence(raw: unknown, idp: Idp, name: string, file: string): Sequence {
  const record = object(raw as Json, file, ['description', 'source', 'requiredOperations', 'headers', 'steps'], ['description', 'source', 'requiredOperations', 'steps']);
  const operations = array(record.requiredOperations, `${file}: requiredOperations`).map((op, index) => text(op, `${file}: requiredOperations[${String(index)}]`));
  const sorted = [...new Set(operations)].sort();
  if (sorted.join() !== operations.join()) throw new FixtureError(`${file}: requiredOperations`, `must be sorted and unique: ${JSON.stringify(sorted)}`);
  const known = new Set<string>();
  const steps = array(record.steps, `${file}: steps`).map((step, index) => parseStep(step, `${file}: steps[${String(index)}]`, known));
  if (steps.length === 0) throw new FixtureError(`${file}: steps`, 'must not be empty');
  return {
    idp,
    name,
    file,
    description: text(record.description, `${file}: description`),
    source: text(record.source, `${file}: source`),
    requiredOperations: operations,
    headers: stringMap(record.headers, `${file}: headers`),
    steps,
  };
}
