/**
 * `{{name}}` placeholders in replay fixtures: ids captured from earlier answers (`{{userId}}`)
 * and the repeat counter `{{i}}`. Substitution is textual inside strings, so a placeholder can sit
 * in a path, a query value, a filter or any string of a body.
 */
import type { JsonValue } from './sequence.ts';

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g;
/** The counter of a repeated step. */
export const REPEAT_COUNTER = 'i';

/** Names used in a string, in order; throws on a `{{` that is not a well-formed placeholder. */
export function placeholdersIn(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  if (text.replace(PLACEHOLDER, '').includes('{{')) throw new Error(`malformed placeholder in ${JSON.stringify(text)} (use {{name}})`);
  return names;
}

/** Every placeholder name in a JSON value's strings (keys included). */
export function placeholdersInJson(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return placeholdersIn(value);
  if (Array.isArray(value)) return value.flatMap((item: JsonValue) => placeholdersInJson(item));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [...placeholdersIn(key), ...placeholdersInJson(item)]);
  }
  return [];
}

export function substitute(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`placeholder {{${name}}} has no value yet`);
    return value;
  });
}

export function substituteJson(value: JsonValue, values: ReadonlyMap<string, string>): JsonValue {
  if (typeof value === 'string') return substitute(value, values);
  if (Array.isArray(value)) return value.map((item: JsonValue) => substituteJson(item, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [substitute(key, values), substituteJson(item, values)]));
  }
  return value;
}
