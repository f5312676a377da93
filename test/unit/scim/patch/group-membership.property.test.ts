// Membership PATCH in every dialect IdPs use (RFC 7644 section 3.5.2; research 3.5 #4, #5, #7):
// whatever the spelling, removing members removes exactly those listed (never all), adding
// members adds exactly the missing ones, and the result is a set.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyPatch } from '../../../../src/scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../../../src/scim/patch/parse-patch-request.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { body, CORE_GROUP } from './helpers.ts';

const id = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'U1');
const ids = fc.uniqueArray(id, { maxLength: 5 });

const group = (members: readonly string[]): ScimResource => ({
  schemas: [CORE_GROUP], id: 'g1', displayName: 'Engineering',
  ...(members.length === 0 ? {} : { members: members.map((value) => ({ value })) }),
});

const memberIds = (resource: ScimResource): string[] =>
  ((resource['members'] ?? []) as ScimResource[]).map((member) => member['value'] as string);

/** Entra default, JumpCloud, Okta / Entra aadOptscim062020: three ways to say "remove these". */
const removeDialect = fc.constantFrom('entra-by-value', 'jumpcloud-by-value', 'filter-per-member');
const removeRequest = (dialect: string, listed: readonly string[]): unknown[] => {
  switch (dialect) {
    case 'entra-by-value': return [{ op: 'Remove', path: 'members', value: listed.map((value) => ({ $ref: null, value })) }];
    case 'jumpcloud-by-value': return [{ op: 'remove', path: 'members', value: listed.map((value) => ({ value })) }];
    default: return listed.map((value) => ({ op: 'remove', path: `members[value eq "${value}"]` }));
  }
};

describe('group membership properties', () => {
  it('removes exactly the listed members, in every dialect, and never all of them', () => {
    fc.assert(fc.property(ids, ids, removeDialect, (members, listed, dialect) => {
      const operations = removeRequest(dialect, listed);
      if (operations.length === 0) return;
      const result = applyPatch(group(members), parsePatchRequest(body(...operations), GROUP_RESOURCE_SCHEMA), GROUP_RESOURCE_SCHEMA);
      // Member ids are caseExact: removing "u1" leaves "U1".
      assert.deepEqual(memberIds(result), members.filter((member) => !listed.includes(member)));
    }), { numRuns: 300 });
  });

  it('adds exactly the missing members, with or without display and $ref null, keeping members a set', () => {
    fc.assert(fc.property(ids, fc.array(id, { minLength: 1, maxLength: 6 }), fc.constantFrom('Add', 'add'), (members, added, op) => {
      const value = added.map((member, index) => (index % 2 === 0 ? { value: member, display: `Member ${member}` } : { $ref: null, value: member }));
      const result = applyPatch(group(members), parsePatchRequest(body({ op, path: 'members', value }), GROUP_RESOURCE_SCHEMA), GROUP_RESOURCE_SCHEMA);
      assert.deepEqual(memberIds(result), [...new Set([...members, ...added])]);
    }), { numRuns: 300 });
  });

  it('replaces the member list with exactly the one sent (Okta, ForgeRock)', () => {
    fc.assert(fc.property(ids, ids, (members, next) => {
      const result = applyPatch(group(members), parsePatchRequest(body({ op: 'replace', path: 'members', value: next.map((value) => ({ value })) }), GROUP_RESOURCE_SCHEMA), GROUP_RESOURCE_SCHEMA);
      assert.deepEqual(memberIds(result), next);
      assert.equal('members' in result, next.length > 0);
    }), { numRuns: 200 });
  });
});
