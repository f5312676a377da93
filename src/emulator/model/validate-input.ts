/**
 * Validates a request body against the constraint tables (constraints.ts): required members,
 * string patterns and lengths, integer ranges, list and map bounds, enums and tagged unions,
 * as the Smithy constraint traits in `identitystore-2020-06-15.service-2.json` define them.
 *
 * Failures are a ValidationException worded like AWS's ("1 validation error detected: Value at
 * 'userName' failed to satisfy constraint: ..."); a member of the wrong JSON type is a
 * SerializationException, as AWS JSON services answer a body they cannot deserialize.
 * Members the model does not know are ignored, as AWS JSON services do.
 */
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { shapeOf } from './constraints.ts';

const compiled = new Map<string, RegExp>();

/** AWS patterns are matched against the whole value (Java `matches`), so they are anchored here. */
function patternOf(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (re === undefined) {
    re = new RegExp(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

/** AWS names members lowerCamel in validation messages (`userName`, `name.givenName`). */
function memberPath(parent: string, member: string): string {
  const camel = member.charAt(0).toLowerCase() + member.slice(1);
  return parent === '' ? camel : `${parent}.${camel}`;
}

function fail(path: string, constraint: string): never {
  throw IdentityStoreError.validation(`1 validation error detected: Value at '${path}' failed to satisfy constraint: ${constraint}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length in Unicode code points, as Smithy's `length` trait counts for strings. */
function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

export function validateShape(shapeName: string, value: unknown, path: string): void {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') throw IdentityStoreError.serialization(`Expected a string at '${path}'.`);
      const length = codePoints(value);
      if (shape.min !== undefined && length < shape.min) fail(path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && length > shape.max) fail(path, `Member must have length less than or equal to ${shape.max}`);
      if (shape.pattern !== undefined && !patternOf(shape.pattern).test(value)) {
        fail(path, `Member must satisfy regular expression pattern: ${shape.pattern}`);
      }
      if (shape.enum !== undefined && !shape.enum.includes(value)) fail(path, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      return;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw IdentityStoreError.serialization(`Expected an integer at '${path}'.`);
      if (shape.min !== undefined && value < shape.min) fail(path, `Member must have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) fail(path, `Member must have value less than or equal to ${shape.max}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw IdentityStoreError.serialization(`Expected a boolean at '${path}'.`);
      return;
    case 'timestamp':
      if (typeof value !== 'number') throw IdentityStoreError.serialization(`Expected a timestamp at '${path}'.`);
      return;
    case 'document':
      return;
    case 'list': {
      if (!Array.isArray(value)) throw IdentityStoreError.serialization(`Expected a list at '${path}'.`);
      if (shape.min !== undefined && value.length < shape.min) fail(path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) fail(path, `Member must have length less than or equal to ${shape.max}`);
      value.forEach((item: unknown, i) => validateShape(shape.member, item, `${path}.${i + 1}.member`));
      return;
    }
    case 'map': {
      if (!isObject(value)) throw IdentityStoreError.serialization(`Expected a map at '${path}'.`);
      const entries = Object.entries(value);
      if (shape.min !== undefined && entries.length < shape.min) fail(path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && entries.length > shape.max) fail(path, `Member must have length less than or equal to ${shape.max}`);
      for (const [key, item] of entries) {
        validateShape(shape.key, key, `${path}.key`);
        validateShape(shape.value, item, `${path}.${key}`);
      }
      return;
    }
    case 'structure': {
      if (!isObject(value)) throw IdentityStoreError.serialization(`Expected an object at '${path}'.`);
      for (const required of shape.required ?? []) {
        if (value[required] === undefined || value[required] === null) fail(memberPath(path, required), 'Member must not be null');
      }
      let set = 0;
      for (const [member, memberShape] of Object.entries(shape.members)) {
        const memberValue = value[member];
        // JSON null is how some clients say "absent"; Smithy treats it so for structures.
        if (memberValue === undefined || memberValue === null) continue;
        set += 1;
        validateShape(memberShape, memberValue, memberPath(path, member));
      }
      if (shape.union === true && set !== 1) fail(path === '' ? 'input' : path, 'Member must have exactly one member set');
      return;
    }
    default: {
      const unreachable: never = shape;
      throw new Error(`unhandled shape ${JSON.stringify(unreachable)}`);
    }
  }
}
