// Every filter example of RFC 7644 section 3.4.2.2, parsed to the exact tree and evaluated
// against resources that must and must not match.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Filter } from '../../../../src/scim/filter/ast.ts';
import { evaluateFilter } from '../../../../src/scim/filter/evaluate-filter.ts';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { printFilter } from '../../../../src/scim/filter/print-filter.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { and, at, cmp, not, or, pr, vp } from './fixtures/build.ts';
import { BJENSEN, CORE_USER, ENTERPRISE, JSMITH, RFC_USER_SCHEMA } from './fixtures/filter-schemas.ts';

const LATER: ScimResource = { ...BJENSEN, meta: { resourceType: 'User', lastModified: '2012-01-01T00:00:00Z' } };
const INSTANT = '2011-05-13T04:42:34Z';
const emailsCo = or(cmp(at('emails'), 'co', 'example.com'), cmp(at('emails', 'value'), 'co', 'example.org'));
const workExampleCom = vp(at('emails'), and(cmp(at('type'), 'eq', 'work'), cmp(at('value'), 'co', '@example.com')));

interface Example {
  readonly text: string;
  readonly tree: Filter;
  readonly matches: readonly ScimResource[];
  readonly misses: readonly ScimResource[];
  /** The canonical text, where it differs from the RFC's (redundant parentheses dropped). */
  readonly printed?: string;
}

const { userType: _userType, ...NO_USER_TYPE } = JSMITH;

const EXAMPLES: readonly Example[] = [
  { text: 'userName eq "bjensen"', tree: cmp(at('userName'), 'eq', 'bjensen'),
    matches: [BJENSEN], misses: [JSMITH, { ...BJENSEN, userName: 'bjensen2' }] },
  { text: `name.familyName co "O'Malley"`, tree: cmp(at('name', 'familyName'), 'co', "O'Malley"),
    matches: [BJENSEN, { ...JSMITH, name: { familyName: "o'malley-smith" } }], misses: [JSMITH] },
  { text: 'userName sw "J"', tree: cmp(at('userName'), 'sw', 'J'), matches: [JSMITH], misses: [BJENSEN] },
  { text: 'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"', tree: cmp(at('userName', undefined, CORE_USER), 'sw', 'J'),
    matches: [JSMITH], misses: [BJENSEN] },
  { text: 'title pr', tree: pr(at('title')), matches: [BJENSEN], misses: [JSMITH, { ...BJENSEN, title: '' }, { ...BJENSEN, title: null }] },
  { text: `meta.lastModified gt "${INSTANT}"`, tree: cmp(at('meta', 'lastModified'), 'gt', INSTANT), matches: [LATER], misses: [BJENSEN, JSMITH] },
  { text: `meta.lastModified ge "${INSTANT}"`, tree: cmp(at('meta', 'lastModified'), 'ge', INSTANT), matches: [LATER, BJENSEN], misses: [JSMITH] },
  { text: `meta.lastModified lt "${INSTANT}"`, tree: cmp(at('meta', 'lastModified'), 'lt', INSTANT), matches: [JSMITH], misses: [BJENSEN, LATER] },
  { text: `meta.lastModified le "${INSTANT}"`, tree: cmp(at('meta', 'lastModified'), 'le', INSTANT), matches: [JSMITH, BJENSEN], misses: [LATER] },
  { text: 'title pr and userType eq "Employee"', tree: and(pr(at('title')), cmp(at('userType'), 'eq', 'Employee')),
    matches: [BJENSEN], misses: [JSMITH, { ...BJENSEN, userType: 'Contractor' }] },
  { text: 'title pr or userType eq "Intern"', tree: or(pr(at('title')), cmp(at('userType'), 'eq', 'Intern')),
    matches: [BJENSEN, JSMITH], misses: [{ ...JSMITH, userType: 'Contractor' }] },
  { text: `schemas eq "${ENTERPRISE}"`, tree: cmp(at('schemas'), 'eq', ENTERPRISE), matches: [BJENSEN], misses: [JSMITH] },
  { text: 'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    tree: and(cmp(at('userType'), 'eq', 'Employee'), emailsCo),
    matches: [BJENSEN, { ...BJENSEN, emails: [{ value: 'b@EXAMPLE.org' }] }],
    misses: [JSMITH, { ...BJENSEN, emails: [{ value: 'b@jensen.net' }] }, { ...BJENSEN, userType: 'Intern' }] },
  { text: 'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
    tree: and(cmp(at('userType'), 'ne', 'Employee'), not(emailsCo)),
    matches: [JSMITH, NO_USER_TYPE],
    misses: [BJENSEN, { ...JSMITH, emails: [{ value: 'j@example.org' }] }] },
  { text: 'userType eq "Employee" and (emails.type eq "work")', tree: and(cmp(at('userType'), 'eq', 'Employee'), cmp(at('emails', 'type'), 'eq', 'work')),
    printed: 'userType eq "Employee" and emails.type eq "work"',
    matches: [BJENSEN], misses: [{ ...BJENSEN, emails: [{ value: 'b@example.com', type: 'home' }] }, JSMITH] },
  { text: 'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
    tree: and(cmp(at('userType'), 'eq', 'Employee'), workExampleCom),
    matches: [BJENSEN],
    // Both conditions hold, but on different emails: a value path correlates them to one.
    misses: [{ ...BJENSEN, emails: [{ value: 'b@example.com', type: 'home' }, { value: 'b@jensen.org', type: 'work' }] }, JSMITH] },
  { text: 'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
    tree: or(workExampleCom, vp(at('ims'), and(cmp(at('type'), 'eq', 'xmpp'), cmp(at('value'), 'co', '@foo.com')))),
    matches: [BJENSEN, { ...JSMITH, ims: [{ type: 'xmpp', value: 'j@foo.com' }] }], misses: [JSMITH] },
];

describe('RFC 7644 section 3.4.2.2 filter examples', () => {
  for (const example of EXAMPLES) {
    describe(example.text, () => {
      it('parses to the expected tree and prints back to the same text', () => {
        const tree = parseFilter(example.text);
        assert.deepEqual(tree, example.tree);
        assert.equal(printFilter(tree), example.printed ?? example.text);
      });

      it('matches the resources it describes and no others', () => {
        const tree = parseFilter(example.text);
        for (const resource of example.matches) assert.equal(evaluateFilter(tree, resource, RFC_USER_SCHEMA), true, JSON.stringify(resource));
        for (const resource of example.misses) assert.equal(evaluateFilter(tree, resource, RFC_USER_SCHEMA), false, JSON.stringify(resource));
      });
    });
  }
});
