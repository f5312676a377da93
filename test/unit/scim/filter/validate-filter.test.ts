import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Filter } from '../../../../src/scim/filter/ast.ts';
import { evaluateFilter } from '../../../../src/scim/filter/evaluate-filter.ts';
import { parseFilter } from '../../../../src/scim/filter/parse-filter.ts';
import { validateFilter } from '../../../../src/scim/filter/validate-filter.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import type { ResourceSchema } from '../../../../src/scim/schema/types.ts';
import { at, cmp, vp } from './fixtures/build.ts';
import { assertInvalidFilter } from './fixtures/assert-invalid-filter.ts';
import { BJENSEN, ENTERPRISE, RFC_USER_SCHEMA } from './fixtures/filter-schemas.ts';

const validate = (filter: string, schema: ResourceSchema = USER_RESOURCE_SCHEMA): void => validateFilter(parseFilter(filter), schema);

describe('validateFilter', () => {
  it('accepts the filters IdPs send and the common attributes of both resource types', () => {
    for (const filter of ['userName eq "x"', 'externalId eq "x"', 'id eq "x"', 'emails[type eq "work"].value eq "x"', 'emails.value eq "x"',
      'meta.lastModified gt "2011-05-13T04:42:34Z"', `${ENTERPRISE}:manager.value eq "x"`, 'active eq true and title pr', 'schemas eq "x"',
      'urn:ietf:params:scim:schemas:core:2.0:User:meta.resourceType eq "User"', 'EMAILS[TYPE eq "work"]']) {
      assert.doesNotThrow(() => validate(filter), filter);
    }
    for (const filter of ['displayName eq "Admins"', 'members[value eq "u"]', 'members.value eq "u"', 'externalId eq "g"', 'meta.created lt "2020-01-01"']) {
      assert.doesNotThrow(() => validate(filter, GROUP_RESOURCE_SCHEMA), filter);
    }
  });

  it('refuses attributes the resource type does not define, naming them', () => {
    assertInvalidFilter(() => validate('nickname2 eq "x"'), '"nickname2" is not an attribute of User resources');
    assertInvalidFilter(() => validate('name.nickName eq "x"'), '"name.nickName" is not an attribute of User resources');
    assertInvalidFilter(() => validate('userName eq "x"', GROUP_RESOURCE_SCHEMA), '"userName" is not an attribute of Group resources');
    // ims is in RFC 7643 but the Identity Store cannot hold it, so the gateway's schema leaves it out.
    assertInvalidFilter(() => validate('ims[type eq "xmpp"]'), '"ims" is not an attribute of User resources');
    assert.doesNotThrow(() => validate('ims[type eq "xmpp"]', RFC_USER_SCHEMA));
    // Extension attributes need their URN: an unqualified name is looked up in the core schema only.
    assertInvalidFilter(() => validate('employeeNumber eq "1"'), '"employeeNumber" is not an attribute');
  });

  it('refuses unknown schema URNs, listing the ones that apply', () => {
    assertInvalidFilter(() => validate('urn:example:custom:2.0:User:badge eq "1"'), `unknown schema "urn:example:custom:2.0:User" in "urn:example:custom:2.0:User:badge"; User resources use urn:ietf:params:scim:schemas:core:2.0:User, ${ENTERPRISE}`);
    assertInvalidFilter(() => validate(`${ENTERPRISE}:displayName eq "x"`, GROUP_RESOURCE_SCHEMA), 'unknown schema');
  });

  it('refuses ordering on booleans (RFC 7644) and other comparisons that could never match', () => {
    assertInvalidFilter(() => validate('active gt true'), '"active gt" is not allowed: active is boolean (only eq and ne apply)');
    assertInvalidFilter(() => validate('active co true'), 'active is boolean');
    assertInvalidFilter(() => validate('active eq "true"'), '"active eq" needs true or false');
    assertInvalidFilter(() => validate('userName gt 5'), '"userName gt" needs a double-quoted string');
    assertInvalidFilter(() => validate('meta.lastModified co "2011"'), 'meta.lastModified is a dateTime (co, sw and ew apply to strings)');
    assertInvalidFilter(() => validate('meta.lastModified gt "yesterday"'), 'needs a dateTime string');
    assertInvalidFilter(() => validate('meta.lastModified gt 5'), 'needs a dateTime string');
    assertInvalidFilter(() => validate('name eq "x"'), '"name eq" is not allowed: name is complex; filter on one of its sub-attributes');
    assertInvalidFilter(() => validate('title gt null'), 'cannot compare with null');
    assert.doesNotThrow(() => validate('title eq null'));
    assert.doesNotThrow(() => validate('name pr'));
  });

  it('refuses value filters on anything but complex attributes, and unknown sub-attributes inside them', () => {
    assertInvalidFilter(() => validate('userName[value eq "x"]'), '"userName[...]" needs a complex attribute');
    assertInvalidFilter(() => validate('emails[foo eq "x"]'), '"foo" is not a sub-attribute of emails');
    assertInvalidFilter(() => validate('emails[primary eq "yes"]'), '"emails[primary] eq" needs true or false');
  });

  it('refuses hand-built trees the parser would never produce', () => {
    const nested: Filter = vp(at('emails'), vp(at('type'), cmp(at('value'), 'eq', 'x')));
    assertInvalidFilter(() => validateFilter(nested, USER_RESOURCE_SCHEMA), '"type[...]" is nested inside "emails[...]"');
    assertInvalidFilter(() => validateFilter(vp(at('emails', 'value'), cmp(at('type'), 'eq', 'x')), USER_RESOURCE_SCHEMA), 'needs a complex attribute');
    assertInvalidFilter(() => validateFilter(vp(at('emails'), cmp(at('name', 'givenName'), 'eq', 'x')), USER_RESOURCE_SCHEMA), 'is not a sub-attribute of emails');
  });

  it('is what evaluateFilter runs first, so an invalid filter fails even on an empty resource', () => {
    assertInvalidFilter(() => evaluateFilter(parseFilter('nickname2 eq "x"'), {}, USER_RESOURCE_SCHEMA), 'nickname2');
    assert.equal(evaluateFilter(parseFilter('nickName eq "x"'), BJENSEN, USER_RESOURCE_SCHEMA), false);
  });
});
