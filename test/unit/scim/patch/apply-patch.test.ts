import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyPatch } from '../../../../src/scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../../../src/scim/patch/parse-patch-request.ts';
import type { PatchOperation } from '../../../../src/scim/patch/patch-operation.ts';
import type { ScimResource } from '../../../../src/scim/resource.ts';
import { WIDGET_EXTENSION_ID, WIDGET_SCHEMA, WIDGET_SCHEMA_ID } from '../../../fixtures/patch/widget-schema.ts';
import { body, scimError } from './helpers.ts';

const widget: ScimResource = {
  schemas: [WIDGET_SCHEMA_ID], id: 'w1', meta: { resourceType: 'Widget' },
  label: 'Gear', code: 'AbC', serial: 'S-1', checksum: 'c0ffee',
  size: { width: 1, height: 2, origin: 'NL' },
  contacts: [{ value: 'a@x', type: 'work', primary: true }, { value: 'b@x', type: 'home' }],
  parts: [{ value: 'P1', qty: 1 }, { value: 'p2', qty: 2 }],
  tags: ['red', 'blue'],
};

const patch = (resource: ScimResource, ...ops: unknown[]) => applyPatch(resource, parsePatchRequest(body(...ops), WIDGET_SCHEMA), WIDGET_SCHEMA);

describe('applyPatch: purity', () => {
  it('returns a new resource and leaves the input as it was', () => {
    const before = structuredClone(widget);
    const after = patch(widget, { op: 'replace', path: 'size.width', value: 9 }, { op: 'add', path: 'contacts', value: [{ value: 'c@x' }] }, { op: 'remove', path: 'tags[value eq "red"]' });
    assert.deepEqual(widget, before);
    assert.notEqual(after, widget);
    assert.deepEqual(after['size'], { width: 9, height: 2, origin: 'NL' });
    assert.deepEqual(after['tags'], ['blue']);
  });

  it('returns an equal resource for an empty operation list', () => {
    assert.deepEqual(applyPatch(widget, [], WIDGET_SCHEMA), widget);
  });

  it('applies nothing when a later operation fails (all or nothing)', () => {
    assert.throws(() => patch(widget, { op: 'replace', path: 'note', value: 'x' }, { op: 'replace', path: 'checksum', value: 'y' }), scimError('mutability', 'read-only'));
    assert.equal(widget['note'], undefined);
  });
});

describe('applyPatch: mutability', () => {
  it('refuses canonical operations on id, meta and readOnly attributes even when built by hand', () => {
    const ops: PatchOperation[] = [
      { op: 'replace', path: { attribute: { attribute: 'id' } }, value: 'w2' },
      { op: 'remove', path: { attribute: { attribute: 'meta' }, subAttribute: 'resourceType' } },
      { op: 'add', path: { attribute: { attribute: 'checksum' } }, value: 'x' },
      { op: 'replace', path: { attribute: { schema: WIDGET_EXTENSION_ID, attribute: 'owner' }, subAttribute: 'displayName' }, value: 'x' },
    ];
    for (const op of ops) assert.throws(() => applyPatch(widget, [op], WIDGET_SCHEMA), scimError('mutability', 'read-only'));
  });

  it('lets an immutable attribute be set once, re-sent unchanged, but not changed or removed', () => {
    const { serial: _serial, ...fresh } = widget;
    assert.equal(patch(fresh, { op: 'add', path: 'serial', value: 'S-9' })['serial'], 'S-9');
    assert.equal(patch(widget, { op: 'replace', path: 'serial', value: 'S-1' })['serial'], 'S-1');
    assert.throws(() => patch(widget, { op: 'replace', path: 'serial', value: 'S-2' }), scimError('mutability', '"serial" is immutable once set'));
    assert.throws(() => patch(widget, { op: 'remove', path: 'serial' }), scimError('mutability', 'immutable'));
  });

  it('guards immutable sub-attributes of complex and multi-valued attributes', () => {
    assert.throws(() => patch(widget, { op: 'replace', path: 'size.origin', value: 'BE' }), scimError('mutability', 'size.origin is immutable'));
    assert.throws(() => patch(widget, { op: 'remove', path: 'size.origin' }), scimError('mutability', 'immutable'));
    assert.throws(() => patch(widget, { op: 'replace', path: 'parts[value eq "P1"].value', value: 'P9' }), scimError('mutability', 'parts.value is immutable'));
    assert.deepEqual(patch(widget, { op: 'replace', path: 'parts[value eq "P1"].qty', value: 5 })['parts'], [{ value: 'P1', qty: 5 }, { value: 'p2', qty: 2 }]);
    // Replacing the whole list makes new values: their immutable sub-attributes are not changes.
    assert.deepEqual(patch(widget, { op: 'replace', path: 'parts', value: [{ value: 'P9' }] })['parts'], [{ value: 'P9' }]);
  });

  it('refuses to leave a required attribute unassigned, by remove, null or ""', () => {
    for (const op of [{ op: 'remove', path: 'label' }, { op: 'replace', path: 'label', value: null }, { op: 'replace', value: { label: '' } }]) {
      assert.throws(() => patch(widget, op), scimError('mutability', '"label" is required'));
    }
    assert.equal(patch(widget, { op: 'replace', path: 'label', value: 'Cog' })['label'], 'Cog');
  });
});

describe('applyPatch: single-valued attributes', () => {
  it('sets with add or replace and removes with remove, null or ""', () => {
    let result = patch(widget, { op: 'add', path: 'note', value: 'n' }, { op: 'replace', path: 'enabled', value: 'False' }, { op: 'add', path: 'count', value: 3 });
    assert.equal(result['note'], 'n');
    assert.equal(result['enabled'], false);
    assert.equal(result['count'], 3);
    result = patch(result, { op: 'remove', path: 'note' }, { op: 'replace', path: 'enabled', value: null }, { op: 'replace', path: 'count', value: '' });
    assert.equal('note' in result || 'enabled' in result || 'count' in result, false);
  });

  it('treats removing an attribute that has no value as success', () => {
    assert.deepEqual(patch(widget, { op: 'remove', path: 'note' }), widget);
  });

  it('merges sub-attributes into a complex attribute and drops it once empty', () => {
    assert.deepEqual(patch(widget, { op: 'add', path: 'size', value: { unit: 'cm' } })['size'], { width: 1, height: 2, origin: 'NL', unit: 'cm' });
    const { size: _size, ...noSize } = widget;
    assert.deepEqual(patch(noSize, { op: 'replace', path: 'size.unit', value: 'mm' })['size'], { unit: 'mm' });
    assert.equal('size' in patch(noSize, { op: 'add', path: 'size.unit', value: 'mm' }, { op: 'remove', path: 'size.unit' }), false);
    assert.equal('size' in patch(widget, { op: 'remove', path: 'size' }), false);
  });

  it('writes canonical names over differently-cased keys in the stored resource', () => {
    const result = patch({ ...widget, Note: 'old' }, { op: 'replace', path: 'NOTE', value: 'new' });
    assert.equal(result['note'], 'new');
    assert.equal('Note' in result, false);
  });
});

describe('applyPatch: multi-valued attributes', () => {
  it('appends on add without duplicating a value already there (same value and type, case per caseExact)', () => {
    const result = patch(widget, { op: 'add', path: 'contacts', value: [{ value: 'A@X', type: 'WORK' }, { value: 'b@x', type: 'work' }, { value: 'c@x' }] });
    assert.deepEqual(result['contacts'], [{ value: 'A@X', type: 'WORK', primary: true }, { value: 'b@x', type: 'home' }, { value: 'b@x', type: 'work' }, { value: 'c@x' }]);
    assert.deepEqual(patch(widget, { op: 'add', path: 'parts', value: [{ value: 'p1' }] })['parts'], [...(widget['parts'] as ScimResource[]), { value: 'p1' }]);
    assert.deepEqual(patch(widget, { op: 'add', path: 'tags', value: ['RED', 'green'] })['tags'], ['RED', 'blue', 'green']);
  });

  it('reads a re-sent value without "value" that differs only in primary as the one already there', () => {
    const stored = { ...widget, contacts: [{ type: 'fax', primary: true }, { type: 'pager' }] };
    assert.deepEqual(patch(stored, { op: 'add', path: 'contacts', value: [{ type: 'fax' }, { type: 'pager', primary: false }] })['contacts'], [{ type: 'fax', primary: true }, { type: 'pager', primary: false }]);
    assert.deepEqual(patch(stored, { op: 'add', path: 'contacts', value: [{ type: 'fax', value: 'f' }] })['contacts'], [...stored.contacts, { type: 'fax', value: 'f' }]);
  });

  it('replaces all values without a filter, keeping a value sent twice once', () => {
    assert.deepEqual(patch(widget, { op: 'replace', path: 'tags', value: ['x'] })['tags'], ['x']);
    assert.deepEqual(patch(widget, { op: 'replace', path: 'contacts', value: [{ value: 'c@x', type: 'work' }, { value: 'C@X', type: 'work', primary: true }] })['contacts'],
      [{ value: 'C@X', type: 'work', primary: true }]);
  });

  it('merges into every matching value with a filter and leaves the others', () => {
    const result = patch(widget, { op: 'replace', path: 'contacts[value ew "@x"]', value: { type: 'other' } });
    assert.deepEqual(result['contacts'], [{ value: 'a@x', type: 'other', primary: true }, { value: 'b@x', type: 'other' }]);
  });

  it('matches filters by the schema case rules: caseExact sub-attributes exactly, others in any case', () => {
    assert.deepEqual(patch(widget, { op: 'remove', path: 'contacts[type eq "WORK"]' })['contacts'], [{ value: 'b@x', type: 'home' }]);
    assert.deepEqual(patch(widget, { op: 'remove', path: 'parts[value eq "p1"]' })['parts'], widget['parts']);
    assert.deepEqual(patch(widget, { op: 'remove', path: 'parts[value eq "P1"]' })['parts'], [{ value: 'p2', qty: 2 }]);
  });

  it('adds a value described by an eq filter that matches nothing, for replace and add alike', () => {
    assert.deepEqual(patch(widget, { op: 'replace', path: 'contacts[type eq "fax"].value', value: 'f@x' })['contacts'],
      [...(widget['contacts'] as ScimResource[]), { type: 'fax', value: 'f@x' }]);
    assert.deepEqual(patch(widget, { op: 'add', path: 'contacts[type eq "fax" and value eq "f@x"]', value: { primary: false } })['contacts'],
      [...(widget['contacts'] as ScimResource[]), { type: 'fax', value: 'f@x', primary: false }]);
    const { tags: _tags, ...noTags } = widget;
    assert.deepEqual(patch(noTags, { op: 'replace', path: 'tags[value eq "a"]', value: 'A' })['tags'], ['A']);
  });

  it('answers noTarget when a filter that describes no single value matches nothing', () => {
    for (const path of ['contacts[type co "fax"].value', 'contacts[type eq "fax" or type eq "pager"].value', 'contacts[type eq "a" and type eq "b"].value', 'contacts[not (type eq "work") and value eq "z@x"].value']) {
      assert.throws(() => patch(widget, { op: 'replace', path, value: 'f@x' }), scimError('noTarget', 'matches no value to replace'), path);
    }
  });

  it('answers noTarget when the value built from the filter would not match it, so a retry cannot add it twice', () => {
    assert.throws(() => patch(widget, { op: 'replace', path: 'contacts[value eq "z@x"]', value: { value: 'y@x' } }), scimError('noTarget', 'would not match'));
    assert.throws(() => patch(widget, { op: 'add', path: 'tags[value eq "a"]', value: 'b' }), scimError('noTarget', 'would not match'));
  });

  it('refuses a filter that compares a sub-attribute with a value of the wrong type', () => {
    assert.throws(() => patch(widget, { op: 'replace', path: 'contacts[primary eq "yes"].value', value: 'f@x' }), scimError('invalidPath', 'is invalid'));
  });

  it('sets a sub-attribute on every value when the path has no filter, creating one value if there is none', () => {
    assert.deepEqual(patch(widget, { op: 'replace', path: 'contacts.type', value: 'other' })['contacts'], [{ value: 'a@x', type: 'other', primary: true }, { value: 'b@x', type: 'other' }]);
    const { contacts: _contacts, ...none } = widget;
    assert.deepEqual(patch(none, { op: 'add', path: 'contacts.value', value: 'z@x' })['contacts'], [{ value: 'z@x' }]);
  });

  it('removes a sub-attribute from the matching values, and values left empty', () => {
    assert.deepEqual(patch(widget, { op: 'remove', path: 'contacts[type eq "work"].primary' })['contacts'], [{ value: 'a@x', type: 'work' }, { value: 'b@x', type: 'home' }]);
    assert.deepEqual(patch(widget, { op: 'remove', path: 'contacts.type' }, { op: 'remove', path: 'contacts.primary' })['contacts'], [{ value: 'a@x' }, { value: 'b@x' }]);
    assert.equal('contacts' in patch(widget, { op: 'remove', path: 'contacts.type' }, { op: 'remove', path: 'contacts.primary' }, { op: 'remove', path: 'contacts.value' }), false);
  });

  it('removes the whole value when its "value" sub-attribute is removed or emptied', () => {
    assert.deepEqual(patch(widget, { op: 'replace', path: 'contacts[type eq "work"].value', value: '' })['contacts'], [{ value: 'b@x', type: 'home' }]);
    assert.deepEqual(patch(widget, { op: 'remove', path: 'contacts[type eq "home"].value' })['contacts'], [{ value: 'a@x', type: 'work', primary: true }]);
    const owned = { ...widget, schemas: [WIDGET_SCHEMA_ID, WIDGET_EXTENSION_ID], [WIDGET_EXTENSION_ID]: { owner: { value: 'o1' }, room: 'A1' } };
    assert.deepEqual(patch(owned, { op: 'remove', path: `${WIDGET_EXTENSION_ID}:owner.value` })[WIDGET_EXTENSION_ID], { room: 'A1' });
  });

  it('treats a filtered remove that matches nothing as success, and drops the attribute when its last value goes', () => {
    assert.deepEqual(patch(widget, { op: 'remove', path: 'contacts[value eq "nobody@x"]' }), widget);
    assert.equal('tags' in patch(widget, { op: 'remove', path: 'tags[value eq "red" or value eq "blue"]' }), false);
  });
});

describe('applyPatch: primary (RFC 7643 section 2.4)', () => {
  const primaries = (resource: ScimResource) => (resource['contacts'] as ScimResource[]).map((value) => value['primary'] ?? null);

  it('clears primary on the other values when an add brings a new primary', () => {
    assert.deepEqual(primaries(patch(widget, { op: 'add', path: 'contacts', value: [{ value: 'c@x', primary: true }] })), [false, null, true]);
  });

  it('clears it when a filtered sub-attribute path sets primary on another value', () => {
    assert.deepEqual(primaries(patch(widget, { op: 'replace', path: 'contacts[type eq "home"].primary', value: true })), [false, true]);
  });

  it('keeps the first primary when one operation sends several', () => {
    assert.deepEqual(primaries(patch(widget, { op: 'replace', path: 'contacts', value: [{ value: 'c@x', primary: true }, { value: 'd@x', primary: true }] })), [true, false]);
  });

  it('marks an existing value primary when an add re-sends it with primary', () => {
    assert.deepEqual(patch(widget, { op: 'add', path: 'contacts', value: [{ value: 'b@x', type: 'home', primary: true }] })['contacts'],
      [{ value: 'a@x', type: 'work', primary: false }, { value: 'b@x', type: 'home', primary: true }]);
  });
});

describe('applyPatch: extensions', () => {
  it('writes extension attributes under the URN and lists the URN in schemas', () => {
    const result = patch(widget, { op: 'add', path: `${WIDGET_EXTENSION_ID}:room`, value: 'B2' });
    assert.deepEqual(result[WIDGET_EXTENSION_ID], { room: 'B2' });
    assert.deepEqual(result['schemas'], [WIDGET_SCHEMA_ID, WIDGET_EXTENSION_ID]);
  });

  it('drops the extension object and its schema URN when its last attribute goes', () => {
    const withRoom = patch(widget, { op: 'add', path: `${WIDGET_EXTENSION_ID}:room`, value: 'B2' });
    const result = patch(withRoom, { op: 'remove', path: `${WIDGET_EXTENSION_ID}:room` });
    assert.equal(WIDGET_EXTENSION_ID in result, false);
    assert.deepEqual(result['schemas'], [WIDGET_SCHEMA_ID]);
  });

  it('finds an extension object stored under a differently-cased URN', () => {
    const stored = { ...widget, [WIDGET_EXTENSION_ID.toUpperCase()]: { room: 'A1', certified: true } };
    const result = patch(stored, { op: 'replace', path: `${WIDGET_EXTENSION_ID}:room`, value: 'B2' });
    assert.deepEqual(result[WIDGET_EXTENSION_ID], { room: 'B2', certified: true });
    assert.equal(WIDGET_EXTENSION_ID.toUpperCase() in result, false);
  });
});

describe('applyPatch: hand-built operations', () => {
  it('types values as the parser does', () => {
    const op: PatchOperation = { op: 'replace', path: { attribute: { attribute: 'count' } }, value: 'many' };
    assert.throws(() => applyPatch(widget, [op], WIDGET_SCHEMA), scimError('invalidValue', '"count" must be an integer'));
    const truthy: PatchOperation = { op: 'replace', path: { attribute: { attribute: 'enabled' } }, value: 'True' };
    assert.equal(applyPatch(widget, [truthy], WIDGET_SCHEMA)['enabled'], true);
  });

  it('refuses paths the schema does not define with invalidPath', () => {
    const op: PatchOperation = { op: 'remove', path: { attribute: { attribute: 'colour' } } };
    assert.throws(() => applyPatch(widget, [op], WIDGET_SCHEMA), scimError('invalidPath', '"colour"'));
    const filtered: PatchOperation = { op: 'remove', path: { attribute: { attribute: 'note' }, filter: { kind: 'present', path: { attribute: 'value' } } } };
    assert.throws(() => applyPatch(widget, [filtered], WIDGET_SCHEMA), scimError('invalidPath', 'needs a multi-valued attribute'));
  });

  it('changes nothing for a value with nothing the schema holds, and does not empty a list for an add of null', () => {
    const empty: PatchOperation = { op: 'replace', path: { attribute: { attribute: 'size' } }, value: {} };
    assert.deepEqual(applyPatch(widget, [empty], WIDGET_SCHEMA), widget);
    const addNull: PatchOperation = { op: 'add', path: { attribute: { attribute: 'tags' } }, value: null };
    assert.deepEqual(applyPatch(widget, [addNull], WIDGET_SCHEMA), widget);
    const replaceNull: PatchOperation = { op: 'replace', path: { attribute: { attribute: 'tags' } }, value: null };
    assert.equal('tags' in applyPatch(widget, [replaceNull], WIDGET_SCHEMA), false);
  });
});
