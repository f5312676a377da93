import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, OKTA, openUserFixture, rejectsScim, userBody, type UserFixture, idOf } from './user-fixture.ts';

describe('UserService.remove', () => {
  let fixture: UserFixture;
  let seq = 0;
  const fresh = async (): Promise<{ id: string; version: string }> => {
    seq += 1;
    const created = await fixture.service().create(userBody(`remove-${seq}`, { externalId: `rm-${seq}` }), ALL, OKTA);
    fixture.emulator.calls.clear();
    return { id: idOf(created), version: created.version };
  };

  before(async () => { fixture = await openUserFixture(); });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  it('is exactly one DeleteUser and forgets the externalId', async () => {
    const { id } = await fresh();
    await fixture.service().remove(id, OKTA, {});
    assert.deepEqual(fixture.operations(), ['DeleteUser']);
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', `rm-${seq}`), undefined);
    assert.equal(await fixture.store.describeUser(id), undefined);
  });

  it('answers 404 for a user that is not there, and 404 with no call for a malformed id', async () => {
    const missing = '12345678-1234-1234-1234-123456789012';
    await rejectsScim(fixture.service().remove(missing, OKTA, {}), 404, undefined, new RegExp(`User ${missing} not found`));
    assert.deepEqual(fixture.operations(), ['DeleteUser']);
    fixture.emulator.calls.clear();
    await rejectsScim(fixture.service().remove('../etc', OKTA, {}), 404, undefined, /not found/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('honours If-Match: a stale version is 412 and nothing is deleted; the current one deletes', async () => {
    const { id, version } = await fresh();
    await rejectsScim(fixture.service().remove(id, OKTA, { ifMatch: 'W/"stale"' }), 412, undefined, /has changed/);
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
    assert.notEqual(await fixture.store.describeUser(id), undefined);
    fixture.emulator.calls.clear();
    await fixture.service().remove(id, OKTA, { ifMatch: version });
    assert.deepEqual(fixture.operations(), ['DescribeUser', 'DeleteUser']);
  });
});
