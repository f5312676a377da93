/**
 * Every group-membership PATCH dialect of the research checklist (Okta replace-all and
 * remove-then-add, Entra remove-by-value and Add with "$ref": null, JumpCloud remove by value, RFC
 * filter paths), replayed over HTTP from the fixtures in test/fixtures/idp/<idp>/members-*.json.
 * The fixtures name users by placeholders (`u-1111`); each becomes a real user. Every group starts
 * with u-1111 and u-2222 as members; afterwards it must hold what the fixture's plan says, and
 * sending the same PATCH again must answer 200 and change nothing (idempotent membership writes).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bodyAs } from '../helpers/test-app.ts';
import { newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { memberIds, memberValues, newGroup, type GroupBody } from './group-fixture.ts';

interface Fixture {
  readonly quirk: string;
  readonly request: { readonly Operations: readonly Record<string, unknown>[] };
  readonly plan: { readonly kind: 'delta'; readonly add: string[]; readonly remove: string[] } | { readonly kind: 'replace'; readonly members: string[] };
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/idp/', import.meta.url));
const PLACEHOLDER = /u-\d{4}/g;
const INITIAL = ['u-1111', 'u-2222'];

function loadFixtures(): { readonly file: string; readonly text: string; readonly fixture: Fixture }[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(`${FIXTURES}${dir.name}`)
      .filter((name) => name.startsWith('members-') && name.endsWith('.json'))
      .map((name) => {
        const text = readFileSync(`${FIXTURES}${dir.name}/${name}`, 'utf8');
        return { file: `${dir.name}/${name}`, text, fixture: JSON.parse(text) as Fixture };
      }));
}

/** The members the plan leaves, as placeholders (a delta applies to INITIAL). */
function expectedMembers(plan: Fixture['plan']): string[] {
  if (plan.kind === 'replace') return [...plan.members];
  const after = new Set([...INITIAL, ...plan.add]);
  for (const removed of plan.remove) after.delete(removed);
  return [...after];
}

/** The display name the request sets, if any (a `displayName` path, or a path-less value object). */
function renamedTo(operations: readonly Record<string, unknown>[]): string | undefined {
  let name: string | undefined;
  for (const operation of operations) {
    const path = operation['path'];
    const value = operation['value'];
    if (typeof path === 'string' && path.toLowerCase() === 'displayname' && typeof value === 'string') name = value;
    if (path === undefined && typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['displayName'] === 'string') {
      name = (value as Record<string, string>)['displayName'];
    }
  }
  return name;
}

describe('PATCH /Groups: every IdP membership dialect, over HTTP', () => {
  let scim: ScimGateway;
  const ids = new Map<string, string>();
  const fixtures = loadFixtures();

  const idOf = (placeholder: string): string => ids.get(placeholder) ?? placeholder;
  before(async () => {
    scim = await startScimGateway();
    const placeholders = new Set(fixtures.flatMap(({ text }) => text.match(PLACEHOLDER) ?? []));
    for (const placeholder of [...INITIAL, ...placeholders]) {
      if (ids.has(placeholder)) continue;
      const res = await scim.post('/Users', newUser(`${placeholder}@example.com`));
      assert.equal(res.status, 201, res.text);
      ids.set(placeholder, bodyAs<{ id: string }>(res).id);
    }
  });
  after(async () => {
    await scim.close();
  });

  it('has fixtures from every dialect', () => {
    const dialects = new Set(fixtures.map(({ file }) => file.split('/')[0]));
    for (const dialect of ['entra', 'jumpcloud', 'okta', 'rfc']) assert.ok(dialects.has(dialect), `no members-*.json fixture for ${dialect}`);
  });

  for (const { file, text, fixture } of fixtures) {
    it(`${file}: ${fixture.quirk}`, async () => {
      const created = await scim.post('/Groups', newGroup(`dialect-${file}`, { members: memberValues(INITIAL.map(idOf)) }));
      assert.equal(created.status, 201, created.text);
      const group = bodyAs<GroupBody>(created);
      const request = (JSON.parse(text.replace(PLACEHOLDER, (placeholder) => idOf(placeholder))) as Fixture).request;

      const res = await scim.patch(`/Groups/${group.id}`, request);
      assert.equal(res.status, 200, res.text);
      const read = bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`));
      assert.deepEqual(memberIds(read), expectedMembers(fixture.plan).map(idOf).sort());
      assert.equal(read.displayName, renamedTo(fixture.request.Operations) ?? group.displayName);

      const again = await scim.patch(`/Groups/${group.id}`, request);
      assert.equal(again.status, 200, again.text);
      assert.deepEqual(memberIds(bodyAs<GroupBody>(await scim.get(`/Groups/${group.id}`))), memberIds(read));
    });
  }
});
