/**
 * X-Forwarded-Proto/-Host shape `Location` and `meta.location` only when the peer is a proxy that
 * SCIM_BRIDGE_TRUST_PROXY trusts; otherwise any client could make the gateway hand IdPs URLs on a
 * host of its choosing. SCIM_BRIDGE_PUBLIC_URL, when set, wins over both.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newUser, startScimGateway } from '../helpers/scim-gateway.ts';

const FORWARDED = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'scim.example.com' };

interface Located {
  readonly location: string | undefined;
  readonly metaLocation: string;
  readonly resourceTypeLocation: string;
}

async function locationsBehind(env: Record<string, string>): Promise<Located & { readonly origin: string }> {
  const scim = await startScimGateway(env);
  try {
    const created = await scim.post('/Users', newUser('proxied@example.com')).set(FORWARDED);
    assert.equal(created.status, 201);
    const resourceType = await scim.get('/ResourceTypes/User').set(FORWARDED);
    return {
      origin: scim.origin,
      location: created.headers['location'],
      metaLocation: (created.body as { meta: { location: string } }).meta.location,
      resourceTypeLocation: (resourceType.body as { meta: { location: string } }).meta.location,
    };
  } finally {
    await scim.close();
  }
}

describe('trust proxy', () => {
  it('ignores X-Forwarded-* by default', async () => {
    const seen = await locationsBehind({});
    assert.match(seen.location ?? '', new RegExp(`^${seen.origin}/scim/v2/Users/[\\w-]+$`));
    assert.equal(seen.metaLocation, seen.location);
    assert.equal(seen.resourceTypeLocation, `${seen.origin}/scim/v2/ResourceTypes/User`);
  });

  it('ignores them from a peer outside the trusted ranges', async () => {
    const seen = await locationsBehind({ SCIM_BRIDGE_TRUST_PROXY: '10.0.0.0/8' });
    assert.ok(seen.location?.startsWith(`${seen.origin}/scim/v2/Users/`), seen.location);
  });

  it('honours them from a trusted proxy', async () => {
    const seen = await locationsBehind({ SCIM_BRIDGE_TRUST_PROXY: 'loopback' });
    assert.match(seen.location ?? '', /^https:\/\/scim\.example\.com\/scim\/v2\/Users\/[\w-]+$/);
    assert.equal(seen.metaLocation, seen.location);
    assert.equal(seen.resourceTypeLocation, 'https://scim.example.com/scim/v2/ResourceTypes/User');
  });

  it('SCIM_BRIDGE_PUBLIC_URL wins over forwarded headers', async () => {
    const seen = await locationsBehind({ SCIM_BRIDGE_TRUST_PROXY: 'true', SCIM_BRIDGE_PUBLIC_URL: 'https://idp-gateway.example.org' });
    assert.match(seen.location ?? '', /^https:\/\/idp-gateway\.example\.org\/scim\/v2\/Users\//);
  });
});
