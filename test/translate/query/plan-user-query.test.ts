import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../src/scim/filter/parse-filter.ts';
import { planUserQuery } from '../../../src/translate/query/plan-user-query.ts';

const ID = '9067729b3d-94f1e0b3-c394-48d5-8ab1-2c122a167074';
const plan = (text: string) => planUserQuery(parseFilter(text));

describe('planUserQuery', () => {
  it('scans everything without a filter', () => {
    assert.deepEqual(planUserQuery(undefined), { kind: 'scan', predicate: undefined });
  });

  it('answers id eq with one DescribeUser and nothing left over', () => {
    assert.deepEqual(plan(`id eq "${ID}"`), { kind: 'byId', id: ID, residual: undefined });
  });

  it('plans a malformed id as an empty result, with no call', () => {
    assert.deepEqual(plan('id eq "not-an-id"'), { kind: 'none' });
    assert.deepEqual(plan('id eq "x" and userName eq "bjensen"'), { kind: 'none' });
  });

  it('looks up userName eq alone', () => {
    assert.deepEqual(plan('userName eq "bjensen"'), { kind: 'byUserName', value: 'bjensen', residual: undefined });
  });

  it('looks up userName eq and-ed with other terms, keeping them as the residual', () => {
    assert.deepEqual(plan('userName eq "bjensen" and active eq true'),
      { kind: 'byUserName', value: 'bjensen', residual: parseFilter('active eq true') });
    assert.deepEqual(plan('title pr and userName eq "bjensen" and active eq true'),
      { kind: 'byUserName', value: 'bjensen', residual: parseFilter('title pr and active eq true') });
  });

  it('accepts attribute names in any case and the core URN prefix', () => {
    assert.deepEqual(plan('UserName eq "bjensen"'), { kind: 'byUserName', value: 'bjensen', residual: undefined });
    assert.deepEqual(plan('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen"'),
      { kind: 'byUserName', value: 'bjensen', residual: undefined });
    assert.deepEqual(plan(`ID eq "${ID}"`), { kind: 'byId', id: ID, residual: undefined });
    assert.deepEqual(plan('EXTERNALID eq "e1"'), { kind: 'byExternalId', value: 'e1', residual: undefined });
  });

  it('keeps the value as the client wrote it', () => {
    assert.deepEqual(plan('userName eq "BJensen@Example.com"'), { kind: 'byUserName', value: 'BJensen@Example.com', residual: undefined });
  });

  it('looks up emails.value eq and emails[value eq] by email', () => {
    assert.deepEqual(plan('emails.value eq "b@example.com"'), { kind: 'byEmail', value: 'b@example.com', residual: undefined });
    assert.deepEqual(plan('emails[value eq "b@example.com"]'), { kind: 'byEmail', value: 'b@example.com', residual: undefined });
  });

  it('keeps a value path with more terms in the residual, because they must hold for the same email', () => {
    const filter = parseFilter('emails[type eq "work" and value eq "b@example.com"]');
    assert.deepEqual(planUserQuery(filter), { kind: 'byEmail', value: 'b@example.com', residual: filter });
  });

  it('looks up externalId eq through state', () => {
    assert.deepEqual(plan('externalId eq "e1" and displayName sw "B"'),
      { kind: 'byExternalId', value: 'e1', residual: parseFilter('displayName sw "B"') });
  });

  it('prefers the cheapest key when several are and-ed', () => {
    assert.deepEqual(plan(`userName eq "b" and id eq "${ID}"`), { kind: 'byId', id: ID, residual: parseFilter('userName eq "b"') });
    assert.deepEqual(plan('externalId eq "e1" and userName eq "b"'), { kind: 'byUserName', value: 'b', residual: parseFilter('externalId eq "e1"') });
    assert.deepEqual(plan('externalId eq "e1" and emails.value eq "b@x"'), { kind: 'byEmail', value: 'b@x', residual: parseFilter('externalId eq "e1"') });
  });

  it('scans or, not, other operators, nested terms and non-string values', () => {
    for (const text of [
      'userName eq "a" or userName eq "b"',
      'not (userName eq "a")',
      'userName co "a"',
      'userName ne "a"',
      'userName sw "a"',
      'name.familyName co "x"',
      '(userName eq "a" or title pr) and active eq true',
      'emails eq "b@example.com"',
      'emails[type eq "work"]',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "7"',
      'id pr',
    ]) {
      const filter = parseFilter(text);
      assert.deepEqual(planUserQuery(filter), { kind: 'scan', predicate: filter }, text);
    }
  });

  it('does not take a key from inside an or, even when and-ed', () => {
    const filter = parseFilter('active eq true and (userName eq "a" or userName eq "b")');
    assert.deepEqual(planUserQuery(filter), { kind: 'scan', predicate: filter });
  });
});
