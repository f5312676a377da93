import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../src/scim/filter/parse-filter.ts';
import { parseAttributeSelection } from '../../../src/scim/list/parse-attribute-selection.ts';
import { USER_RESOURCE_SCHEMA } from '../../../src/scim/schema/resource-schemas.ts';
import { needsEnterprise } from '../../../src/translate/query/needs-enterprise.ts';
import { listQuery } from './query-fixture.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const only = (attributes: string) => parseAttributeSelection(attributes, undefined, USER_RESOURCE_SCHEMA);

describe('needsEnterprise', () => {
  it('is needed for the default response, which returns enterprise attributes', () => {
    assert.equal(needsEnterprise(listQuery()), true);
  });

  it('is not needed when the selected attributes leave the extension out', () => {
    assert.equal(needsEnterprise(listQuery({ attributes: only('userName,emails') })), false);
    assert.equal(needsEnterprise(listQuery({ attributes: parseAttributeSelection(undefined, ENTERPRISE, USER_RESOURCE_SCHEMA) })), false);
  });

  it('is needed when an enterprise attribute is selected', () => {
    assert.equal(needsEnterprise(listQuery({ attributes: only(`userName,${ENTERPRISE}:department`) })), true);
  });

  it('is needed when the filter names an enterprise attribute, anywhere in the tree', () => {
    for (const text of [
      `${ENTERPRISE}:employeeNumber eq "7"`,
      `userName eq "a" or not (${ENTERPRISE}:manager.value pr)`,
      `${ENTERPRISE}:manager[value eq "x"]`,
      `schemas eq "${ENTERPRISE}"`,
    ]) {
      assert.equal(needsEnterprise(listQuery({ filter: parseFilter(text), attributes: only('userName') })), true, text);
    }
    assert.equal(needsEnterprise(listQuery({ filter: parseFilter('userName eq "a" and emails[type eq "work"]'), attributes: only('userName') })), false);
  });

  it('is needed when sorting by an enterprise attribute', () => {
    assert.equal(needsEnterprise(listQuery({ sortBy: { schema: ENTERPRISE, attribute: 'department' }, attributes: only('userName') })), true);
    assert.equal(needsEnterprise(listQuery({ sortBy: { attribute: 'userName' }, attributes: only('userName') })), false);
  });
});
