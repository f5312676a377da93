/**
 * planMembershipChange over real parsePatchRequest output: every membership dialect from the
 * research checklist (section 3.5 items 4-7) as IdP-shaped request bodies kept as data in
 * test/fixtures/idp/<idp>/members-*.json, plus the forms that must be refused.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ScimError } from '../../../src/scim/errors.ts';
import { formatPatchPath } from '../../../src/scim/patch/patch-operation.ts';
import { parsePatchRequest } from '../../../src/scim/patch/parse-patch-request.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../../src/scim/schema/resource-schemas.ts';
import type { MembershipPlan } from '../../../src/translate/groups/membership-plan.ts';
import { isMembershipNoop } from '../../../src/translate/groups/membership-plan.ts';
import { planMembershipChange } from '../../../src/translate/groups/plan-membership-change.ts';

interface Fixture {
  readonly idp: string;
  readonly quirk: string;
  readonly request: unknown;
  readonly plan: { readonly kind: 'delta'; readonly add: string[]; readonly remove: string[] } | { readonly kind: 'replace'; readonly members: string[] };
  readonly attributeOperations: string[];
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/idp/', import.meta.url));

function loadFixtures(): { readonly file: string; readonly fixture: Fixture }[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(`${FIXTURES}${dir.name}`)
      .filter((name) => name.startsWith('members-') && name.endsWith('.json'))
      .map((name) => ({ file: `${dir.name}/${name}`, fixture: JSON.parse(readFileSync(`${FIXTURES}${dir.name}/${name}`, 'utf8')) as Fixture })));
}

function plain(plan: MembershipPlan): Fixture['plan'] {
  return plan.kind === 'delta'
    ? { kind: 'delta', add: [...plan.add].sort(), remove: [...plan.remove].sort() }
    : { kind: 'replace', members: [...plan.members].sort() };
}

function sortedPlan(plan: Fixture['plan']): Fixture['plan'] {
  return plan.kind === 'delta'
    ? { kind: 'delta', add: [...plan.add].sort(), remove: [...plan.remove].sort() }
    : { kind: 'replace', members: [...plan.members].sort() };
}

const planOf = (body: unknown): MembershipPlan => planMembershipChange(parsePatchRequest(body, GROUP_RESOURCE_SCHEMA));
const patch = (...operations: unknown[]) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations });

function expectRefused(body: unknown, expected: { status: number; scimType: string; detail: string }): void {
  assert.throws(() => planOf(body), (error: unknown) => {
    assert.ok(error instanceof ScimError);
    assert.equal(error.status, expected.status);
    assert.equal(error.scimType, expected.scimType);
    assert.ok(error.detail.includes(expected.detail), error.detail);
    return true;
  });
}

describe('planMembershipChange: IdP dialects', () => {
  const fixtures = loadFixtures();
  it('has fixtures for Okta, Entra, JumpCloud and RFC filter paths', () => {
    assert.deepEqual(new Set(fixtures.map(({ file }) => file.split('/')[0])), new Set(['entra', 'jumpcloud', 'okta', 'rfc']));
  });
  for (const { file, fixture } of fixtures) {
    it(`${fixture.idp}: ${fixture.quirk} (${file})`, () => {
      const plan = planOf(fixture.request);
      assert.deepEqual(plain(plan), sortedPlan(fixture.plan));
      assert.deepEqual(plan.attributeOperations.map((op) => `${op.op} ${formatPatchPath(op.path)}`), fixture.attributeOperations);
    });
  }
});

describe('planMembershipChange: folding', () => {
  it('keeps a user in at most one of add and remove', () => {
    const plan = planOf(patch(
      { op: 'add', path: 'members', value: [{ value: 'a' }] },
      { op: 'remove', path: 'members[value eq "a"]' },
      { op: 'add', path: 'members', value: [{ value: 'a' }] },
    ));
    assert.deepEqual(plain(plan), { kind: 'delta', add: ['a'], remove: [] });
  });

  it('a full replace discards the earlier delta, and later ops edit the replaced list', () => {
    const plan = planOf(patch(
      { op: 'remove', path: 'members[value eq "x"]' },
      { op: 'replace', path: 'members', value: [{ value: 'a' }, { value: 'b' }] },
      { op: 'remove', path: 'members[value eq "b"]' },
      { op: 'add', path: 'members', value: [{ value: 'c' }] },
    ));
    assert.deepEqual(plain(plan), { kind: 'replace', members: ['a', 'c'] });
  });

  it('an add of an empty list changes nothing (Okta creates groups with members: [])', () => {
    const plan = planOf(patch({ op: 'add', path: 'members', value: [] }));
    assert.equal(plan.kind, 'delta');
    assert.ok(isMembershipNoop(plan));
  });

  it('returns the non-member operations in order and leaves members alone when none names them', () => {
    const plan = planOf(patch({ op: 'replace', path: 'displayName', value: 'New' }, { op: 'replace', path: 'externalId', value: 'ext-1' }));
    assert.ok(isMembershipNoop(plan));
    assert.deepEqual(plan.attributeOperations.map((op) => formatPatchPath(op.path)), ['displayName', 'externalId']);
  });

  it('a replace is never a no-op, even an empty one', () => {
    assert.equal(isMembershipNoop(planOf(patch({ op: 'remove', path: 'members' }))), false);
  });
});

describe('planMembershipChange: refused forms', () => {
  it('refuses a filter other than value eq, naming it', () => {
    expectRefused(patch({ op: 'remove', path: 'members[type eq "User"]' }), { status: 400, scimType: 'invalidFilter', detail: 'type eq "User"' });
  });

  it('refuses group members (the Identity Store has no nested groups)', () => {
    expectRefused(patch({ op: 'add', path: 'members', value: [{ value: 'g1', type: 'Group' }] }), { status: 400, scimType: 'invalidValue', detail: '"g1"' });
  });

  it('refuses a member without its value', () => {
    expectRefused(patch({ op: 'add', path: 'members', value: [{ value: 'a' }, { $ref: 'https://x/Users/b', type: 'User' }] }), { status: 400, scimType: 'invalidValue', detail: '"value"' });
  });

  it('refuses member sub-attribute paths', () => {
    expectRefused(patch({ op: 'add', path: 'members.value', value: 'a' }), { status: 400, scimType: 'invalidPath', detail: 'whole members' });
  });

  it('accepts a member typed User in any case', () => {
    assert.deepEqual(plain(planOf(patch({ op: 'add', path: 'members', value: [{ value: 'a', type: 'user' }] }))), { kind: 'delta', add: ['a'], remove: [] });
  });
});
