/**
 * The schema a value selection filter is evaluated against (RFC 7644 section 3.5.2, `valuePath`
 * in section 3.4.2.2): in `emails[type eq "work"]` the filter's paths name sub-attributes of one
 * email, so each value is matched as if it were a resource whose attributes are those
 * sub-attributes. A multi-valued attribute of simple values exposes each value as `value`
 * (RFC 7644 section 3.4.2.2: "value" is how a filter names a simple multi-valued attribute's
 * values). This lets the one filter evaluator, with its caseExact and type rules, do the matching.
 */
import type { AttributeDefinition, ResourceSchema } from '../schema/types.ts';

const cache = new WeakMap<AttributeDefinition, ResourceSchema>();

/** The definitions a value of `attribute` has: its sub-attributes, or `value` for simple values. */
export function elementAttributes(attribute: AttributeDefinition): readonly AttributeDefinition[] {
  if (attribute.type === 'complex') return attribute.subAttributes ?? [];
  const { subAttributes: _subAttributes, maxValues: _maxValues, ...simple } = attribute;
  return [{ ...simple, name: 'value', multiValued: false }];
}

export function valueFilterSchema(attribute: AttributeDefinition): ResourceSchema {
  const cached = cache.get(attribute);
  if (cached !== undefined) return cached;
  const schema: ResourceSchema = {
    resourceType: {
      id: 'User', name: attribute.name, endpoint: '', description: `A value of ${attribute.name}`,
      schema: `value:${attribute.name}`, schemaExtensions: [],
    },
    core: { id: `value:${attribute.name}`, name: attribute.name, description: '', attributes: elementAttributes(attribute) },
    extensions: [],
  };
  cache.set(attribute, schema);
  return schema;
}
