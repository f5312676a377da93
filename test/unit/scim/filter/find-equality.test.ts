import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findEquality } from '../../../../src/scim/filter/find-equality.ts';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { printFilter } from '../../../../src/scim/filter/print-filter.ts';
import { at } from './fixtures/build.ts';
import { CORE_USER, ENTERPRISE } from './fixtures/filter-schemas.ts';

const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** The match as text, so expectations read like filters. */
function find(filter: string, target = at('userName'), core = CORE_USER): { value: string; residual: string | undefined } | undefined {
  const match = findEquality(parseFilter(filter), target, core);
  return match === undefined ? undefined : { value: match.value, residual: match.residual === undefined ? undefined : printFilter(match.residual) };
}

describe('findEquality', () => {
  it('finds a lone equality term and leaves nothing to check', () => {
    assert.deepEqual(find('userName eq "bjensen"'), { value: 'bjensen', residual: undefined });
  });

  it('matches names case-insensitively, keeps the value as written, and treats the core URN as no prefix', () => {
    assert.deepEqual(find('USERNAME EQ "BJensen"'), { value: 'BJensen', residual: undefined });
    assert.deepEqual(find(`${CORE_USER}:userName eq "b"`), { value: 'b', residual: undefined });
    assert.deepEqual(find('userName eq "b"', at('userName', undefined, CORE_USER)), { value: 'b', residual: undefined });
  });

  it('finds it among top-level and-ed terms and returns the rest as the residual', () => {
    assert.deepEqual(find('active eq true and userName eq "b"'), { value: 'b', residual: 'active eq true' });
    assert.deepEqual(find('title pr and userName eq "b" and (userType eq "x" or active eq false)'),
      { value: 'b', residual: 'title pr and (userType eq "x" or active eq false)' });
    assert.deepEqual(find('userName eq "a" and userName eq "b"'), { value: 'a', residual: 'userName eq "b"' });
  });

  it('finds nothing under or, not, other operators, non-string values or other attributes', () => {
    for (const filter of ['userName eq "a" or title pr', 'not (userName eq "a")', 'userName co "a"', 'userName ne "a"', 'userName eq null',
      'displayName eq "a"', 'name.userName eq "a"', `${ENTERPRISE}:userName eq "a"`, 'userName pr']) {
      assert.equal(find(filter), undefined, filter);
    }
  });

  it('finds extension attributes by their URN', () => {
    const target = at('employeeNumber', undefined, ENTERPRISE);
    assert.deepEqual(find(`${ENTERPRISE.toUpperCase()}:EMPLOYEENUMBER eq "7" and active eq true`, target), { value: '7', residual: 'active eq true' });
    assert.equal(find('employeeNumber eq "7"', target), undefined);
  });

  it('recognises emails.value eq and emails[value eq] for a sub-attribute target', () => {
    const target = at('emails', 'value');
    assert.deepEqual(find('emails.value eq "a@x.test"', target), { value: 'a@x.test', residual: undefined });
    assert.deepEqual(find('Emails[Value eq "a@x.test"] and active eq true', target), { value: 'a@x.test', residual: 'active eq true' });
    assert.equal(find('emails[type eq "a@x.test"]', target), undefined);
    assert.equal(find('emails[value co "a"]', target), undefined);
    assert.equal(find('emails eq "a@x.test"', target), undefined);
    assert.equal(find('emails.type eq "work"', target), undefined);
  });

  it('keeps a value path with more terms in the residual, because they must hold for the same email', () => {
    assert.deepEqual(find('emails[type eq "work"].value eq "a@x.test"', at('emails', 'value')),
      { value: 'a@x.test', residual: 'emails[type eq "work" and value eq "a@x.test"]' });
    assert.equal(find('emails[type eq "work" or value eq "a@x.test"]', at('emails', 'value')), undefined);
  });

  it('serves group member and displayName lookups', () => {
    assert.deepEqual(find('members[value eq "u1"]', at('members', 'value'), CORE_GROUP), { value: 'u1', residual: undefined });
    assert.deepEqual(find('members.value eq "u1" and displayName sw "A"', at('members', 'value'), CORE_GROUP), { value: 'u1', residual: 'displayName sw "A"' });
    assert.deepEqual(find(`${CORE_GROUP}:displayName eq "Admins"`, at('displayName'), CORE_GROUP), { value: 'Admins', residual: undefined });
    assert.equal(find(`${CORE_USER}:displayName eq "Admins"`, at('displayName'), CORE_GROUP), undefined);
  });
});
