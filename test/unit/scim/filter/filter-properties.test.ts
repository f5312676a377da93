// Properties of the whole filter pipeline, checked on generated input (fast-check).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AttributePath } from '../../../../src/scim/attribute-path.ts';
import { isScimError } from '../../../../src/scim/errors.ts';
import { COMPARE_OPERATORS } from '../../../../src/scim/filter/ast.ts';
import type { CompareValue, Filter } from '../../../../src/scim/filter/ast.ts';
import { compileFilter } from '../../../../src/scim/filter/compile-filter.ts';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { printFilter } from '../../../../src/scim/filter/print-filter.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { CORE_USER, ENTERPRISE, RFC_USER_SCHEMA } from './fixtures/filter-schemas.ts';

// `not` is the one name that cannot start a term: `not eq 1` reads as the keyword.
const name = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/), fc.constantFrom('$ref', 'userName', 'emails', 'value'))
  .filter((candidate) => candidate.toLowerCase() !== 'not');
const schema = fc.constantFrom(undefined, CORE_USER, ENTERPRISE, 'urn:example:x-1.0:Thing');
const path = fc.record({ schema, attribute: name, subAttribute: fc.option(name, { nil: undefined }) }).map(pathOf);
const parentPath = fc.record({ schema, attribute: name }).map(pathOf);
const plainPath = name.map((attribute): AttributePath => ({ attribute }));
const value: fc.Arbitrary<CompareValue> = fc.oneof(
  fc.string(), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('CONTOSO\\jdoe', 'say "hi"', ''),
  fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null),
);

function pathOf(parts: { schema: string | undefined; attribute: string; subAttribute?: string | undefined }): AttributePath {
  return {
    ...(parts.schema === undefined ? {} : { schema: parts.schema }),
    attribute: parts.attribute,
    ...(parts.subAttribute === undefined ? {} : { subAttribute: parts.subAttribute }),
  };
}

function tree(leafPath: fc.Arbitrary<AttributePath>, withValuePaths: boolean): fc.Arbitrary<Filter> {
  return fc.letrec<{ filter: Filter }>((tie) => {
    const leaf = fc.oneof(
      fc.record({ kind: fc.constant('compare' as const), op: fc.constantFrom(...COMPARE_OPERATORS), path: leafPath, value }),
      fc.record({ kind: fc.constant('present' as const), path: leafPath }),
    );
    const operands = fc.array(tie('filter'), { minLength: 2, maxLength: 4 }) as fc.Arbitrary<[Filter, Filter, ...Filter[]]>;
    const branches: Array<fc.Arbitrary<Filter>> = [
      leaf,
      fc.record({ kind: fc.constant('and' as const), operands }),
      fc.record({ kind: fc.constant('or' as const), operands }),
      fc.record({ kind: fc.constant('not' as const), operand: tie('filter') }),
    ];
    if (withValuePaths) branches.push(fc.record({ kind: fc.constant('valuePath' as const), path: parentPath, filter: tree(plainPath, false) }));
    return { filter: fc.oneof({ maxDepth: 4, depthIdentifier: withValuePaths ? 'outer' : 'inner' }, ...branches) };
  }).filter.map(canonical);
}

/** The parser's canonical form: no and directly under and, no or directly under or. */
function canonical(filter: Filter): Filter {
  switch (filter.kind) {
    case 'and':
    case 'or': {
      const flat = filter.operands.map(canonical).flatMap((operand) => (operand.kind === filter.kind ? operand.operands : [operand]));
      return { kind: filter.kind, operands: flat as unknown as [Filter, Filter, ...Filter[]] };
    }
    case 'not': return { kind: 'not', operand: canonical(filter.operand) };
    case 'valuePath': return { kind: 'valuePath', path: filter.path, filter: canonical(filter.filter) };
    // Spread: fc.record builds null-prototype objects, which deepEqual tells apart from parsed ones.
    default: return { ...filter };
  }
}

const filters = tree(path, true);

/** Runs `parseFilter`; an exception other than a 400 invalidFilter fails the property. */
function parseOrRefuse(text: string): Filter | undefined {
  try {
    return parseFilter(text);
  } catch (error) {
    assert.ok(isScimError(error), `${JSON.stringify(text)} threw ${String(error)}`);
    assert.equal(error.status, 400);
    assert.equal(error.scimType, 'invalidFilter');
    assert.match(error.detail, /^Invalid filter/);
    return undefined;
  }
}

const TOKENS = ['userName', 'emails', 'eq', 'EQ', 'co', 'pr', 'and', 'or', 'not', '"x"', '"', '\\', '(', ')', '[', ']', '.', '.value', ' ', '\t',
  'true', 'null', '-1.5e3', '1e999', "'x'", `${CORE_USER}:`, `${ENTERPRISE}:manager`, ':', 'x', '$ref', '\u0000', 'é'];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((tokens) => tokens.join(''));

const mutated = fc.tuple(filters.map(printFilter), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...TOKENS, '')), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => edits.reduce((current, [at, remove, insert]) => {
    const index = current.length === 0 ? 0 : at % current.length;
    return current.slice(0, index) + insert + current.slice(index + remove);
  }, text));

/**
 * Prints `filter` the way a sloppy client might: keywords in random case, random whitespace,
 * redundant parentheses, characters written as \u escapes. `random` is seeded by fast-check.
 */
function loosePrint(filter: Filter, random: () => number): string {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  const space = (): string => pick([' ', '  ', '\t', '\r\n ', ' ']);
  const keyword = (word: string): string => [...word].map((char) => (random() < 0.5 ? char.toUpperCase() : char)).join('');
  // Code units, not code points: a surrogate pair becomes two escapes or two halves, as JSON allows.
  const text = (value: string): string => `"${value.split('').map((unit) => (random() < 0.2
    ? `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
    : JSON.stringify(unit).slice(1, -1))).join('')}"`;
  const literal = (value: CompareValue): string => (typeof value === 'string' ? text(value) : typeof value === 'number' ? printFilter({ kind: 'compare', op: 'eq', path: { attribute: 'x' }, value }).slice(5) : keyword(String(value)));
  const maybeGroup = (inner: string): string => (random() < 0.2 ? `(${space()}${inner}${space()})` : inner);
  const go = (node: Filter, parent: 'and' | 'or' | undefined): string => {
    const path = 'path' in node ? printFilter({ kind: 'present', path: node.path }).slice(0, -3) : '';
    switch (node.kind) {
      case 'compare': return maybeGroup(`${path}${space()}${keyword(node.op)}${space()}${literal(node.value)}`);
      case 'present': return maybeGroup(`${path}${space()}${keyword('pr')}`);
      case 'and':
      case 'or': {
        const joined = node.operands.map((operand) => go(operand, node.kind)).join(`${space()}${keyword(node.kind)}${space()}`);
        return parent === 'and' && node.kind === 'or' ? `(${joined})` : maybeGroup(joined);
      }
      case 'not': return `${keyword('not')}${random() < 0.5 ? '' : space()}(${go(node.operand, undefined)})`;
      case 'valuePath': return maybeGroup(`${path}[${go(node.filter, undefined)}]`);
      default: return node satisfies never;
    }
  };
  return `${random() < 0.5 ? '' : space()}${go(filter, undefined)}`;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('filter properties', () => {
  it('printFilter output parses back to the same tree', () => {
    fc.assert(fc.property(filters, (filter) => {
      assert.deepEqual(parseFilter(printFilter(filter)), filter);
    }), { numRuns: 500 });
  });

  it('case, whitespace, redundant parentheses and \\u escapes do not change the tree', () => {
    fc.assert(fc.property(filters, fc.integer(), (filter, seed) => {
      assert.deepEqual(parseFilter(loosePrint(filter, seeded(seed))), filter);
    }), { numRuns: 500 });
  });

  it('any accepted text prints to canonical text that parses to the same tree', () => {
    fc.assert(fc.property(fc.oneof(tokenSoup, mutated), (text) => {
      const filter = parseOrRefuse(text);
      if (filter !== undefined) assert.deepEqual(parseFilter(printFilter(filter)), filter);
    }), { numRuns: 1000 });
  });

  it('arbitrary strings are parsed or refused with invalidFilter, never anything else', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }), tokenSoup), (text) => {
      parseOrRefuse(text);
    }), { numRuns: 2000 });
  });

  it('mutations of valid filters are parsed or refused with invalidFilter, never anything else', () => {
    fc.assert(fc.property(mutated, (text) => {
      parseOrRefuse(text);
    }), { numRuns: 1000 });
  });

  it('a filter that compiles never throws on arbitrary JSON resources', () => {
    const known = fc.constantFrom('userName eq "b"', 'emails co "x"', 'emails[type eq "work" and value ew "x"]', 'not (name.givenName pr)',
      'meta.lastModified ge "2011-05-13T04:42:34Z"', `${ENTERPRISE}:manager eq "m"`, 'active ne false or title eq null', 'schemas eq "x"',
      `${ENTERPRISE}:employeeNumber sw "7" and ims[value pr]`, 'emails.primary eq true', 'id gt "a"', 'groups pr');
    const jsonValue = fc.jsonValue({ maxDepth: 3 });
    const keys = fc.constantFrom('userName', 'USERNAME', 'emails', 'name', 'meta', 'active', 'title', 'schemas', 'ims', 'id', ENTERPRISE, '__proto__', 'constructor');
    const resource = fc.oneof(
      fc.dictionary(keys, jsonValue, { maxKeys: 6 }),
      fc.dictionary(fc.string(), jsonValue, { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((json) => ({ userName: json, emails: json, meta: json, [ENTERPRISE]: json, name: json })),
    ) as fc.Arbitrary<ScimResource>;
    fc.assert(fc.property(known, resource, (text, candidate) => {
      const schema = text.includes('ims') ? RFC_USER_SCHEMA : USER_RESOURCE_SCHEMA;
      const predicate = compileFilter(parseFilter(text), schema);
      assert.equal(typeof predicate(candidate), 'boolean');
      assert.equal(typeof predicate(JSON.parse(JSON.stringify(candidate)) as ScimResource), 'boolean');
    }), { numRuns: 1500 });
  });
});
