import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from '../../../../src/scim/filter/filter-limits.ts';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { and, at, cmp, not, or, pr, vp } from './fixtures/build.ts';
import { assertInvalidFilter } from './fixtures/assert-invalid-filter.ts';
import { CORE_USER, ENTERPRISE } from './fixtures/filter-schemas.ts';

describe('parseFilter', () => {
  describe('values', () => {
    it('decodes JSON string escapes exactly, so DOMAIN\\user names survive', () => {
      assert.deepEqual(parseFilter('userName eq "CONTOSO\\\\jdoe"'), cmp(at('userName'), 'eq', 'CONTOSO\\jdoe'));
      assert.equal((parseFilter('userName eq "CONTOSO\\\\jdoe"') as { value: string }).value.length, 12);
      assert.deepEqual(parseFilter('title eq "\\u0041\\n\\/\\"\\t"'), cmp(at('title'), 'eq', 'A\n/"\t'));
      assert.deepEqual(parseFilter('title eq "\\\\"'), cmp(at('title'), 'eq', '\\'));
      assert.deepEqual(parseFilter('title eq "é ü 中"'), cmp(at('title'), 'eq', 'é ü 中'));
    });

    it('reads true, false and null in any case, and JSON numbers', () => {
      assert.deepEqual(parseFilter('active eq TRUE'), cmp(at('active'), 'eq', true));
      assert.deepEqual(parseFilter('active eq False'), cmp(at('active'), 'eq', false));
      assert.deepEqual(parseFilter('title eq nUlL'), cmp(at('title'), 'eq', null));
      assert.deepEqual(parseFilter('x gt -1.5e2'), cmp(at('x'), 'gt', -150));
      assert.deepEqual(parseFilter('x eq 0'), cmp(at('x'), 'eq', 0));
      assert.ok(Object.is((parseFilter('x eq -0') as { value: number }).value, -0));
    });

    it('reads an unquoted value as a string (Microsoft SCIM reference samples send externalId eq jyoung)', () => {
      assert.deepEqual(parseFilter('externalId eq jyoung'), cmp(at('externalId'), 'eq', 'jyoung'));
      assert.deepEqual(parseFilter('emails[value eq a@b.test]'), vp(at('emails'), cmp(at('value'), 'eq', 'a@b.test')));
      assert.deepEqual(parseFilter('externalId eq 12'), cmp(at('externalId'), 'eq', 12));
    });
  });

  describe('attribute paths', () => {
    it('keeps the client\'s case in names and reads keywords and operators in any case', () => {
      assert.deepEqual(parseFilter('USERNAME EQ "x" AND Title Pr OR NOT (Name.FamilyName Sw "y")'),
        or(and(cmp(at('USERNAME'), 'eq', 'x'), pr(at('Title'))), not(cmp(at('Name', 'FamilyName'), 'sw', 'y'))));
    });

    it('splits URN-qualified paths at the last colon, so URN dots stay in the URN', () => {
      assert.deepEqual(parseFilter(`${ENTERPRISE}:manager.value eq "26118915"`), cmp(at('manager', 'value', ENTERPRISE), 'eq', '26118915'));
      assert.deepEqual(parseFilter(`${ENTERPRISE}:employeeNumber eq "701984"`), cmp(at('employeeNumber', undefined, ENTERPRISE), 'eq', '701984'));
      assert.deepEqual(parseFilter(`${CORE_USER}:name.givenName pr`), pr(at('name', 'givenName', CORE_USER)));
    });

    it('accepts $ref, which RFC 7643 uses as a sub-attribute name', () => {
      assert.deepEqual(parseFilter('members[$ref eq "u"]'), vp(at('members'), cmp(at('$ref'), 'eq', 'u')));
    });

    it('accepts any run of whitespace between tokens', () => {
      assert.deepEqual(parseFilter('  userName\teq   "x"\r\n and\n(title  pr )  '), and(cmp(at('userName'), 'eq', 'x'), pr(at('title'))));
    });
  });

  describe('logic', () => {
    it('binds not tighter than and, and tighter than or', () => {
      assert.deepEqual(parseFilter('a pr or b pr and c pr'), or(pr(at('a')), and(pr(at('b')), pr(at('c')))));
      assert.deepEqual(parseFilter('(a pr or b pr) and c pr'), and(or(pr(at('a')), pr(at('b'))), pr(at('c'))));
      assert.deepEqual(parseFilter('not (a pr) and b pr'), and(not(pr(at('a'))), pr(at('b'))));
      assert.deepEqual(parseFilter('not(a pr or b pr)'), not(or(pr(at('a')), pr(at('b')))));
    });

    it('flattens chains and same-kind groups into one n-ary node', () => {
      assert.deepEqual(parseFilter('a pr and b pr and c pr'), and(pr(at('a')), pr(at('b')), pr(at('c'))));
      assert.deepEqual(parseFilter('a pr and (b pr and c pr)'), and(pr(at('a')), pr(at('b')), pr(at('c'))));
      assert.deepEqual(parseFilter('a pr or (b pr or (c pr)) or d pr'), or(pr(at('a')), pr(at('b')), pr(at('c')), pr(at('d'))));
      assert.deepEqual(parseFilter('((a pr))'), pr(at('a')));
    });
  });

  describe('value paths', () => {
    it('parses value filters with and, or and not inside', () => {
      assert.deepEqual(parseFilter('members[value eq "u1"]'), vp(at('members'), cmp(at('value'), 'eq', 'u1')));
      assert.deepEqual(parseFilter('emails[not (type eq "work") or primary eq true]'),
        vp(at('emails'), or(not(cmp(at('type'), 'eq', 'work')), cmp(at('primary'), 'eq', true))));
    });

    it('reads emails[type eq "work"].value eq "x" as one value filter, keeping both terms on one email', () => {
      assert.deepEqual(parseFilter('emails[type eq "work"].value eq "x"'),
        vp(at('emails'), and(cmp(at('type'), 'eq', 'work'), cmp(at('value'), 'eq', 'x'))));
      assert.deepEqual(parseFilter('emails[type eq "work" and primary eq true].value pr'),
        vp(at('emails'), and(cmp(at('type'), 'eq', 'work'), cmp(at('primary'), 'eq', true), pr(at('value')))));
      assert.deepEqual(parseFilter('emails[type eq "work" or type eq "home"].value ew "@x.com"'),
        vp(at('emails'), and(or(cmp(at('type'), 'eq', 'work'), cmp(at('type'), 'eq', 'home')), cmp(at('value'), 'ew', '@x.com'))));
    });
  });

  describe('limits', () => {
    it(`accepts ${MAX_FILTER_LENGTH} characters and refuses one more`, () => {
      const padded = (length: number): string => `title eq "${'x'.repeat(length - 'title eq ""'.length)}"`;
      assert.equal(parseFilter(padded(MAX_FILTER_LENGTH)).kind, 'compare');
      assertInvalidFilter(() => parseFilter(padded(MAX_FILTER_LENGTH + 1)), `longer than ${MAX_FILTER_LENGTH} characters`);
    });

    it(`accepts ${MAX_FILTER_DEPTH} levels of nesting and refuses one more`, () => {
      const nested = (depth: number): string => `${'not ('.repeat(depth)}a pr${')'.repeat(depth)}`;
      assert.equal(parseFilter(nested(MAX_FILTER_DEPTH)).kind, 'not');
      assertInvalidFilter(() => parseFilter(nested(MAX_FILTER_DEPTH + 1)), `nested more than ${MAX_FILTER_DEPTH} levels`);
      assertInvalidFilter(() => parseFilter(`${'('.repeat(MAX_FILTER_DEPTH + 1)}a pr${')'.repeat(MAX_FILTER_DEPTH + 1)}`), 'nested more than');
      assert.equal(parseFilter(Array.from({ length: 300 }, (_, i) => `a${i} pr`).join(' and ')).kind, 'and');
    });
  });

  describe('malformed input is a 400 invalidFilter naming the position and what was expected', () => {
    const MALFORMED: ReadonlyArray<readonly [string, string]> = [
      ['', 'the filter is empty'],
      ['  \t ', 'the filter is empty'],
      ['userName', 'position 9: expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr), found the end of the filter'],
      ['userName eq', 'position 12: expected a value'],
      ['userName xx "a"', 'position 10: expected an operator'],
      ['userName eq "abc', 'position 13: the string starting here has no closing quote'],
      ['userName eq "a\\qb"', 'position 15: invalid escape in string'],
      ['userName eq "\\u12G4"', 'invalid escape in string'],
      ['userName eq "a\u0001b"', 'control character in string'],
      ["userName eq 'bjensen'", 'strings take double quotes'],
      ['userName eq "a" and', 'position 20: expected an attribute name, "(" or "not", found the end of the filter'],
      ['userName eq and', 'expected a value'],
      ['userName eq eq', 'expected a value'],
      ['and userName eq "a"', 'expected an operator'],
      ['not userName eq "a"', 'position 5: expected "(" after "not"'],
      ['(userName eq "a"', 'expected "and", "or" or ")", found the end of the filter'],
      ['userName eq "a")', 'this ")" closes nothing'],
      ['userName eq "a"]', 'expected "and", "or" or the end of the filter, found "]"'],
      ['emails[type eq "work"', 'expected "and", "or" or "]"'],
      ['emails[]', 'position 8: expected an attribute name'],
      ['()', 'position 2: expected an attribute name'],
      ['emails[type eq "work" and ims[type eq "x"]]', 'cannot be nested inside another value filter'],
      ['emails.value[type eq "work"]', 'follows a multi-valued attribute, not a sub-attribute'],
      ['emails[name.familyName eq "x"]', 'inside a value filter name a sub-attribute'],
      [`emails[${CORE_USER}:type eq "x"]`, 'inside a value filter name a sub-attribute'],
      ['emails[type eq "work"].', 'expected a sub-attribute name after "]."'],
      ['emails[type eq "work"].value', 'expected an operator'],
      ['name.familyName.first eq "a"', 'nests too deep'],
      [`${CORE_USER}: eq "a"`, 'expected an attribute name after the schema URN'],
      ['urn::x:userName eq "a"', 'is not a schema URN'],
      ['1userName eq "a"', 'position 1: expected an attribute name'],
      ['userName eq 1e400', 'the number 1e400 is out of range'],
      ['title pr "x"', 'position 10: expected "and", "or" or the end of the filter, found "\\"x\\""'],
      ['userName eq "a" title pr', 'expected "and", "or" or the end of the filter, found "title"'],
      ['userName eq "a" && title pr', 'found "&&"'],
      ['userName eq "a" andtitle pr', 'found "andtitle"'],
      ['userName eq ()', 'expected a value'],
    ];
    for (const [text, fragment] of MALFORMED) {
      it(JSON.stringify(text), () => assertInvalidFilter(() => parseFilter(text), fragment));
    }
  });
});
