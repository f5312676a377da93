/**
 * /scim/v2/Users over real HTTP against the whole gateway (embedded emulator, real SDK): every
 * endpoint with its success and error paths, RFC 7644 sections 3.3-3.6, 3.12 and 3.14.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { bodyAs, type ErrorBody } from '../helpers/test-app.ts';
import { LIST_RESPONSE, PATCH_OP, SCIM_JSON, USER_SCHEMA, newUser, operations, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

interface UserBody {
  readonly id: string;
  readonly userName: string;
  readonly active?: boolean;
  readonly title?: string;
  readonly displayName?: string;
  readonly name?: { readonly givenName?: string; readonly familyName?: string };
  readonly emails?: readonly { readonly value: string }[];
  readonly meta: { readonly location: string; readonly version: string; readonly resourceType: string };
}

interface ListBody {
  readonly schemas: readonly string[];
  readonly totalResults: number;
  readonly itemsPerPage: number;
  readonly startIndex: number;
  readonly Resources: readonly UserBody[];
}

let scim: ScimGateway;
let seq = 0;

async function createUser(extra: Record<string, unknown> = {}): Promise<UserBody> {
  seq += 1;
  const res = await scim.post('/Users', newUser(`user${String(seq)}@example.com`, extra));
  assert.equal(res.status, 201, res.text);
  return bodyAs<UserBody>(res);
}

function assertScimError(res: { status: number; text: string; headers: Record<string, string>; body: unknown }, status: number, scimType?: string, detail?: RegExp): void {
  assert.equal(res.status, status, res.text);
  assert.equal(res.headers['content-type'], SCIM_JSON);
  const body = bodyAs<ErrorBody>(res);
  assert.deepEqual(body.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
  assert.equal(body.status, String(status));
  assert.equal(body.scimType, scimType);
  if (detail !== undefined) assert.match(body.detail, detail);
}

describe('/Users endpoints', () => {
  before(async () => {
    scim = await startScimGateway();
  });
  after(async () => {
    await scim.close();
  });

  describe('authentication and scopes', () => {
    it('401 with a Bearer challenge without a token, and the Identity Store sees nothing', async () => {
      scim.emulator?.calls.clear();
      const res = await scim.get('/Users', '');
      assertScimError(res, 401);
      assert.match(String(res.headers['www-authenticate']), /^Bearer/);
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('a scim:read token may list and get but not write (403 insufficient_scope, no store call)', async () => {
      const user = await createUser();
      const reader = scim.tokenFor(['scim:read']);
      assert.equal((await scim.get('/Users', reader)).status, 200);
      assert.equal((await scim.get(`/Users/${user.id}`, reader)).status, 200);
      scim.emulator?.calls.clear();
      for (const res of [
        await scim.post('/Users', newUser('reader-made@example.com'), reader),
        await scim.put(`/Users/${user.id}`, newUser(user.userName), reader),
        await scim.patch(`/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'x' }] }, reader),
        await scim.delete(`/Users/${user.id}`, reader),
      ]) {
        assertScimError(res, 403, undefined, /scim:write/);
        assert.match(String(res.headers['www-authenticate']), /insufficient_scope/);
      }
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('a scim:write token may read what it provisions', async () => {
      const user = await createUser();
      assert.equal((await scim.get(`/Users/${user.id}`, scim.tokenFor(['scim:write']))).status, 200);
    });
  });

  describe('POST /Users', () => {
    it('201 with Location, ETag = meta.version, scim+json', async () => {
      const res = await scim.post('/Users', newUser('create@example.com', { title: 'Queen' }));
      assert.equal(res.status, 201, res.text);
      assert.equal(res.headers['content-type'], SCIM_JSON);
      const user = bodyAs<UserBody>(res);
      assert.equal(user.userName, 'create@example.com');
      assert.equal(user.title, 'Queen');
      assert.equal(res.headers['location'], `${scim.gateway.url}/Users/${user.id}`);
      assert.equal(user.meta.location, res.headers['location']);
      assert.equal(res.headers['etag'], user.meta.version);
      assert.match(user.meta.version, /^W\/".+"$/);
    });

    it('accepts application/json too', async () => {
      const res = await request(scim.origin).post('/scim/v2/Users').set('Authorization', `Bearer ${scim.token}`).send(newUser('plain-json@example.com'));
      assert.equal(res.status, 201, res.text);
    });

    it('honours ?attributes= on the answer (RFC 7644 section 3.9)', async () => {
      const res = await scim.post('/Users?attributes=userName', newUser('selected@example.com', { title: 'Hidden' }));
      assert.equal(res.status, 201, res.text);
      const user = bodyAs<UserBody>(res);
      assert.equal(user.userName, 'selected@example.com');
      assert.equal(user.title, undefined);
      assert.ok(user.id);
    });

    it('409 uniqueness for a duplicate userName (case-insensitive)', async () => {
      await createUser({ userName: 'dup@example.com' });
      const res = await scim.post('/Users', newUser('DUP@example.com'));
      assertScimError(res, 409, 'uniqueness');
    });

    it('400 invalidSyntax for malformed JSON, without calling the store', async () => {
      scim.emulator?.calls.clear();
      const res = await request(scim.origin).post('/scim/v2/Users').set('Authorization', `Bearer ${scim.token}`).type('application/scim+json').send('{"schemas": [');
      assertScimError(res, 400, 'invalidSyntax');
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('400 naming the accepted media types for another Content-Type', async () => {
      scim.emulator?.calls.clear();
      const res = await request(scim.origin).post('/scim/v2/Users').set('Authorization', `Bearer ${scim.token}`).type('text/plain').send(JSON.stringify(newUser('text@example.com')));
      assertScimError(res, 400, 'invalidSyntax', /application\/scim\+json or application\/json/);
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('400 for a body that is not an object', async () => {
      assertScimError(await scim.post('/Users', ['not', 'an', 'object']), 400, 'invalidSyntax', /JSON object/);
    });

    it('400 before calling AWS for a userName with a forbidden character', async () => {
      scim.emulator?.calls.clear();
      const res = await scim.post('/Users', newUser('bad<name@example.com'));
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(operations(scim.emulator), []);
    });
  });

  describe('GET /Users/{id}', () => {
    it('200 with ETag; If-None-Match with the current version is 304 without a body', async () => {
      const user = await createUser();
      const res = await scim.get(`/Users/${user.id}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], SCIM_JSON);
      assert.equal(res.headers['etag'], user.meta.version);
      const cached = await scim.get(`/Users/${user.id}`).set('If-None-Match', user.meta.version);
      assert.equal(cached.status, 304);
      assert.equal(cached.text, '');
      assert.equal(cached.headers['etag'], user.meta.version);
      const stale = await scim.get(`/Users/${user.id}`).set('If-None-Match', 'W/"stale"');
      assert.equal(stale.status, 200);
    });

    it('attributes / excludedAttributes shape the answer; id and schemas always come back', async () => {
      const user = await createUser({ title: 'Queen' });
      const only = bodyAs<UserBody>(await scim.get(`/Users/${user.id}?attributes=title`));
      assert.equal(only.title, 'Queen');
      assert.equal(only.id, user.id);
      assert.equal(only.userName, undefined);
      const without = bodyAs<UserBody>(await scim.get(`/Users/${user.id}?excludedAttributes=title,emails`));
      assert.equal(without.title, undefined);
      assert.equal(without.emails, undefined);
      assert.equal(without.userName, user.userName);
    });

    it('404 for a malformed id without calling the store, and for an unknown one', async () => {
      scim.emulator?.calls.clear();
      assertScimError(await scim.get('/Users/not-an-id'), 404);
      assert.deepEqual(operations(scim.emulator), []);
      assertScimError(await scim.get('/Users/0123456789-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'), 404);
    });
  });

  describe('GET /Users and POST /Users/.search', () => {
    it('filter userName eq finds the user (case-insensitive) and lists as a ListResponse', async () => {
      const user = await createUser();
      const res = await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${user.userName.toUpperCase()}"`)}`);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers['content-type'], SCIM_JSON);
      const list = bodyAs<ListBody>(res);
      assert.deepEqual(list.schemas, [LIST_RESPONSE]);
      assert.equal(list.totalResults, 1);
      assert.equal(list.Resources[0]?.id, user.id);
    });

    it('Okta test connection: userName eq an unknown name with startIndex=1&count=100 is 200 with totalResults 0', async () => {
      const res = await scim.get(`/Users?filter=${encodeURIComponent('userName eq "okta-test-connection@example.com"')}&startIndex=1&count=100`);
      assert.equal(res.status, 200, res.text);
      const list = bodyAs<ListBody>(res);
      assert.equal(list.totalResults, 0);
      assert.deepEqual(list.Resources, []);
    });

    it('400 invalidFilter for a filter that does not parse, without calling the store', async () => {
      scim.emulator?.calls.clear();
      assertScimError(await scim.get(`/Users?filter=${encodeURIComponent('userName eq')}`), 400, 'invalidFilter');
      assertScimError(await scim.post('/Users/.search', { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'userName zz "x"' }), 400, 'invalidFilter');
      assert.deepEqual(operations(scim.emulator), []);
    });

    it('pages with startIndex/count', async () => {
      const prefix = `page${String(Date.now())}`;
      for (let i = 0; i < 5; i += 1) await createUser({ userName: `${prefix}-${String(i)}@example.com`, title: prefix });
      const filter = encodeURIComponent(`title eq "${prefix}"`);
      const first = bodyAs<ListBody>(await scim.get(`/Users?filter=${filter}&startIndex=1&count=2&sortBy=userName`));
      assert.equal(first.totalResults, 5);
      assert.equal(first.itemsPerPage, 2);
      assert.equal(first.startIndex, 1);
      assert.deepEqual(first.Resources.map((u) => u.userName), [`${prefix}-0@example.com`, `${prefix}-1@example.com`]);
      const last = bodyAs<ListBody>(await scim.get(`/Users?filter=${filter}&startIndex=5&count=2&sortBy=userName`));
      assert.equal(last.startIndex, 5);
      assert.deepEqual(last.Resources.map((u) => u.userName), [`${prefix}-4@example.com`]);
    });

    it('pages with cursor/count (RFC 9865) and refuses a forged cursor with invalidCursor', async () => {
      const prefix = `cursor${String(Date.now())}`;
      for (let i = 0; i < 3; i += 1) await createUser({ userName: `${prefix}-${String(i)}@example.com`, title: prefix });
      const filter = encodeURIComponent(`title eq "${prefix}"`);
      const seen: string[] = [];
      let res = await scim.get(`/Users?filter=${filter}&cursor&count=2`);
      for (;;) {
        assert.equal(res.status, 200, res.text);
        const page = res.body as ListBody & { nextCursor?: string };
        seen.push(...page.Resources.map((u) => u.userName));
        if (page.nextCursor === undefined) break;
        res = await scim.get(`/Users?filter=${filter}&cursor=${encodeURIComponent(page.nextCursor)}&count=2`);
      }
      assert.deepEqual(seen.sort(), [0, 1, 2].map((i) => `${prefix}-${String(i)}@example.com`));
      assertScimError(await scim.get(`/Users?filter=${filter}&cursor=forged&count=2`), 400, 'invalidCursor');
    });

    it('POST /Users/.search takes the same query as a body', async () => {
      const user = await createUser();
      const res = await scim.post('/Users/.search', {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
        filter: `userName eq "${user.userName}"`,
        attributes: ['userName'],
        startIndex: 1,
        count: 10,
      });
      assert.equal(res.status, 200, res.text);
      const list = bodyAs<ListBody>(res);
      assert.equal(list.totalResults, 1);
      assert.equal(list.Resources[0]?.userName, user.userName);
      assert.equal(list.Resources[0]?.emails, undefined);
    });
  });

  describe('PUT /Users/{id}', () => {
    it('replaces and answers with a new ETag', async () => {
      const user = await createUser();
      const res = await scim.put(`/Users/${user.id}`, newUser(user.userName, { title: 'Duchess' })).set('If-Match', user.meta.version);
      assert.equal(res.status, 200, res.text);
      const replaced = bodyAs<UserBody>(res);
      assert.equal(replaced.title, 'Duchess');
      assert.equal(res.headers['etag'], replaced.meta.version);
      assert.notEqual(replaced.meta.version, user.meta.version);
    });

    it('412 with a stale If-Match, and no UpdateUser reaches the store', async () => {
      const user = await createUser();
      assert.equal((await scim.put(`/Users/${user.id}`, newUser(user.userName, { title: 'First' }))).status, 200);
      scim.emulator?.calls.clear();
      const res = await scim.put(`/Users/${user.id}`, newUser(user.userName, { title: 'Second' })).set('If-Match', user.meta.version);
      assertScimError(res, 412);
      assert.ok(!operations(scim.emulator).includes('UpdateUser'));
      assert.equal(bodyAs<UserBody>(await scim.get(`/Users/${user.id}`)).title, 'First');
    });

    it('404 for an unknown id', async () => {
      assertScimError(await scim.put('/Users/0123456789-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', newUser('ghost@example.com')), 404);
    });
  });

  describe('PATCH /Users/{id}', () => {
    it('Entra ID dialect: capitalised ops, "False", path-less dotted keys; 200 with the resource', async () => {
      const user = await createUser();
      const res = await scim.patch(`/Users/${user.id}`, {
        schemas: [PATCH_OP],
        Operations: [
          { op: 'Replace', path: 'active', value: 'False' },
          { op: 'Add', value: { 'name.givenName': 'Alicia', title: 'Queen of Hearts' } },
        ],
      });
      assert.equal(res.status, 200, res.text);
      const patched = bodyAs<UserBody>(res);
      assert.equal(patched.active, false);
      assert.equal(patched.name?.givenName, 'Alicia');
      assert.equal(patched.title, 'Queen of Hearts');
      assert.equal(res.headers['etag'], patched.meta.version);
      const read = bodyAs<UserBody>(await scim.get(`/Users/${user.id}`));
      assert.equal(read.active, false);
      assert.equal(read.name?.givenName, 'Alicia');
    });

    it('honours ?attributes= on the answer', async () => {
      const user = await createUser();
      const res = await scim.patch(`/Users/${user.id}?attributes=title`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Knave' }] });
      assert.equal(res.status, 200, res.text);
      const patched = bodyAs<UserBody>(res);
      assert.equal(patched.title, 'Knave');
      assert.equal(patched.userName, undefined);
    });

    it('412 with a stale If-Match', async () => {
      const user = await createUser();
      const res = await scim.patch(`/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'x' }] }).set('If-Match', 'W/"stale"');
      assertScimError(res, 412);
    });

    it('400 for a body without the PatchOp schema', async () => {
      const user = await createUser();
      assertScimError(await scim.patch(`/Users/${user.id}`, { Operations: [] }), 400, 'invalidSyntax');
    });
  });

  describe('DELETE /Users/{id}', () => {
    it('204 without a body, then GET is 404 and a second DELETE is 404', async () => {
      const user = await createUser();
      const res = await scim.delete(`/Users/${user.id}`);
      assert.equal(res.status, 204);
      assert.equal(res.text, '');
      assertScimError(await scim.get(`/Users/${user.id}`), 404);
      assertScimError(await scim.delete(`/Users/${user.id}`), 404);
    });

    it('404 for a malformed id', async () => {
      assertScimError(await scim.delete('/Users/nope'), 404);
    });
  });

  it('meta.location honours SCIM_BRIDGE_PUBLIC_URL', async () => {
    const proxied = await startScimGateway({ SCIM_BRIDGE_PUBLIC_URL: 'https://scim.example.com' });
    try {
      const res = await proxied.post('/Users', newUser('proxied@example.com'));
      assert.equal(res.status, 201, res.text);
      const user = bodyAs<UserBody>(res);
      assert.equal(res.headers['location'], `https://scim.example.com/scim/v2/Users/${user.id}`);
      assert.equal(user.meta.location, res.headers['location']);
    } finally {
      await proxied.close();
    }
  });

  it('answers every single resource with the User schema', async () => {
    const user = await createUser();
    const body = (await scim.get(`/Users/${user.id}`)).body as { schemas: string[] };
    assert.ok(body.schemas.includes(USER_SCHEMA));
  });
});
