/**
 * POST, PUT and PATCH /Groups answer from what they wrote, without a DescribeGroup read-back
 * (decision 0008): the answer must be what a GET then shows (members in any order, SCIM lists
 * have none; `meta.created`/`lastModified` aside, which come from the gateway's clock) with the
 * same ETag. Generated names, externalIds and member sets against the emulator; a fixed create
 * against moto.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzSeed, reproduceHint } from '../fuzz/support/fuzz-seed.ts';
import { PATCH_OP, newUser, startScimGateway, startScimGatewayWithMoto, type ScimGateway } from '../helpers/scim-gateway.ts';
import { memberValues, newGroup } from './group-fixture.ts';

const FILE = 'test/http/groups/group-writes-answer-as-read.test.ts';
const RUNS = 40;

type Json = Record<string, unknown>;
type Answer = { readonly status: number; readonly text: string; readonly body: unknown; readonly headers: Record<string, string | undefined> };

function comparable(body: Json): Json {
  const { meta, members, ...rest } = body;
  const { created: _created, lastModified: _lastModified, ...stable } = (meta ?? {}) as Json;
  const sorted = Array.isArray(members) ? [...(members as { value: string }[])].sort((a, b) => a.value.localeCompare(b.value)) : undefined;
  return { ...rest, ...(meta === undefined ? {} : { meta: stable }), ...(sorted === undefined ? {} : { members: sorted }) };
}

/**
 * The answer against a GET of the same group with the same `query` (projection); an answer that
 * leaves members out (a PATCH does unless asked) is compared with a GET that excludes them.
 */
async function assertAnswersAsRead(scim: ScimGateway, answer: Answer, request: string, projection?: string): Promise<void> {
  assert.ok(answer.status === 200 || answer.status === 201, `${request}: ${answer.status} ${answer.text}`);
  const body = answer.body as Json;
  const query = projection ?? ('members' in body ? '' : '?excludedAttributes=members');
  const read = await scim.get(`/Groups/${String(body['id'])}${query}`);
  assert.equal(read.status, 200, read.text);
  assert.deepEqual(comparable(body), comparable(read.body as Json), `the answer to ${request} is not what a read shows`);
  assert.equal(answer.headers['etag'], read.headers['etag']);
}

describe('/Groups writes answer what a GET then reads (emulator)', () => {
  let scim: ScimGateway;
  let users: string[] = [];
  before(async () => {
    scim = await startScimGateway({ SCIM_BRIDGE_RATE_LIMIT_RPS: '0' });
    users = [];
    for (let index = 0; index < 6; index += 1) {
      const created = await scim.post('/Users', newUser(`group-as-read-${index}@example.com`));
      users.push((created.body as { id: string }).id);
    }
  });
  after(() => scim.close());

  it(`holds for ${RUNS} generated creates, renames, member changes and replacements`, async () => {
    const seed = fuzzSeed();
    console.log(`# ${FILE} seed ${seed}`);
    let serial = 0;
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._-]{0,20}$/);
    const subset = fc.subarray(users);
    const scenario = fc.nat().chain(() => {
      serial += 1;
      return fc.record({ name, renamed: name, members: subset, added: subset, replacement: subset, externalId: fc.option(fc.constant(`group-ext-${serial}`)), serial: fc.constant(serial) });
    });
    const property = fc.asyncProperty(scenario, async ({ name: base, renamed, members, added, replacement, externalId, serial: n }) => {
      const displayName = `${base} ${n}`;
      const created = await scim.post('/Groups', newGroup(displayName, { members: memberValues(members), ...(externalId === null ? {} : { externalId }) }));
      assert.equal(created.status, 201, created.text);
      await assertAnswersAsRead(scim, created, `POST ${displayName}`);
      const location = `/Groups/${(created.body as { id: string }).id}`;
      const rename = await scim.patch(location, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'displayName', value: `${renamed} ${n}r` }] });
      await assertAnswersAsRead(scim, rename, 'PATCH displayName');
      const projection = '?attributes=members,displayName';
      const add = await scim.patch(`${location}${projection}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: memberValues(added) }] });
      await assertAnswersAsRead(scim, add, 'PATCH add members', projection);
      // Once more without a projection, so meta is compared too.
      const full = await scim.patch(location, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: memberValues(added) }] });
      await assertAnswersAsRead(scim, full, 'PATCH add members again');
      const put = await scim.put(location, newGroup(`${base} ${n}p`, { members: memberValues(replacement) }));
      await assertAnswersAsRead(scim, put, 'PUT');
    });
    try {
      await fc.assert(property, { seed, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true });
    } catch (error) {
      throw new Error(`${reproduceHint(seed, FILE)}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
});

describe('/Groups writes answer what a GET then reads (moto)', () => {
  let scim: ScimGateway;
  before(async () => { scim = await startScimGatewayWithMoto(); });
  after(() => scim.close());

  it('holds for a created group', async () => {
    const created = await scim.post('/Groups', newGroup('moto-as-read', { externalId: 'moto-group-ext' }));
    await assertAnswersAsRead(scim, created, 'POST');
  });
});
