/**
 * Parses SCIM filter text (RFC 7644 section 3.4.2.2, Figure 1) into the Filter AST by recursive
 * descent: `or` binds loosest, then `and`, then `not`/grouping. Every malformed input becomes a
 * ScimError.invalidFilter (400) naming the position and what was expected; nothing else escapes.
 *
 * Canonical form: and/or are n-ary and flattened (`a and (b and c)` is one `and` of three), so
 * folds over the tree and `printFilter` never meet an `and` directly under an `and`.
 *
 * Beyond the RFC grammar, deliberately:
 * - keywords, operators and literals are case-insensitive (`AND`, `Eq`, `TRUE`), as RFC 7644
 *   says for operators; whitespace between tokens may be any run of spaces, tabs or newlines;
 * - `emails[type eq "work"].value eq "x"` (PATCH-path syntax that Entra ID documents for
 *   uniqueness filters) becomes `emails[type eq "work" and value eq "x"]`, keeping both terms
 *   on the same email;
 * - an unquoted value such as `externalId eq jyoung` (Microsoft's SCIM reference samples send it)
 *   is read as a string, unless it is a JSON number, true, false or null.
 * Refused: `not` without parentheses (the RFC requires `"not" "(" valFilter ")"`), value paths
 * inside value paths, single-quoted strings, text longer than MAX_FILTER_LENGTH or nested deeper
 * than MAX_FILTER_DEPTH.
 */
import type { AttributePath } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import { COMPARE_OPERATORS } from './ast.ts';
import type { CompareOperator, CompareValue, Filter } from './ast.ts';
import { FilterCursor } from './filter-cursor.ts';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from './filter-limits.ts';
import { isAttributeName, readAttributePath } from './read-attribute-path.ts';

const OPERATORS: ReadonlySet<string> = new Set(COMPARE_OPERATORS);
const KEYWORDS: ReadonlySet<string> = new Set([...COMPARE_OPERATORS, 'pr', 'and', 'or', 'not']);
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const OPERATOR_LIST = 'an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr)';

/** Where a sub-filter sits: how deep, and whether it is inside a value filter `[...]`. */
interface Context {
  readonly depth: number;
  readonly inValuePath: boolean;
}

export function parseFilter(text: string): Filter {
  if (text.length > MAX_FILTER_LENGTH) {
    throw ScimError.invalidFilter(`Invalid filter: longer than ${MAX_FILTER_LENGTH} characters (${text.length})`);
  }
  const cursor = new FilterCursor(text);
  cursor.skipSpace();
  if (cursor.atEnd()) throw ScimError.invalidFilter('Invalid filter: the filter is empty');
  const filter = parseOr(cursor, { depth: 0, inValuePath: false });
  cursor.skipSpace();
  if (!cursor.atEnd()) cursor.fail(cursor.peekChar() === ')' ? '"and", "or" or the end of the filter (this ")" closes nothing)' : '"and", "or" or the end of the filter');
  return filter;
}

function parseOr(cursor: FilterCursor, context: Context): Filter {
  return parseLogical(cursor, 'or', () => parseAnd(cursor, context));
}

function parseAnd(cursor: FilterCursor, context: Context): Filter {
  return parseLogical(cursor, 'and', () => parseUnary(cursor, context));
}

function parseLogical(cursor: FilterCursor, kind: 'and' | 'or', operand: () => Filter): Filter {
  const operands: Filter[] = [];
  const push = (filter: Filter): void => {
    if (filter.kind === kind) operands.push(...filter.operands);
    else operands.push(filter);
  };
  push(operand());
  for (;;) {
    cursor.skipSpace();
    const word = cursor.peekWord();
    if (word === undefined || word.toLowerCase() !== kind) break;
    cursor.advance(word.length);
    push(operand());
  }
  const [first, second, ...rest] = operands;
  if (first === undefined) throw ScimError.internal('filter parser produced no operand');
  return second === undefined ? first : { kind, operands: [first, second, ...rest] };
}

function deeper(cursor: FilterCursor, context: Context, inValuePath: boolean): Context {
  if (context.depth >= MAX_FILTER_DEPTH) cursor.reject(`nested more than ${MAX_FILTER_DEPTH} levels deep`);
  return { depth: context.depth + 1, inValuePath };
}

function expectClose(cursor: FilterCursor, close: ')' | ']'): void {
  cursor.skipSpace();
  if (!cursor.takeChar(close)) cursor.fail(`"and", "or" or "${close}"`);
}

function parseUnary(cursor: FilterCursor, context: Context): Filter {
  cursor.skipSpace();
  if (cursor.peekChar() === '(') {
    const inner = deeper(cursor, context, context.inValuePath);
    cursor.advance(1);
    const filter = parseOr(cursor, inner);
    expectClose(cursor, ')');
    return filter;
  }
  const start = cursor.position;
  const word = cursor.readWord();
  if (word === undefined) cursor.fail('an attribute name, "(" or "not"');
  if (word.toLowerCase() === 'not') {
    cursor.skipSpace();
    const inner = deeper(cursor, context, context.inValuePath);
    if (!cursor.takeChar('(')) cursor.fail('"(" after "not" (not applies to a parenthesised filter)');
    const operand = parseOr(cursor, inner);
    expectClose(cursor, ')');
    return { kind: 'not', operand };
  }
  const path = readAttributePath(cursor, word, start);
  cursor.skipSpace();
  if (cursor.peekChar() === '[') return parseValuePath(cursor, context, path, start);
  if (context.inValuePath && (path.schema !== undefined || path.subAttribute !== undefined)) {
    cursor.reject(`inside a value filter name a sub-attribute of the bracketed attribute (like "value"), not "${word}"`, start);
  }
  return parseComparison(cursor, path);
}

/** `attrPath "[" valFilter "]"`, optionally followed by `.subAttr op value` (see module header). */
function parseValuePath(cursor: FilterCursor, context: Context, path: AttributePath, start: number): Filter {
  if (context.inValuePath) cursor.reject('a value filter "[...]" cannot be nested inside another value filter');
  if (path.subAttribute !== undefined) {
    cursor.reject('a value filter "[...]" follows a multi-valued attribute, not a sub-attribute', start);
  }
  const inner = deeper(cursor, context, true);
  cursor.advance(1);
  const filter = parseOr(cursor, inner);
  expectClose(cursor, ']');
  if (!cursor.takeChar('.')) return { kind: 'valuePath', path, filter };
  const subStart = cursor.position;
  const subAttribute = cursor.readWord();
  if (subAttribute === undefined || !isAttributeName(subAttribute)) cursor.fail('a sub-attribute name after "]."', subStart);
  // It joins the bracketed filter, where a term starting with `not` would read as the keyword.
  if (subAttribute.toLowerCase() === 'not') cursor.reject('"not" cannot be a sub-attribute name here', subStart);
  cursor.skipSpace();
  const term = parseComparison(cursor, { attribute: subAttribute });
  const operands = filter.kind === 'and' ? [...filter.operands, term] : [filter, term];
  const [first, second, ...rest] = operands;
  if (first === undefined || second === undefined) throw ScimError.internal('value path fold lost an operand');
  return { kind: 'valuePath', path, filter: { kind: 'and', operands: [first, second, ...rest] } };
}

/** `attrPath SP "pr"` or `attrPath SP compareOp SP compValue`; the cursor is after the path. */
function parseComparison(cursor: FilterCursor, path: AttributePath): Filter {
  const at = cursor.position;
  const word = cursor.peekWord();
  const op = word?.toLowerCase();
  if (word === undefined || op === undefined || (op !== 'pr' && !OPERATORS.has(op))) cursor.fail(OPERATOR_LIST, at);
  cursor.advance(word.length);
  if (op === 'pr') return { kind: 'present', path };
  cursor.skipSpace();
  return { kind: 'compare', op: op as CompareOperator, path, value: parseValue(cursor) };
}

/** `compValue = false / null / true / number / string` (JSON), plus the unquoted-string quirk. */
function parseValue(cursor: FilterCursor): CompareValue {
  const expected = 'a value (a "double-quoted string", a number, true, false or null)';
  const next = cursor.peekChar();
  if (next === '"') return cursor.readString();
  if (next === "'") cursor.fail(`${expected}; strings take double quotes`);
  const at = cursor.position;
  const bare = cursor.peekBareValue();
  if (bare === undefined) cursor.fail(expected);
  const lower = bare.toLowerCase();
  if (KEYWORDS.has(lower)) cursor.fail(expected);
  cursor.advance(bare.length);
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (JSON_NUMBER.test(bare)) {
    const number = Number(bare);
    if (!Number.isFinite(number)) cursor.reject(`the number ${bare} is out of range`, at);
    return number;
  }
  // Microsoft's SCIM reference samples send `externalId eq jyoung`: an unquoted string.
  return bare;
}
