import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { printFilter } from '../../../../src/scim/filter/print-filter.ts';
import { and, at, cmp, not, or, pr, vp } from './fixtures/build.ts';
import { ENTERPRISE } from './fixtures/filter-schemas.ts';

describe('printFilter', () => {
  it('normalises keywords, spacing and values but keeps attribute names as written', () => {
    assert.equal(printFilter(parseFilter(' UserName   EQ "x"  AND  NOT(Title PR) or active eq TRUE ')),
      'UserName eq "x" and not (Title pr) or active eq true');
    assert.equal(printFilter(parseFilter('externalId eq jyoung')), 'externalId eq "jyoung"');
    assert.equal(printFilter(parseFilter('x eq 1.50E+2')), 'x eq 150');
  });

  it('prints only the parentheses precedence needs, so printing never nests deeper', () => {
    assert.equal(printFilter(or(pr(at('a')), and(pr(at('b')), pr(at('c'))))), 'a pr or b pr and c pr');
    assert.equal(printFilter(parseFilter('((a pr)) or ((b pr) and (c pr))')), 'a pr or b pr and c pr');
    assert.equal(printFilter(and(or(pr(at('a')), pr(at('b'))), not(pr(at('c'))))), '(a pr or b pr) and not (c pr)');
    // A tree the parser would flatten still prints unambiguously.
    assert.equal(printFilter(and(and(pr(at('a')), pr(at('b'))), pr(at('c')))), '(a pr and b pr) and c pr');
  });

  it('escapes strings as JSON and keeps -0', () => {
    assert.equal(printFilter(cmp(at('userName'), 'eq', 'CONTOSO\\jdoe "x"\n')), 'userName eq "CONTOSO\\\\jdoe \\"x\\"\\n"');
    assert.equal(printFilter(cmp(at('x'), 'eq', -0)), 'x eq -0');
    assert.equal(printFilter(cmp(at('x'), 'ne', null)), 'x ne null');
  });

  it('prints URN paths and value paths', () => {
    assert.equal(printFilter(cmp(at('manager', 'value', ENTERPRISE), 'eq', 'm')), `${ENTERPRISE}:manager.value eq "m"`);
    assert.equal(printFilter(vp(at('emails'), and(cmp(at('type'), 'eq', 'work'), cmp(at('value'), 'eq', 'x')))), 'emails[type eq "work" and value eq "x"]');
  });
});
