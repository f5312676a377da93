import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeRoute, scimOperationOf } from '../../src/http/describe-route.ts';

describe('describeRoute', () => {
  it('names resource routes by template, type and action, whatever the case or query', () => {
    const cases: [string, string, string, string | undefined][] = [
      ['GET', '/scim/v2/Users?filter=userName%20eq%20%22a%22', '/scim/v2/Users', 'User.list'],
      ['POST', '/scim/v2/users', '/scim/v2/Users', 'User.create'],
      ['POST', '/scim/v2/Users/.search', '/scim/v2/Users/.search', 'User.search'],
      ['GET', '/scim/v2/Users/9067729b-3d', '/scim/v2/Users/{id}', 'User.get'],
      ['PUT', '/scim/v2/Groups/abc', '/scim/v2/Groups/{id}', 'Group.replace'],
      ['PATCH', '/scim/v2/Groups/abc/', '/scim/v2/Groups/{id}', 'Group.patch'],
      ['DELETE', '/scim/v2/Users/abc', '/scim/v2/Users/{id}', 'User.delete'],
      ['POST', '/scim/v2/Bulk', '/scim/v2/Bulk', 'bulk'],
      ['POST', '/scim/v2/.search', '/scim/v2/.search', 'search'],
      ['GET', '/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User', '/scim/v2/Schemas/{id}', 'Schema.get'],
      ['GET', '/scim/v2/ServiceProviderConfig', '/scim/v2/ServiceProviderConfig', 'ServiceProviderConfig.get'],
      ['GET', '/readyz', '/readyz', undefined],
      ['GET', '/metrics', '/metrics', undefined],
      ['PUT', '/scim/v2/Users', '/scim/v2/Users', undefined],
    ];
    for (const [method, path, route, operation] of cases) {
      const description = describeRoute(method, path);
      assert.equal(description.route, route, `${method} ${path}`);
      assert.equal(scimOperationOf(description), operation, `${method} ${path}`);
    }
  });

  it('puts everything else under one `unmatched` route, so paths cannot grow the label set', () => {
    for (const path of ['/', '/wp-login.php', '/scim/v2/Users/a/b', '/scim/v2/Whatever', '/scim/v2x', '/metrics/extra']) {
      assert.deepEqual(describeRoute('GET', path), { route: 'unmatched' }, path);
    }
  });
});
