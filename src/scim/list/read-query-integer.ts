/**
 * Reads `startIndex` or `count` (RFC 7644 section 3.4.2.4). A query string carries text and a
 * `.search` body a JSON number (RFC 7644 section 3.4.3); both are accepted in either place,
 * because clients that build bodies from query strings send numeric text. Anything that is not
 * a whole number is refused, naming the parameter.
 */
import { ScimError } from '../errors.ts';

const INTEGER_TEXT = /^[+-]?\d+$/;

/** `undefined` when the parameter is absent, null or an empty string (`?count=`). */
export function readQueryInteger(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let parsed: number | undefined;
  if (typeof value === 'number') parsed = value;
  else if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) parsed = Number(value.trim());
  if (parsed === undefined || !Number.isInteger(parsed)) {
    throw ScimError.invalidValue(`${name} must be an integer, got ${JSON.stringify(value)}`);
  }
  // Out-of-range numbers are clamped by the caller's rules; keep them finite and exact here.
  return Math.max(Math.min(parsed, Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
}
