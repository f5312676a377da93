/**
 * Compiles the value selection filter of a PATCH path (RFC 7644 section 3.5.2,
 * `emails[type eq "work"]`) into a predicate over the values of the multi-valued attribute,
 * using the shared filter compiler so the case rules (caseExact) and type rules are the ones
 * GET filters follow. A filter the schema refuses is a bad path here, so `invalidPath`.
 */
import { isScimError, ScimError } from '../errors.ts';
import type { Filter } from '../filter/ast.ts';
import { compileFilter } from '../filter/compile-filter.ts';
import type { JsonValue } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import { valueFilterSchema } from './value-filter-schema.ts';

export type ValuePredicate = (value: JsonValue) => boolean;

export function compileValueFilter(filter: Filter, attribute: AttributeDefinition, label: string): ValuePredicate {
  let predicate;
  try {
    predicate = compileFilter(filter, valueFilterSchema(attribute));
  } catch (error) {
    if (isScimError(error)) throw ScimError.invalidPath(`The value filter in "${label}" is invalid: ${error.detail}`);
    throw error;
  }
  // A simple multi-valued attribute's values are named `value` inside the filter (value-filter-schema.ts).
  return attribute.type === 'complex'
    ? (value) => isJsonObject(value) && predicate(value)
    : (value) => predicate({ value });
}
