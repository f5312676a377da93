/**
 * Keeps the constraint tables (src/emulator/model/constraints.ts, operations.ts) equal to the AWS
 * model they were transcribed from, shared/aws-models/identitystore-2020-06-15.service-2.json:
 * every shape, every member, required member, pattern, length/range bound, enum and union, and
 * every operation with its input, output and errors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SHAPES } from '../../src/emulator/model/constraints.ts';
import { OPERATIONS } from '../../src/emulator/model/operations.ts';

interface ModelShape {
  type: string;
  members?: Record<string, { shape: string }>;
  required?: string[];
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  union?: boolean;
  document?: boolean;
  exception?: boolean;
  fault?: boolean;
  retryable?: { throttling: boolean };
}

interface Model {
  metadata: { targetPrefix: string; protocol: string; jsonVersion: string };
  operations: Record<string, { input: { shape: string }; output: { shape: string }; errors: { shape: string }[] }>;
  shapes: Record<string, ModelShape>;
}

const modelUrl = new URL('../../../shared/aws-models/identitystore-2020-06-15.service-2.json', import.meta.url);
const model = JSON.parse(readFileSync(modelUrl, 'utf8')) as Model;

/** The model's shape in the tables' vocabulary, so one deepEqual compares everything. */
function expected(shape: ModelShape): unknown {
  const bounds = { ...(shape.min === undefined ? {} : { min: shape.min }), ...(shape.max === undefined ? {} : { max: shape.max }) };
  switch (shape.type) {
    case 'string':
      return { type: 'string', ...bounds, ...(shape.pattern === undefined ? {} : { pattern: shape.pattern }), ...(shape.enum === undefined ? {} : { enum: shape.enum }) };
    case 'integer':
      return { type: 'integer', ...bounds };
    case 'boolean':
    case 'timestamp':
      return { type: shape.type };
    case 'list':
      return { type: 'list', member: shape.member?.shape, ...bounds };
    case 'map':
      return { type: 'map', key: shape.key?.shape, value: shape.value?.shape, ...bounds };
    case 'structure':
      if (shape.document === true) return { type: 'document' };
      return {
        type: 'structure',
        members: Object.fromEntries(Object.entries(shape.members ?? {}).map(([k, v]) => [k, v.shape])),
        ...(shape.required === undefined ? {} : { required: shape.required }),
        ...(shape.union === true ? { union: true } : {}),
        ...(shape.exception === true ? { exception: true } : {}),
        ...(shape.fault === true ? { fault: true } : {}),
        ...(shape.retryable === undefined ? {} : { throttling: shape.retryable.throttling }),
      };
    default:
      throw new Error(`shape type ${shape.type} is not covered by the tables`);
  }
}

describe('constraint tables match the AWS model', () => {
  it('targets AWSIdentityStore over JSON 1.1', () => {
    assert.equal(model.metadata.targetPrefix, 'AWSIdentityStore');
    assert.equal(model.metadata.protocol, 'json');
    assert.equal(model.metadata.jsonVersion, '1.1');
  });

  it('has exactly the shapes of the model', () => {
    assert.deepEqual(Object.keys(SHAPES).sort(), Object.keys(model.shapes).sort());
  });

  for (const [name, shape] of Object.entries(model.shapes)) {
    it(`shape ${name} has the model's type, members, required members, bounds, pattern and enum`, () => {
      assert.deepEqual(SHAPES[name], expected(shape));
    });
  }

  it('has exactly the 19 operations of the model', () => {
    assert.equal(Object.keys(OPERATIONS).length, 19);
    assert.deepEqual(Object.keys(OPERATIONS).sort(), Object.keys(model.operations).sort());
  });

  for (const [name, op] of Object.entries(model.operations)) {
    it(`operation ${name} has the model's input, output and errors`, () => {
      assert.deepEqual(OPERATIONS[name as keyof typeof OPERATIONS], {
        input: op.input.shape,
        output: op.output.shape,
        errors: op.errors.map((e) => e.shape),
      });
    });
  }

  it('would notice a drifted bound (the comparison is not vacuous)', () => {
    const drifted = { ...model.shapes['MaxResults']!, max: 50 };
    assert.notDeepEqual(SHAPES['MaxResults'], expected(drifted));
  });
});
