import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { printFilter } from '../../../../src/scim/filter/print-filter.ts';
import { restrictFilterToSchema } from '../../../../src/scim/filter/restrict-filter-to-schema.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';

const forGroups = (text: string): string | boolean => {
  const restricted = restrictFilterToSchema(parseFilter(text), GROUP_RESOURCE_SCHEMA);
  return typeof restricted === 'boolean' ? restricted : printFilter(restricted);
};

describe('restrictFilterToSchema (root searches)', () => {
  it('turns comparisons on attributes the type lacks into "matches nothing" and folds and/or/not', () => {
    assert.equal(forGroups('userName eq "a"'), false);
    assert.equal(forGroups('emails[type eq "work"]'), false);
    assert.equal(forGroups('name.familyName pr'), false);
    assert.equal(forGroups('not (userName eq "a")'), true);
    assert.equal(forGroups('userName eq "a" or displayName eq "Admins"'), 'displayName eq "Admins"');
    assert.equal(forGroups('userName eq "a" and displayName eq "Admins"'), false);
    assert.equal(forGroups('not (userName eq "a") and displayName eq "Admins"'), 'displayName eq "Admins"');
    assert.equal(forGroups('not (userName eq "a") or displayName eq "Admins"'), true);
    assert.equal(forGroups('displayName eq "x" or meta.created gt "2020-01-01T00:00:00Z" or title eq "y"'), 'displayName eq "x" or meta.created gt "2020-01-01T00:00:00Z"');
  });

  it('leaves a filter the type fully knows unchanged', () => {
    const filter = parseFilter('userName sw "a" and (emails[type eq "work"] or not (title pr))');
    assert.deepEqual(restrictFilterToSchema(filter, USER_RESOURCE_SCHEMA), filter);
  });
});
