/**
 * `bulkId:<id>` references (RFC 7644 section 3.7.2): a client names a resource created by a POST
 * earlier (or later) in the same Bulk request by its bulkId, e.g. a group's member
 * `{"value": "bulkId:qwerty"}`. Any string value in an operation's data that is exactly such a
 * reference counts, as does a path like `/Groups/bulkId:ytrewq`. Pure.
 */
import type { JsonObject, JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { ParsedBulkOperation } from './bulk-operation.ts';

const PREFIX = 'bulkId:';

/** The bulkId a string refers to, when it is a reference. */
export function referencedBulkId(text: string): string | undefined {
  return text.startsWith(PREFIX) && text.length > PREFIX.length ? text.slice(PREFIX.length) : undefined;
}

function collect(value: JsonValue, into: Set<string>): void {
  if (typeof value === 'string') {
    const bulkId = referencedBulkId(value);
    if (bulkId !== undefined) into.add(bulkId);
  } else if (Array.isArray(value)) {
    for (const item of value as readonly JsonValue[]) collect(item, into);
  } else if (isJsonObject(value)) {
    for (const item of Object.values(value)) collect(item, into);
  }
}

/** Every bulkId an operation needs resolved before it can run. */
export function bulkIdsReferencedBy(operation: ParsedBulkOperation): ReadonlySet<string> {
  const ids = new Set<string>();
  if (operation.method === 'invalid') return ids;
  if (operation.method !== 'POST' && operation.target.kind === 'bulkId') ids.add(operation.target.bulkId);
  if (operation.method !== 'DELETE') collect(operation.data, ids);
  return ids;
}

/** `value` with every `bulkId:<id>` string replaced by the id that POST created. */
export function substituteBulkIds(value: JsonObject, resolved: ReadonlyMap<string, string>): JsonObject {
  return substitute(value, resolved) as JsonObject;
}

function substitute(value: JsonValue, resolved: ReadonlyMap<string, string>): JsonValue {
  if (typeof value === 'string') {
    const bulkId = referencedBulkId(value);
    return bulkId === undefined ? value : resolved.get(bulkId) ?? value;
  }
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map((item) => substitute(item, resolved));
  if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, resolved)]));
  return value;
}
