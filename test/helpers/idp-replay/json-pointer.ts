/**
 * JSON Pointer (RFC 6901) lookup for replay checks and captures. Pointers suit SCIM bodies because
 * extension URNs (`urn:...:enterprise:2.0:User`) hold dots and colons but never a slash.
 */
import type { JsonValue } from './sequence.ts';

export type Lookup = { readonly found: true; readonly value: JsonValue } | { readonly found: false };

export function isJsonPointer(pointer: string): boolean {
  return pointer === '' || (pointer.startsWith('/') && !/~[^01]|~$/.test(pointer));
}

export function resolvePointer(document: JsonValue, pointer: string): Lookup {
  if (pointer === '') return { found: true, value: document };
  let current: JsonValue = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      const items: readonly JsonValue[] = current;
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= items.length) return { found: false };
      current = items[Number(token)] as JsonValue;
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, token)) {
      current = (current as Readonly<Record<string, JsonValue>>)[token] as JsonValue;
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}
