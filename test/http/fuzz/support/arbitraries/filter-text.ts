/**
 * Filter strings (RFC 7644 section 3.4.2.2): grammar-aware ones built from the ABNF with real
 * attribute names, near-misses made by mutating those, and raw garbage (unicode, control
 * characters, deep nesting, lengths far past MAX_FILTER_LENGTH).
 *
 *   FILTER    = attrExp / logExp / valuePath / *1"not" "(" FILTER ")"
 *   valuePath = attrPath "[" valFilter "]"
 *   attrExp   = (attrPath SP "pr") / (attrPath SP compareOp SP compValue)
 *   logExp    = FILTER SP ("and" / "or") SP FILTER
 *   compValue = false / null / true / number / string
 */
import fc from 'fast-check';
import { attributePath, dateTimeText, randomCase, schemaPaths, scimText, unicodeText, type ResourceKind } from './scim-vocabulary.ts';

const COMPARE_OPERATORS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'lt', 'ge', 'le'] as const;

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '');

/** A JSON string literal, or one with broken escapes. */
const stringLiteral = fc.oneof(
  { weight: 8, arbitrary: fc.oneof(scimText, dateTimeText).map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.constantFrom('"unterminated', '"bad \\q escape"', '"\\u12"', "'single'", '""', '"\\ud800"') },
);

const compValue = fc.oneof(
  { weight: 6, arbitrary: stringLiteral },
  { weight: 2, arbitrary: fc.constantFrom('true', 'false', 'null', 'True', 'NULL') },
  { weight: 2, arbitrary: fc.oneof(fc.integer().map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.constantFrom('1e400', '-0', '01', '.5', '1.', 'NaN', 'Infinity')) },
);

const keyword = (word: string): fc.Arbitrary<string> => randomCase(word);

function attributeExpression(paths: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.tuple(paths, space, keyword('pr')).map(([path, gap, pr]) => `${path}${gap === '' ? ' ' : gap}${pr}`) },
    {
      weight: 5,
      arbitrary: fc.tuple(paths, fc.constantFrom(...COMPARE_OPERATORS).chain(keyword), compValue, space).map(([path, op, value, gap]) => `${path} ${op}${gap === '' ? ' ' : gap}${value}`),
    },
  );
}

/** Grammar-aware filters with real attribute names of `kind`. */
export function grammarFilter(kind: ResourceKind): fc.Arbitrary<string> {
  const paths = attributePath(kind);
  // Inside [...] the paths are sub-attribute names of the multi-valued attribute.
  const subPaths = fc.constantFrom('value', 'type', 'primary', 'display', 'Value', 'givenName', '$ref');
  // A value path filters a multi-valued attribute (`emails[type eq "work"]`); now and then another one.
  const multiValued = schemaPaths(kind).filter((entry) => entry.definition.multiValued).map((entry) => entry.path);
  const valuePathAttribute = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...multiValued) }, { weight: 1, arbitrary: paths });
  return fc.letrec<{ filter: string; valFilter: string }>((tie) => ({
    filter: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: attributeExpression(paths) },
      { weight: 2, arbitrary: fc.tuple(tie('filter'), fc.constantFrom('and', 'or').chain(keyword), tie('filter')).map(([left, op, right]) => `${left} ${op} ${right}`) },
      { weight: 1, arbitrary: fc.tuple(fc.boolean(), keyword('not'), space, tie('filter')).map(([negate, not, gap, inner]) => `${negate ? `${not}${gap}` : ''}(${inner})`) },
      { weight: 1, arbitrary: fc.tuple(valuePathAttribute, tie('valFilter')).map(([path, inner]) => `${path}[${inner}]`) },
    ),
    valFilter: fc.oneof(
      { depthSize: 'small' },
      { weight: 3, arbitrary: attributeExpression(subPaths) },
      { weight: 1, arbitrary: fc.tuple(tie('valFilter'), fc.constantFrom('and', 'or'), tie('valFilter')).map(([left, op, right]) => `${left} ${op} ${right}`) },
      { weight: 1, arbitrary: tie('valFilter').map((inner) => `not (${inner})`) },
    ),
  })).filter;
}

/** A valid-looking filter with one edit: what a buggy IdP or a typo sends. */
export function mutatedFilter(kind: ResourceKind): fc.Arbitrary<string> {
  const edit = fc.constantFrom('delete', 'insert', 'truncate', 'duplicate', 'swap');
  const inserted = fc.constantFrom('(', ')', '[', ']', '"', '\\', ' ', '.', ':', 'and', 'not', '\u0000', '\u00e9', '\ud83d\ude00');
  return fc.tuple(grammarFilter(kind), edit, fc.nat(), inserted).map(([text, kindOfEdit, at, insert]) => {
    const position = text.length === 0 ? 0 : at % text.length;
    switch (kindOfEdit) {
      case 'delete': return text.slice(0, position) + text.slice(position + 1);
      case 'insert': return text.slice(0, position) + insert + text.slice(position);
      case 'truncate': return text.slice(0, position);
      case 'duplicate': return `${text} ${text.slice(position)}`;
      case 'swap': return text.slice(position) + text.slice(0, position);
    }
  });
}

/** Text that is not a filter at all, or is one at absurd size. */
export const garbageFilter: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  unicodeText(40),
  fc.nat({ max: 200 }).map((depth) => `${'('.repeat(depth)}userName pr${')'.repeat(depth)}`),
  fc.nat({ max: 100 }).map((depth) => `${'not ('.repeat(depth)}title pr${')'.repeat(depth)}`),
  fc.nat({ max: 60 }).map((depth) => `${'emails['.repeat(depth)}value pr${']'.repeat(depth)}`),
  fc.nat({ max: 300 }).map((terms) => Array.from({ length: terms + 1 }, (_, i) => `title eq "${i}"`).join(' or ')),
  fc.integer({ min: 4000, max: 9000 }).map((length) => `userName eq "${'x'.repeat(length)}"`),
  fc.constantFrom('', ' ', 'pr', 'eq', '()', '[]', 'userName', 'userName eq', 'userName eq "a" and', 'not', 'not ()', 'emails[]', 'emails[value eq "a"', 'a.b.c.d eq 1', 'urn: eq 1', ':eq 1', 'userName eq "a"]'),
);

export function anyFilter(kind: ResourceKind): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: grammarFilter(kind) }, { weight: 3, arbitrary: mutatedFilter(kind) }, { weight: 2, arbitrary: garbageFilter });
}
