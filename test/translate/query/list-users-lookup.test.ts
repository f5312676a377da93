import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from '../../../src/scim/filter/parse-filter.ts';
import { parseAttributeSelection } from '../../../src/scim/list/parse-attribute-selection.ts';
import { USER_RESOURCE_SCHEMA } from '../../../src/scim/schema/resource-schemas.ts';
import { listUsers } from '../../../src/translate/query/list-users.ts';
import { CONTEXT, listQuery, openQueryFixture, operations, rejectsScim, seedUser, seedUsers, type QueryFixture } from './query-fixture.ts';

describe('listUsers: lookup plans spend exactly their call budget', () => {
  let fixture: QueryFixture;
  const ids = new Map<string, string>();
  const list = (filter: string, extra: Parameters<typeof listQuery>[0] = {}) =>
    listUsers(fixture, listQuery({ filter: parseFilter(filter), ...extra }), CONTEXT);

  before(async () => {
    fixture = await openQueryFixture();
    seedUsers(fixture, Array.from({ length: 30 }, (_, index) => seedUser(index)));
    for (const user of (await fixture.store.listUsers({ maxResults: 100 })).items) ids.set(user.userName, user.id);
    await fixture.state.linkExternalId({ resourceType: 'User', issuer: CONTEXT.issuer, externalId: 'ext-7', resourceId: ids.get('user-007') ?? '' });
  });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  it('id eq costs one DescribeUser', async () => {
    const response = await list(`id eq "${ids.get('user-003')}"`);
    assert.deepEqual(operations(fixture), ['DescribeUser']);
    assert.equal(response.totalResults, 1);
    assert.equal(response.startIndex, 1);
    assert.equal(response.Resources[0]?.['userName'], 'user-003');
  });

  it('id eq of a well-formed but unknown id is a 200 with totalResults 0 after one DescribeUser', async () => {
    const response = await list('id eq "9067729b3d-00000000-0000-0000-0000-000000000000"');
    assert.deepEqual(operations(fixture), ['DescribeUser']);
    assert.equal(response.totalResults, 0);
    assert.deepEqual(response.Resources, []);
  });

  it('id eq of a malformed id is an empty result with no call', async () => {
    const response = await list('id eq "not-an-id"');
    assert.deepEqual(operations(fixture), []);
    assert.equal(response.totalResults, 0);
  });

  it('userName eq costs GetUserId + DescribeUser, whatever the case of the value', async () => {
    const response = await list('UserName eq "USER-004"');
    assert.deepEqual(operations(fixture), ['GetUserId', 'DescribeUser']);
    assert.equal(response.Resources[0]?.['id'], ids.get('user-004'));
  });

  it('userName eq and-ed with other terms tests them in memory on the same two calls', async () => {
    const hit = await list('name.familyName eq "Xavier" and userName eq "user-010"');
    assert.deepEqual(operations(fixture), ['GetUserId', 'DescribeUser']);
    assert.equal(hit.totalResults, 1);
    fixture.emulator.calls.clear();
    const miss = await list('userName eq "user-010" and name.familyName eq "Smith"');
    assert.deepEqual(operations(fixture), ['GetUserId', 'DescribeUser']);
    assert.equal(miss.totalResults, 0);
    assert.deepEqual(miss.Resources, []);
  });

  it('a userName that does not exist is 200 with totalResults 0 after one GetUserId', async () => {
    const response = await list('userName eq "nobody"');
    assert.deepEqual(operations(fixture), ['GetUserId']);
    assert.equal(response.totalResults, 0);
    assert.deepEqual(response.Resources, []);
  });

  it('emails.value eq and emails[value eq] look up by GetUserId on emails.value', async () => {
    for (const filter of ['emails.value eq "user-005@example.com"', 'emails[value eq "user-005@example.com"]', 'emails[type eq "work" and value eq "user-005@example.com"]']) {
      fixture.emulator.calls.clear();
      const response = await list(filter);
      assert.deepEqual(operations(fixture), ['GetUserId', 'DescribeUser'], filter);
      const input = fixture.emulator.calls.list()[0]?.input as { AlternateIdentifier?: { UniqueAttribute?: { AttributePath?: string } } };
      assert.equal(input.AlternateIdentifier?.UniqueAttribute?.AttributePath, 'emails.value');
      assert.equal(response.Resources[0]?.['userName'], 'user-005', filter);
    }
    fixture.emulator.calls.clear();
    assert.equal((await list('emails[type eq "home" and value eq "user-005@example.com"]')).totalResults, 0);
  });

  it('externalId eq reads gateway state and costs one DescribeUser', async () => {
    const response = await list('externalId eq "ext-7"');
    assert.deepEqual(operations(fixture), ['DescribeUser']);
    assert.equal(response.Resources[0]?.['userName'], 'user-007');
    assert.equal(response.Resources[0]?.['externalId'], 'ext-7');
  });

  it('externalId is scoped to the IdP: another issuer without a mapping scans and finds nothing', async () => {
    const response = await listUsers(fixture, listQuery({ filter: parseFilter('externalId eq "ext-7"') }), { ...CONTEXT, issuer: 'entra' });
    assert.deepEqual(operations(fixture), ['ListUsers']);
    assert.equal(response.totalResults, 0);
  });

  it('always asks for the enterprise extension, whatever the selection (the version hashes it)', async () => {
    const extensionsOf = () => (fixture.emulator.calls.list().at(-1)?.input as { Extensions?: string[] }).Extensions;
    await list('userName eq "user-001"');
    assert.deepEqual(extensionsOf(), ['aws:identitystore:enterprise']);
    await list('userName eq "user-001"', { attributes: parseAttributeSelection('userName,emails', undefined, USER_RESOURCE_SCHEMA) });
    assert.deepEqual(extensionsOf(), ['aws:identitystore:enterprise']);
    await list('title pr', { attributes: parseAttributeSelection('userName', undefined, USER_RESOURCE_SCHEMA) });
    assert.equal(fixture.emulator.calls.list().at(-1)?.operation, 'ListUsers');
    assert.deepEqual(extensionsOf(), ['aws:identitystore:enterprise']);
  });

  it('projects each resource with attributes and excludedAttributes', async () => {
    const only = await list('userName eq "user-002"', { attributes: parseAttributeSelection('userName', undefined, USER_RESOURCE_SCHEMA) });
    assert.deepEqual(Object.keys(only.Resources[0] ?? {}).sort(), ['id', 'schemas', 'userName']);
    const without = await list('userName eq "user-002"', { attributes: parseAttributeSelection(undefined, 'emails,meta', USER_RESOURCE_SCHEMA) });
    const resource = without.Resources[0] ?? {};
    assert.equal(resource['emails'], undefined);
    assert.equal(resource['meta'], undefined);
    assert.equal(resource['userName'], 'user-002');
    assert.ok(resource['name'] !== undefined);
  });

  it('refuses a filter on an unknown attribute with 400 invalidFilter before any call', async () => {
    await rejectsScim(() => list('userName eq "a" and nickname2 eq "b"'), { status: 400, scimType: 'invalidFilter', detail: /nickname2/ });
    assert.deepEqual(operations(fixture), []);
  });

  it('a lookup under cursor paging is one page without nextCursor', async () => {
    const response = await list('userName eq "user-001"', { pagination: { method: 'cursor', cursor: undefined, count: 10 } });
    assert.equal(response.Resources.length, 1);
    assert.equal(response.nextCursor, undefined);
  });
});

describe('listUsers: users adopted from AWS SCIM keep their ExternalIds findable', () => {
  let fixture: QueryFixture;
  before(async () => {
    fixture = await openQueryFixture();
    seedUsers(fixture, [seedUser(1), seedUser(2, { ExternalIds: [{ Issuer: 'https://scim.aws.example/abc', Id: 'adopted-2' }] })]);
  });
  after(() => fixture.close());

  it('externalId eq with no state mapping falls back to a scan that sees the store ExternalIds', async () => {
    fixture.emulator.calls.clear();
    const response = await listUsers(fixture, listQuery({ filter: parseFilter('externalId eq "adopted-2"') }), CONTEXT);
    assert.deepEqual(operations(fixture), ['ListUsers']);
    assert.equal(response.totalResults, 1);
    assert.equal(response.Resources[0]?.['userName'], 'user-002');
  });
});
