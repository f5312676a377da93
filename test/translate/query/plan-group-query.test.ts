import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../src/scim/filter/parse-filter.ts';
import { planGroupQuery } from '../../../src/translate/query/plan-group-query.ts';

const GROUP = '9067729b3d-94f1e0b3-c394-48d5-8ab1-2c122a167074';
const USER = '9067729b3d-0d3b4f6e-2a57-4d0c-8b1e-7f2d5c9a1b34';
const plan = (text: string) => planGroupQuery(parseFilter(text));

describe('planGroupQuery', () => {
  it('scans everything without a filter', () => {
    assert.deepEqual(planGroupQuery(undefined), { kind: 'scan', predicate: undefined });
  });

  it('answers id eq with one DescribeGroup; a malformed id or member id with nothing', () => {
    assert.deepEqual(plan(`id eq "${GROUP}"`), { kind: 'byId', id: GROUP, member: undefined, residual: undefined });
    assert.deepEqual(plan('id eq "not-an-id"'), { kind: 'none' });
    assert.deepEqual(plan('members[value eq "not-a-user"]'), { kind: 'none' });
    assert.deepEqual(plan(`displayName eq "Eng" and members.value eq "u1"`), { kind: 'none' });
  });

  it('looks up displayName eq (any case, core URN prefix) and keeps the rest as the residual', () => {
    assert.deepEqual(plan('DisplayName eq "Eng"'), { kind: 'byDisplayName', value: 'Eng', member: undefined, residual: undefined });
    assert.deepEqual(plan('urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq "Eng" and externalId pr'),
      { kind: 'byDisplayName', value: 'Eng', member: undefined, residual: parseFilter('externalId pr') });
  });

  it('checks a member of a looked-up group with IsMemberInGroups: Entra\'s id eq "g" and members[value eq "u"]', () => {
    assert.deepEqual(plan(`id eq "${GROUP}" and members[value eq "${USER}"]`), { kind: 'byId', id: GROUP, member: USER, residual: undefined });
    assert.deepEqual(plan(`members.value eq "${USER}" and displayName eq "Eng"`), { kind: 'byDisplayName', value: 'Eng', member: USER, residual: undefined });
  });

  it('lists a user\'s groups for a member key alone, in both spellings, with the rest as the residual', () => {
    assert.deepEqual(plan(`members[value eq "${USER}"]`), { kind: 'byMember', member: USER, residual: undefined });
    assert.deepEqual(plan(`members.value eq "${USER}" and displayName sw "E"`), { kind: 'byMember', member: USER, residual: parseFilter('displayName sw "E"') });
  });

  it('keeps a member value path with more terms in the residual', () => {
    const filter = parseFilter(`members[type eq "User" and value eq "${USER}"]`);
    assert.deepEqual(planGroupQuery(filter), { kind: 'byMember', member: USER, residual: filter });
  });

  it('looks up externalId eq through state, falling back to a member lookup or a scan for adopted groups', () => {
    assert.deepEqual(plan('externalId eq "e1"'), { kind: 'byExternalId', value: 'e1', member: undefined, residual: undefined, fallback: { kind: 'scan', predicate: parseFilter('externalId eq "e1"') } });
    assert.deepEqual(plan(`externalId eq "e1" and members[value eq "${USER}"]`), {
      kind: 'byExternalId', value: 'e1', member: USER, residual: undefined,
      fallback: { kind: 'byMember', member: USER, residual: parseFilter('externalId eq "e1"') },
    });
  });

  it('prefers id, then displayName, then externalId', () => {
    assert.deepEqual(plan(`displayName eq "Eng" and id eq "${GROUP}"`), { kind: 'byId', id: GROUP, member: undefined, residual: parseFilter('displayName eq "Eng"') });
    assert.deepEqual(plan('externalId eq "e1" and displayName eq "Eng"'), { kind: 'byDisplayName', value: 'Eng', member: undefined, residual: parseFilter('externalId eq "e1"') });
  });

  it('scans or, not, other operators and member filters it cannot key on', () => {
    for (const text of [
      'displayName eq "a" or displayName eq "b"',
      'not (displayName eq "a")',
      'displayName co "a"',
      `members[value eq "${USER}"] or displayName eq "a"`,
      `members[value ne "${USER}"]`,
      'members pr',
      'members eq "x"',
    ]) {
      const filter = parseFilter(text);
      assert.deepEqual(planGroupQuery(filter), { kind: 'scan', predicate: filter }, text);
    }
  });
});
