import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defineAttribute } from '../../../../src/scim/schema/define-attribute.ts';
import { coerceAttributeValue } from '../../../../src/scim/validate/coerce-attribute-value.ts';
import { expectScimError } from '../expect-scim-error.ts';

const invalid = (run: () => unknown, detail: string) => expectScimError(run, { status: 400, scimType: 'invalidValue', detail });

describe('coerceAttributeValue', () => {
  it('coerces "True"/"False" in any case to booleans, as Entra ID sends them', () => {
    const active = defineAttribute({ name: 'active', type: 'boolean', description: '' });
    assert.equal(coerceAttributeValue('True', active, 'active'), true);
    assert.equal(coerceAttributeValue('FALSE', active, 'active'), false);
    assert.equal(coerceAttributeValue(false, active, 'active'), false);
    invalid(() => coerceAttributeValue('yes', active, 'active'), '"active" must be true or false');
    invalid(() => coerceAttributeValue(1, active, 'active'), 'true or false');
  });

  it('treats null and empty strings as no value and refuses non-strings for strings', () => {
    const title = defineAttribute({ name: 'title', description: '' });
    assert.equal(coerceAttributeValue('', title, 'title'), undefined);
    assert.equal(coerceAttributeValue(null, title, 'title'), undefined);
    assert.equal(coerceAttributeValue(' VP ', title, 'title'), ' VP ', 'values are stored exactly as sent');
    invalid(() => coerceAttributeValue(42, title, 'title'), '"title" must be a string');
    invalid(() => coerceAttributeValue(['a'], title, 'title'), 'a single value, not an array');
  });

  it('checks integer, decimal, dateTime and binary values', () => {
    const integer = defineAttribute({ name: 'n', type: 'integer', description: '' });
    const decimal = defineAttribute({ name: 'd', type: 'decimal', description: '' });
    const dateTime = defineAttribute({ name: 't', type: 'dateTime', description: '' });
    const binary = defineAttribute({ name: 'b', type: 'binary', description: '' });
    assert.equal(coerceAttributeValue(3, integer, 'n'), 3);
    invalid(() => coerceAttributeValue(3.5, integer, 'n'), 'an integer');
    assert.equal(coerceAttributeValue(3.5, decimal, 'd'), 3.5);
    invalid(() => coerceAttributeValue('3.5', decimal, 'd'), 'a number');
    assert.equal(coerceAttributeValue('2025-01-31T12:00:00Z', dateTime, 't'), '2025-01-31T12:00:00Z');
    invalid(() => coerceAttributeValue('yesterday', dateTime, 't'), 'xsd:dateTime');
    assert.equal(coerceAttributeValue('aGk=', binary, 'b'), 'aGk=');
    invalid(() => coerceAttributeValue('not base64!', binary, 'b'), 'base64');
  });

  it('reads a bare string as {value} for complex attributes, as Entra ID sends manager', () => {
    const manager = defineAttribute({
      name: 'manager', type: 'complex', description: '',
      subAttributes: [defineAttribute({ name: 'value', description: '' }), defineAttribute({ name: 'displayName', mutability: 'readOnly', description: '' })],
    });
    assert.deepEqual(coerceAttributeValue('m-1', manager, 'manager'), { value: 'm-1' });
    assert.equal(coerceAttributeValue('', manager, 'manager'), undefined, 'Entra removes a manager with an empty value');
    assert.deepEqual(coerceAttributeValue({ VALUE: 'm-1', displayName: 'Boss', other: 1 }, manager, 'manager'), { value: 'm-1' });
    assert.equal(coerceAttributeValue({ displayName: 'Boss' }, manager, 'manager'), undefined);
    invalid(() => coerceAttributeValue(7, manager, 'manager'), '"manager" must be a JSON object');
    invalid(() => coerceAttributeValue({ value: 7 }, manager, 'manager'), '"manager.value" must be a string');
  });

  it('wraps a single value of a multi-valued attribute, drops empty values and collapses to maxValues', () => {
    const emails = defineAttribute({
      name: 'emails', type: 'complex', multiValued: true, maxValues: 1, description: '',
      subAttributes: [defineAttribute({ name: 'value', description: '' }), defineAttribute({ name: 'type', description: '' }), defineAttribute({ name: 'primary', type: 'boolean', description: '' })],
    });
    assert.deepEqual(coerceAttributeValue({ value: 'a@x' }, emails, 'emails'), [{ value: 'a@x' }]);
    assert.deepEqual(coerceAttributeValue([{ value: 'a@x' }, { value: 'b@x', primary: 'True' }], emails, 'emails'), [{ value: 'b@x', primary: true }]);
    assert.equal(coerceAttributeValue([], emails, 'emails'), undefined, 'Entra sends roles: []');
    assert.equal(coerceAttributeValue([{ value: '' }, null], emails, 'emails'), undefined);
    invalid(() => coerceAttributeValue([[{ value: 'a' }]], emails, 'emails'), '"emails[0]" must be a value, not an array');
  });

  it('refuses the same sub-attribute twice', () => {
    const name = defineAttribute({ name: 'name', type: 'complex', description: '', subAttributes: [defineAttribute({ name: 'givenName', description: '' })] });
    expectScimError(() => coerceAttributeValue({ givenName: 'a', GivenName: 'b' }, name, 'name'), { status: 400, scimType: 'invalidSyntax', detail: '"name.givenName" is given more than once' });
  });
});
