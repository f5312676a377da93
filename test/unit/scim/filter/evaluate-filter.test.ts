import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileFilter } from '../../../../src/scim/filter/compile-filter.ts';
import { evaluateFilter } from '../../../../src/scim/filter/evaluate-filter.ts';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import type { AttributeDefinition, ResourceSchema } from '../../../../src/scim/schema/types.ts';
import { BJENSEN, ENTERPRISE, JSMITH } from './fixtures/filter-schemas.ts';

const matches = (filter: string, resource: ScimResource, schema: ResourceSchema = USER_RESOURCE_SCHEMA): boolean =>
  evaluateFilter(parseFilter(filter), resource, schema);

/** Asserts `filter` selects exactly the resources in `yes` among `yes` and `no`. */
function selects(filter: string, yes: readonly ScimResource[], no: readonly ScimResource[], schema?: ResourceSchema): void {
  for (const resource of yes) assert.equal(matches(filter, resource, schema), true, `${filter} should match ${JSON.stringify(resource)}`);
  for (const resource of no) assert.equal(matches(filter, resource, schema), false, `${filter} should not match ${JSON.stringify(resource)}`);
}

describe('evaluateFilter', () => {
  describe('attribute lookup', () => {
    it('finds attributes and sub-attributes whatever case the filter or the resource uses', () => {
      selects('USERNAME eq "bjensen"', [BJENSEN, { userName: 'bjensen' }, { USERNAME: 'BJENSEN' }], [JSMITH]);
      selects('Name.GivenName eq "barbara"', [BJENSEN, { NAME: { givenname: 'Barbara' } }], [JSMITH]);
    });

    it('treats the core schema URN prefix as no prefix', () => {
      selects('urn:ietf:params:scim:schemas:core:2.0:User:name.familyName sw "o\'"', [BJENSEN], [JSMITH]);
      selects('urn:ietf:params:scim:schemas:core:2.0:User:id eq "2819c223-7f76-453a-919d-413861904646"', [BJENSEN], [JSMITH]);
    });

    it('reads extension attributes from the extension container', () => {
      selects(`${ENTERPRISE}:employeeNumber eq "701984"`, [BJENSEN, { [ENTERPRISE.toUpperCase()]: { EmployeeNumber: '701984' } }],
        [JSMITH, { employeeNumber: '701984' }, { [ENTERPRISE]: '701984' }]);
      selects(`${ENTERPRISE}:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"`, [BJENSEN], [JSMITH]);
    });

    it('compares a complex attribute without sub-attribute through its value sub-attribute', () => {
      selects(`${ENTERPRISE}:manager eq "26118915-6090-4610-87e4-49d8ca9f808d"`, [BJENSEN], [JSMITH]);
      selects('emails eq "BABS@jensen.org"', [BJENSEN], [JSMITH]);
    });
  });

  describe('string comparison', () => {
    it('ignores case unless the attribute is caseExact', () => {
      selects('id eq "2819c223-7f76-453a-919d-413861904646"', [BJENSEN], [{ id: '2819C223-7F76-453A-919D-413861904646' }]);
      selects('externalId eq "ABC"', [{ externalId: 'ABC' }], [{ externalId: 'abc' }]);
      selects('displayName co "JENS"', [{ displayName: 'Babs Jensen' }], [{ displayName: 'Babs Jonsen' }]);
      selects('members.value eq "u1"', [{ members: [{ value: 'u2' }, { value: 'u1' }] }], [{ members: [{ value: 'U1' }] }], GROUP_RESOURCE_SCHEMA);
    });

    it('implements co, sw, ew and lexicographic gt/ge/lt/le', () => {
      selects('userName co "ENS"', [BJENSEN], [JSMITH]);
      selects('userName sw "bj"', [BJENSEN], [JSMITH]);
      selects('userName ew "SEN"', [BJENSEN], [JSMITH]);
      selects('userName gt "C"', [JSMITH], [BJENSEN]);
      selects('userName ge "bjensen"', [BJENSEN, JSMITH], [{ userName: 'bjenseM' }]);
      selects('userName lt "c"', [BJENSEN], [JSMITH]);
      selects('userName le "BJENSEN"', [BJENSEN], [JSMITH]);
    });

    it('never matches a value of the wrong JSON type', () => {
      selects('userName eq "1"', [{ userName: '1' }], [{ userName: 1 }, { userName: ['2', '3'] }, { userName: { value: '1' } }]);
    });
  });

  describe('other types', () => {
    it('compares dateTimes as instants, whatever the zone notation', () => {
      selects('meta.lastModified eq "2011-05-13T06:42:34+02:00"', [BJENSEN], [JSMITH]);
      selects('meta.lastModified eq "2011-05-13T04:42:34.000Z"', [BJENSEN], [{ meta: { lastModified: '2011-05-13T04:42:35Z' } }]);
      selects('meta.created lt "2010-01-23T04:56:23"', [BJENSEN], [{ meta: { created: 'not a date' } }, { meta: { created: 12 } }]);
    });

    it('compares booleans by type: the string "true" is not true', () => {
      selects('active eq true', [BJENSEN], [JSMITH, { active: 'true' }, {}]);
      selects('active ne true', [JSMITH, {}], [BJENSEN]);
    });

    it('compares integers and decimals numerically', () => {
      const schema = schemaWith({ ...string('age'), type: 'integer' }, { ...string('score'), type: 'decimal' });
      selects('age gt 9', [{ age: 10 }], [{ age: 9 }, { age: '10' }], schema);
      selects('score le 1.5', [{ score: 1.5 }, { score: -2 }], [{ score: 1.51 }], schema);
      selects('age eq 3', [{ age: 3.0 }], [{ age: 4 }], schema);
    });
  });

  describe('multi-valued attributes, presence and null', () => {
    it('matches when any value matches', () => {
      selects('emails.value eq "babs@jensen.org"', [BJENSEN], [JSMITH]);
      selects('emails.type eq "home"', [BJENSEN, JSMITH], [{ emails: [{ type: 'work' }] }]);
    });

    it('reads ne as "no value equals", the negation of eq', () => {
      selects('emails.type ne "work"', [JSMITH, {}], [BJENSEN]);
      selects('userType ne "Employee"', [JSMITH, {}], [BJENSEN]);
    });

    it('treats null, "", [] and {} as absent for pr', () => {
      selects('emails pr', [BJENSEN], [{}, { emails: [] }, { emails: [{}] }, { emails: null }, { emails: [{ value: '' }] }]);
      selects('name pr', [BJENSEN], [{ name: {} }, { name: { givenName: null } }]);
      selects('emails.value pr', [BJENSEN], [{ emails: [{ type: 'work' }] }]);
      selects('active pr', [JSMITH], [{}]);
    });

    it('reads eq null as "no value" and ne null as "has a value"', () => {
      selects('title eq null', [JSMITH, { title: '' }], [BJENSEN]);
      selects('title ne null', [BJENSEN], [JSMITH]);
    });
  });

  describe('value paths', () => {
    it('requires one element to satisfy the whole bracketed filter', () => {
      const crossed = { emails: [{ type: 'work', value: 'w@x.test' }, { type: 'home', value: 'h@example.com' }] };
      selects('emails[type eq "work"].value eq "BJENSEN@example.com"', [BJENSEN], [crossed, JSMITH]);
      selects('emails[type eq "home" and value ew "example.com"]', [crossed], [BJENSEN]);
      selects('emails[not (type eq "work")]', [BJENSEN, JSMITH], [{ emails: [{ type: 'work' }] }]);
      selects('members[value eq "u1"]', [{ members: [{ value: 'u1' }] }], [{ members: [{ value: 'u2' }] }, { members: 'u1' }], GROUP_RESOURCE_SCHEMA);
      selects(`${ENTERPRISE}:manager[value pr]`, [BJENSEN], [JSMITH]);
    });
  });

  it('compiles once into a predicate that can be reused', () => {
    const predicate = compileFilter(parseFilter('userType eq "employee" or active eq false'), USER_RESOURCE_SCHEMA);
    assert.deepEqual([BJENSEN, JSMITH, {}].map(predicate), [true, true, false]);
  });

  it('never throws on resources of the wrong shape', () => {
    const odd: readonly ScimResource[] = [{}, { emails: 'x' }, { emails: [1, null, 'x', [{ value: 'a' }]] }, { meta: 5 }, { name: [] },
      { [ENTERPRISE]: [1] }, { active: { value: true } }, JSON.parse('{"__proto__": {"userName": "x"}, "constructor": 1}') as ScimResource];
    const filters = ['userName eq "x"', 'emails.value co "a"', 'emails[value eq "a"]', 'meta.lastModified gt "2011-01-01"', 'name.givenName pr',
      `${ENTERPRISE}:manager eq "1"`, 'active eq true', 'not (emails pr or name pr)'];
    for (const filter of filters) for (const resource of odd) assert.equal(typeof matches(filter, resource), 'boolean');
    assert.equal(matches('userName eq "x"', odd[7]!), false);
  });
});

function string(name: string): AttributeDefinition {
  return { name, type: 'string', multiValued: false, description: '', required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none' };
}

function schemaWith(...attributes: AttributeDefinition[]): ResourceSchema {
  return { ...USER_RESOURCE_SCHEMA, core: { ...USER_RESOURCE_SCHEMA.core, attributes } };
}
