import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, ENTERPRISE_URN, OKTA, openUserFixture, PATCH_URN, rejectsScim, userBody, type UserFixture, idOf } from './user-fixture.ts';

interface UpdateInput { readonly Operations: readonly { readonly AttributePath: string; readonly AttributeValue?: unknown }[] }

describe('UserService.replace and patch', () => {
  let fixture: UserFixture;
  let seq = 0;
  const fresh = async (extra: Record<string, unknown> = {}): Promise<{ id: string; version: string; body: Record<string, unknown> }> => {
    seq += 1;
    const body = userBody(`update-${seq}`, extra);
    const created = await fixture.service().create(body, ALL, OKTA);
    fixture.emulator.calls.clear();
    return { id: idOf(created), version: created.version, body };
  };
  const updates = (): UpdateInput[] => fixture.emulator.calls.list().filter((call) => call.operation === 'UpdateUser').map((call) => call.input as UpdateInput);

  before(async () => { fixture = await openUserFixture(); });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  it('PUT with nothing changed is one DescribeUser and no write; the version stays', async () => {
    const { id, version, body } = await fresh({ externalId: 'put-same' });
    const result = await fixture.service().replace(id, { ...body, id: 'ignored', meta: { version: 'x' } }, ALL, OKTA, {});
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
    assert.equal(result.version, version);
    assert.equal(result.resource.id, id);
  });

  it('PUT sends only the changed paths and removes what the body leaves out', async () => {
    const { id, body } = await fresh({ title: 'Guide' });
    const result = await fixture.service().replace(id, { ...body, title: undefined, nickName: 'Babs' }, ALL, OKTA, {});
    assert.deepEqual(fixture.operations(), ['DescribeUser', 'UpdateUser']);
    assert.deepEqual(updates()[0]?.Operations, [{ AttributePath: 'nickName', AttributeValue: 'Babs' }, { AttributePath: 'title' }]);
    assert.equal(result.resource.nickName, 'Babs');
    assert.equal(result.resource.title, undefined);
  });

  it('PUT refuses a userName the store would refuse, before any call', async () => {
    const { id, body } = await fresh();
    await rejectsScim(fixture.service().replace(id, { ...body, userName: 'x>y' }, ALL, OKTA, {}), 400, 'invalidValue', /character ">"/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('PATCH one attribute is DescribeUser and one UpdateUser with exactly that path (no read-back)', async () => {
    const { id, version } = await fresh();
    const result = await fixture.service().patch(id, { schemas: [PATCH_URN], Operations: [{ op: 'replace', path: 'title', value: 'Captain' }] }, ALL, OKTA, {});
    assert.deepEqual(fixture.operations(), ['DescribeUser', 'UpdateUser']);
    assert.deepEqual(updates()[0]?.Operations, [{ AttributePath: 'title', AttributeValue: 'Captain' }]);
    assert.equal(result.resource.title, 'Captain');
    assert.notEqual(result.version, version);
  });

  it('PATCH of an enterprise attribute sends the extension path', async () => {
    const { id } = await fresh({ [ENTERPRISE_URN]: { department: 'Tours' } });
    const result = await fixture.service().patch(id, { Operations: [{ op: 'replace', path: `${ENTERPRISE_URN}:department`, value: 'Sales' }] }, ALL, OKTA, {});
    assert.deepEqual(updates()[0]?.Operations, [{ AttributePath: 'aws:identitystore:enterprise.department', AttributeValue: 'Sales' }]);
    assert.deepEqual(result.resource[ENTERPRISE_URN], { department: 'Sales' });
  });

  it('PATCH that removes displayName derives it again; removing familyName is refused with no write', async () => {
    const { id } = await fresh();
    const derived = await fixture.service().patch(id, { Operations: [{ op: 'remove', path: 'displayName' }] }, ALL, OKTA, {});
    assert.equal(derived.resource.displayName, 'Barbara Jensen');
    fixture.emulator.calls.clear();
    await rejectsScim(fixture.service().patch(id, { Operations: [{ op: 'remove', path: 'name.familyName' }] }, ALL, OKTA, {}), 400, 'invalidValue', /requires name\.familyName/);
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
  });

  it('PATCH with a malformed body is refused before any call; a malformed id is 404 with no call', async () => {
    await rejectsScim(fixture.service().patch('12345678-1234-1234-1234-123456789012', { Operations: [] }, ALL, OKTA, {}), 400, 'invalidSyntax', /Operations/);
    await rejectsScim(fixture.service().patch('nope', { Operations: [{ op: 'remove', path: 'title' }] }, ALL, OKTA, {}), 404, undefined, /User nope not found/);
    await rejectsScim(fixture.service().replace('nope', userBody('whoever'), ALL, OKTA, {}), 404, undefined, /User nope not found/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('PATCH of a user that does not exist is 404 after one DescribeUser', async () => {
    const missing = '12345678-1234-1234-1234-123456789012';
    await rejectsScim(fixture.service().patch(missing, { Operations: [{ op: 'remove', path: 'title' }] }, ALL, OKTA, {}), 404, undefined, new RegExp(`User ${missing} not found`));
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
  });

  it('If-Match: a stale version is 412 with no write; the current one, a list holding it, a strong form and * succeed', async () => {
    const { id, version } = await fresh();
    const patch = (value: string) => ({ Operations: [{ op: 'replace', path: 'title', value }] });
    await rejectsScim(fixture.service().patch(id, patch('a'), ALL, OKTA, { ifMatch: 'W/"stale"' }), 412, undefined, /has changed/);
    await rejectsScim(fixture.service().replace(id, userBody('whatever'), ALL, OKTA, { ifMatch: 'W/"stale"' }), 412, undefined, /has changed/);
    assert.deepEqual(fixture.operations(), ['DescribeUser', 'DescribeUser']);
    const first = await fixture.service().patch(id, patch('b'), ALL, OKTA, { ifMatch: `W/"other", ${version}` });
    const second = await fixture.service().patch(id, patch('c'), ALL, OKTA, { ifMatch: first.version.slice(2) });
    await rejectsScim(fixture.service().patch(id, patch('d'), ALL, OKTA, { ifMatch: first.version }), 412, undefined, /has changed/);
    const third = await fixture.service().patch(id, patch('e'), ALL, OKTA, { ifMatch: '*' });
    assert.notEqual(second.version, third.version);
    assert.equal(third.resource.title, 'e');
  });

  it('externalId: a change relinks in state without an UpdateUser; removing it unlinks; another user\'s is 409 with no write', async () => {
    const { id } = await fresh({ externalId: 'ext-old' });
    const changed = await fixture.service().patch(id, { Operations: [{ op: 'replace', path: 'externalId', value: 'ext-new' }] }, ALL, OKTA, {});
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
    assert.equal(changed.resource.externalId, 'ext-new');
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'ext-new'), id);
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'ext-old'), undefined);

    const other = await fresh({ externalId: 'taken' });
    await rejectsScim(fixture.service().patch(id, { Operations: [{ op: 'replace', path: 'externalId', value: 'taken' }, { op: 'replace', path: 'title', value: 'T' }] }, ALL, OKTA, {}), 409, 'uniqueness', /externalId "taken"/);
    assert.deepEqual(fixture.operations(), ['DescribeUser']);
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'taken'), other.id);

    const removed = await fixture.service().patch(id, { Operations: [{ op: 'remove', path: 'externalId' }] }, ALL, OKTA, {});
    assert.equal(removed.resource.externalId, undefined);
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'ext-new'), undefined);
  });
});
