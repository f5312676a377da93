import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { selectAttribute } from '../../../../src/scim/projection/select-attribute.ts';
import { defineAttribute } from '../../../../src/scim/schema/define-attribute.ts';

// Synthetic definitions: our schemas have no `request` attribute, but RFC 7643 section 2.4 defines it.
const token = defineAttribute({ name: 'token', returned: 'request', description: '' });
const profile = defineAttribute({
  name: 'profile', type: 'complex', description: '',
  subAttributes: [
    defineAttribute({ name: 'key', returned: 'always', description: '' }),
    defineAttribute({ name: 'label', description: '' }),
    defineAttribute({ name: 'secret', returned: 'request', description: '' }),
    defineAttribute({ name: 'hash', returned: 'never', description: '' }),
  ],
});
const subs = profile.subAttributes ?? [];
const kept = (filter: ((sub: (typeof subs)[number]) => boolean) | undefined) => (filter === undefined ? undefined : subs.filter(filter).map((sub) => sub.name));

describe('selectAttribute (RFC 7643 section 2.4)', () => {
  it('returns request attributes only when listed in attributes', () => {
    assert.equal(selectAttribute(token, undefined, { kind: 'default' }), undefined);
    assert.equal(selectAttribute(token, undefined, { kind: 'exclude', paths: [] }), undefined);
    assert.ok(selectAttribute(token, undefined, { kind: 'include', paths: [{ attribute: 'TOKEN' }] }));
  });

  it('keeps default and always sub-attributes by default, never the never ones', () => {
    assert.deepEqual(kept(selectAttribute(profile, undefined, { kind: 'default' })), ['key', 'label']);
  });

  it('adds a request sub-attribute when named, and keeps always sub-attributes when another is named', () => {
    assert.deepEqual(kept(selectAttribute(profile, undefined, { kind: 'include', paths: [{ attribute: 'profile' }, { attribute: 'profile', subAttribute: 'secret' }] })), ['key', 'label', 'secret']);
    assert.deepEqual(kept(selectAttribute(profile, undefined, { kind: 'include', paths: [{ attribute: 'profile', subAttribute: 'label' }] })), ['key', 'label']);
    assert.deepEqual(kept(selectAttribute(profile, undefined, { kind: 'include', paths: [{ attribute: 'profile', subAttribute: 'hash' }] })), ['key']);
  });

  it('cannot exclude always sub-attributes', () => {
    assert.deepEqual(kept(selectAttribute(profile, undefined, { kind: 'exclude', paths: [{ attribute: 'profile', subAttribute: 'key' }, { attribute: 'profile', subAttribute: 'label' }] })), ['key']);
  });

  it('matches a path to an attribute only in the same schema', () => {
    const ext = 'urn:example:ext';
    assert.equal(selectAttribute(profile, ext, { kind: 'include', paths: [{ attribute: 'profile' }] }), undefined);
    assert.ok(selectAttribute(profile, ext, { kind: 'include', paths: [{ schema: ext, attribute: 'profile' }] }));
    assert.ok(selectAttribute(profile, undefined, { kind: 'exclude', paths: [{ schema: ext, attribute: 'profile' }] }));
  });
});
