/**
 * Turns an AttributeOperation's document value into the stored wire form. UpdateUser documents
 * use the lowerCamel names of the attribute paths (`{"value": ..., "type": "work", "primary": true}`);
 * the stored records use the model's PascalCase members. PascalCase keys are accepted too. Unlike
 * request members, a key the target shape does not have is refused: a typo must not vanish.
 */
import { shapeOf } from '../model/constraints.ts';
import { validateShape } from '../model/validate-input.ts';
import type { Json } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

function convert(shapeName: string, value: unknown, path: string): unknown {
  const shape = shapeOf(shapeName);
  if (shape.type === 'list' && Array.isArray(value)) {
    return value.map((item: unknown, i) => convert(shape.member, item, `${path}.${i + 1}.member`));
  }
  if (shape.type === 'structure' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const member = pascal(key);
      const memberShape = shape.members[member];
      if (memberShape === undefined) throw IdentityStoreError.validation(`Value at '${path}' has an unknown attribute '${key}'.`);
      out[member] = convert(memberShape, item, `${path}.${key}`);
    }
    return out;
  }
  return value;
}

export function fromDocument(shapeName: string, value: unknown, path: string): Json {
  const converted = convert(shapeName, value, path);
  try {
    validateShape(shapeName, converted, path);
  } catch (error) {
    // A wrong JSON type inside a document is a bad value, not an undecodable body.
    if (error instanceof IdentityStoreError && error.type === 'SerializationException') throw IdentityStoreError.validation(error.message);
    throw error;
  }
  return converted as Json;
}
