/**
 * Input limits over real HTTP (RFC 7644 section 7): oversized bodies, deep or long filters,
 * overlong attribute lists and repeated query parameters are refused with SCIM errors before any
 * Identity Store call; an oversized `count` is clamped (RFC 7644 section 3.4.2.4), not obeyed.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from '../../../src/scim/filter/filter-limits.ts';
import { MAX_SELECTED_ATTRIBUTES } from '../../../src/scim/list/parse-attribute-selection.ts';
import { MAX_BODY_BYTES } from '../../../src/http/middleware/parse-json-body.ts';
import { newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertNoIdentityStoreCall, assertScimRefusal } from './security-assertions.ts';

let scim: ScimGateway;

before(async () => {
  scim = await startScimGateway();
});
after(() => scim.close());
beforeEach(() => scim.emulator?.calls.clear());

const query = (params: string): string => `/Users?${params}`;

describe('request limits', () => {
  it('a body over the limit is 413 and is not read', async () => {
    const body = JSON.stringify(newUser('big@example.com', { title: 'x'.repeat(MAX_BODY_BYTES) }));
    const res = await request(scim.origin).post('/scim/v2/Users').set('Authorization', `Bearer ${scim.token}`).set('Content-Type', 'application/scim+json').send(body);
    assertScimRefusal(res, { status: 413, detail: new RegExp(`exceeds the limit of ${MAX_BODY_BYTES} bytes`) });
    assertNoIdentityStoreCall(scim.emulator);
  });

  it(`a filter nested deeper than ${MAX_FILTER_DEPTH} levels is 400 invalidFilter`, async () => {
    const depth = MAX_FILTER_DEPTH + 8;
    const filter = `${'('.repeat(depth)}userName eq "a"${')'.repeat(depth)}`;
    const res = await scim.get(query(`filter=${encodeURIComponent(filter)}`));
    assertScimRefusal(res, { status: 400, scimType: 'invalidFilter', detail: /nest|deep|depth/i });
    assertNoIdentityStoreCall(scim.emulator);
  });

  it(`a filter longer than ${MAX_FILTER_LENGTH} characters is 400 invalidFilter`, async () => {
    const filter = `userName eq "${'a'.repeat(MAX_FILTER_LENGTH)}"`;
    const res = await scim.post('/Users/.search', { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter });
    assertScimRefusal(res, { status: 400, scimType: 'invalidFilter', detail: /long|length|characters/i });
    assertNoIdentityStoreCall(scim.emulator);
  });

  it(`an attributes list of more than ${MAX_SELECTED_ATTRIBUTES} names is 400 invalidValue`, async () => {
    const names = Array.from({ length: MAX_SELECTED_ATTRIBUTES + 1 }, (_, i) => `name.givenName${i}`).join(',');
    const res = await scim.get(query(`attributes=${names}`));
    assertScimRefusal(res, { status: 400, scimType: 'invalidValue', detail: new RegExp(`at most ${MAX_SELECTED_ATTRIBUTES}`) });
    assertNoIdentityStoreCall(scim.emulator);
  });

  it('a count above the page size is clamped, never passed on', async () => {
    await scim.post('/Users', newUser('one@example.com'));
    scim.emulator?.calls.clear();
    const res = await scim.get(query('count=1000000'));
    assert.equal(res.status, 200);
    assert.ok((res.body as { itemsPerPage: number }).itemsPerPage <= 100);
    const calls = scim.emulator?.calls.list() ?? [];
    assert.ok(calls.length > 0);
    for (const call of calls) assert.ok(((call.input as { MaxResults?: number }).MaxResults ?? 0) <= 100, JSON.stringify(call.input));
  });
});

describe('repeated query parameters', () => {
  for (const [name, path, parameter] of [
    ['the same name twice on a list', query('filter=userName%20eq%20%22a%22&filter=userName%20eq%20%22b%22'), 'filter'],
    ['two spellings of one parameter', query('count=1&Count=2'), 'Count'],
    ['on a single resource', '/Users/abc?attributes=userName&attributes=emails', 'attributes'],
    ['a parameter the gateway does not use', query('foo=1&foo=2'), 'foo'],
  ] as const) {
    it(`are refused with 400 invalidSyntax naming the parameter: ${name}`, async () => {
      const res = await scim.get(path);
      assertScimRefusal(res, { status: 400, scimType: 'invalidSyntax', detail: new RegExp(`The query parameter "${parameter}" is given more than once`) });
      assertNoIdentityStoreCall(scim.emulator);
    });
  }

  it('are checked after authentication: an anonymous client learns nothing', async () => {
    const res = await scim.get(query('filter=a&filter=b'), '');
    assertScimRefusal(res, { status: 401, detail: /Missing bearer token/ });
  });
});
