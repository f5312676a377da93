// Every IdP PATCH dialect the parser normalises (research/idp-and-aws-facts.md section 3.5), as
// data: test/fixtures/patch/<idp>-<quirk>.json holds the resource before, the request as the IdP
// sends it, the canonical operations it must become, and the resource after.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { applyPatch } from '../../../../src/scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../../../src/scim/patch/parse-patch-request.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { describeOps } from './helpers.ts';

interface QuirkFixture {
  readonly idp: string;
  readonly quirk: string;
  readonly source: string;
  readonly resourceType: 'User' | 'Group';
  readonly before: ScimResource;
  readonly request: unknown;
  readonly operations: readonly string[];
  readonly after: ScimResource;
}

const directory = new URL('../../../fixtures/patch/', import.meta.url);
const names = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
const load = (name: string) => JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as QuirkFixture;

/** The quirks the brief and research section 3.5 name: each must keep its fixture. */
const REQUIRED = [
  'entra-op-case', 'entra-string-boolean', 'entra-path-less-dotted-keys', 'entra-path-less-urn-manager',
  'okta-path-less-enterprise-container', 'entra-path-less-nested-merge', 'okta-group-replace-id-displayname',
  'forgerock-path-less-full-resource', 'entra-manager-bare-string', 'entra-manager-object', 'entra-manager-empty-removal',
  'entra-remove-members-by-value', 'jumpcloud-remove-members-by-value', 'okta-members-value-filter', 'entra-members-value-filter',
  'entra-emails-work-value', 'entra-emails-work-value-no-match', 'postman-attribute-case', 'okta-empty-string-removal',
  'any-null-value-removal',
];

describe('IdP PATCH quirks (test/fixtures/patch)', () => {
  it('has a fixture for every quirk, each naming its IdP and source', () => {
    for (const quirk of REQUIRED) assert.ok(names.includes(`${quirk}.json`), `missing fixture ${quirk}.json`);
    for (const name of names) {
      const fixture = load(name);
      assert.ok(fixture.idp.length > 0 && fixture.quirk.length > 0 && fixture.source.length > 0, name);
    }
  });

  for (const name of names) {
    const fixture = load(name);
    const schema = fixture.resourceType === 'User' ? USER_RESOURCE_SCHEMA : GROUP_RESOURCE_SCHEMA;
    it(`${fixture.idp}: ${fixture.quirk} (${name})`, () => {
      const ops = parsePatchRequest(fixture.request, schema);
      assert.deepEqual(describeOps(ops), fixture.operations);
      const before = structuredClone(fixture.before);
      assert.deepEqual(applyPatch(fixture.before, ops, schema), fixture.after);
      assert.deepEqual(fixture.before, before);
    });
  }
});
