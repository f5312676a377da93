import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, ENTERPRISE_URN, OKTA, openUserFixture, rejectsScim, userBody, type UserFixture, idOf } from './user-fixture.ts';

describe('UserService.get', () => {
  let fixture: UserFixture;
  let id: string;

  before(async () => {
    fixture = await openUserFixture();
    const created = await fixture.service().create(userBody('bjensen', { [ENTERPRISE_URN]: { department: 'Tours' } }), ALL, OKTA);
    id = idOf(created);
  });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  it('reads with exactly one DescribeUser, asking for the enterprise extension when the default selection can show it', async () => {
    const result = await fixture.service().get(id, ALL, OKTA);
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
    assert.deepEqual((fixture.emulator.calls.list()[0]?.input as { Extensions?: string[] }).Extensions, ['aws:identitystore:enterprise']);
    assert.equal(result.resource.userName, 'bjensen');
    assert.deepEqual(result.resource[ENTERPRISE_URN], { department: 'Tours' });
    assert.equal(result.location, `${OKTA.baseUrl}/Users/${id}`);
    assert.match(result.version, /^W\/"[A-Za-z0-9_-]{22}"$/);
    assert.deepEqual(result.resource.meta, {
      resourceType: 'User',
      created: (result.resource.meta as { created: string }).created,
      lastModified: (result.resource.meta as { lastModified: string }).lastModified,
      location: result.location,
      version: result.version,
    });
  });

  it('reads the extension even when the selection cannot show it, so the version is the same', async () => {
    const full = await fixture.service().get(id, ALL, OKTA);
    fixture.emulator.calls.clear();
    const slim = await fixture.service().get(id, { kind: 'include', paths: [{ attribute: 'userName' }] }, OKTA);
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
    assert.deepEqual((fixture.emulator.calls.list()[0]?.input as { Extensions?: string[] }).Extensions, ['aws:identitystore:enterprise']);
    assert.deepEqual(Object.keys(slim.resource).sort(), ['id', 'schemas', 'userName']);
    assert.equal(slim.version, full.version);
  });

  it('answers 404 without any call for an id that cannot exist', async () => {
    await rejectsScim(fixture.service().get('not-an-id', ALL, OKTA), 404, undefined, /User not-an-id not found/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('answers 404 "User <id> not found" for a well-formed id the store does not hold', async () => {
    const missing = '12345678-1234-1234-1234-123456789012';
    await rejectsScim(fixture.service().get(missing, ALL, OKTA), 404, undefined, new RegExp(`User ${missing} not found`));
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
  });
});
