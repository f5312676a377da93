/**
 * Query strings for list and single-resource reads (RFC 7644 sections 3.4.2 and 3.9, RFC 9865):
 * the known parameters in any case, repeated, empty or with junk values (numbers that are not
 * integers, huge, negative; unknown sort attributes; attribute lists with odd separators; forged
 * cursors; `@cursor`, replaced by a real cursor of another query), unknown parameters, and raw
 * query text that is not key=value pairs.
 */
import fc from 'fast-check';
import { percentEncode } from '../percent-encode.ts';
import { grammarFilter } from './filter-text.ts';
import { attributePath, oddText, randomCase, type ResourceKind } from './scim-vocabulary.ts';

const integerText = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 120 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('', ' 5', '+3', '0x10', '1e3', '1.5', 'NaN', '-0', '9007199254740993', '99999999999999999999999', '\u0661', '2 ', 'one', '0'.repeat(400) + '1') },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String) },
);

function attributeList(kind: ResourceKind): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: attributePath(kind) }, { weight: 1, arbitrary: oddText }), { maxLength: 5 })
    .chain((names) => fc.constantFrom(',', ', ', ',,', ' , ').map((separator) => names.join(separator)));
}

function valueFor(name: string, kind: ResourceKind): fc.Arbitrary<string> {
  switch (name) {
    case 'startIndex':
    case 'count': return integerText;
    case 'sortBy': return fc.oneof(attributePath(kind), oddText);
    case 'sortOrder': return fc.oneof(fc.constantFrom('ascending', 'descending').chain(randomCase), oddText);
    case 'attributes':
    case 'excludedAttributes': return attributeList(kind);
    case 'cursor': return fc.oneof(fc.constantFrom('@cursor', '@cursor', '', 'AAAA', 'eyJ9', '.', 'x'.repeat(3000)), fc.base64String({ maxLength: 80 }), oddText);
    case 'filter': return grammarFilter(kind);
    default: return oddText;
  }
}

const NAMES = ['startIndex', 'count', 'sortBy', 'sortOrder', 'attributes', 'excludedAttributes', 'cursor', 'filter'];

function parameter(kind: ResourceKind): fc.Arbitrary<string> {
  const known = fc.constantFrom(...NAMES).chain((name) => fc.tuple(randomCase(name), valueFor(name, kind)));
  const unknown = fc.tuple(fc.constantFrom('foo', 'filter[a]', 'count[]', 'a.b', '', '__proto__', 'constructor', 'hasOwnProperty'), oddText);
  return fc.oneof({ weight: 8, arbitrary: known }, { weight: 1, arbitrary: unknown })
    .map(([name, value]) => `${percentEncode(name)}=${value === '@cursor' ? value : percentEncode(value)}`);
}

/** `?...` for a list or read; may be empty. */
export function queryString(kind: ResourceKind): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(parameter(kind), { maxLength: 5 }).map((parts) => (parts.length === 0 ? '' : `?${parts.join('&')}`)) },
    // Raw text that no form encoder would produce: bare keys, stray %, empty pairs.
    { weight: 1, arbitrary: fc.constantFrom('?', '?&&', '?count', '?count=&count=', '?%', '?count=%', '?count=%zz', '?filter=%E0%A4%A', '?=1', '?startIndex=1&startIndex=2', '?attributes=userName&excludedAttributes=title', '?count=1#frag', '?sortBy=userName&sortOrder=sideways') },
  );
}
