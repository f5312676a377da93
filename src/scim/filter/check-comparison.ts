/**
 * Which operator and value may meet which attribute type (RFC 7644 section 3.4.2.2): the RFC
 * requires 400 invalidFilter for gt/ge/lt/le on boolean and binary attributes; we also refuse
 * the other combinations that could only ever be false (a number against a string attribute,
 * `co` on a dateTime, a value that is not a dateTime), so an admin learns about the mistake
 * instead of seeing an empty list. Runs before any resource is read.
 */
import { ScimError } from '../errors.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import type { CompareOperator, CompareValue } from './ast.ts';
import { parseInstant } from './compare-values.ts';

const ORDERING: ReadonlySet<CompareOperator> = new Set(['gt', 'ge', 'lt', 'le']);
const SUBSTRING: ReadonlySet<CompareOperator> = new Set(['co', 'sw', 'ew']);

export function checkComparison(op: CompareOperator, value: CompareValue, definition: AttributeDefinition, label: string): void {
  const refuse = (why: string): never => {
    throw ScimError.invalidFilter(`Invalid filter: "${label} ${op}" ${why}`);
  };
  if (value === null) {
    if (op !== 'eq' && op !== 'ne') refuse('cannot compare with null; only eq null and ne null are meaningful');
    return;
  }
  switch (definition.type) {
    case 'string':
    case 'reference':
      if (typeof value !== 'string') refuse(`needs a double-quoted string: ${label} is a ${definition.type} attribute`);
      return;
    case 'binary':
      if (ORDERING.has(op) || SUBSTRING.has(op)) refuse(`is not allowed: ${label} is binary (only eq and ne apply)`);
      if (typeof value !== 'string') refuse(`needs a base64 string: ${label} is binary`);
      return;
    case 'boolean':
      if (op !== 'eq' && op !== 'ne') refuse(`is not allowed: ${label} is boolean (only eq and ne apply)`);
      if (typeof value !== 'boolean') refuse(`needs true or false: ${label} is boolean`);
      return;
    case 'integer':
    case 'decimal':
      if (SUBSTRING.has(op)) refuse(`is not allowed: ${label} is a number (co, sw and ew apply to strings)`);
      if (typeof value !== 'number') refuse(`needs a number: ${label} is ${definition.type === 'integer' ? 'an integer' : 'a decimal'}`);
      return;
    case 'dateTime':
      if (SUBSTRING.has(op)) refuse(`is not allowed: ${label} is a dateTime (co, sw and ew apply to strings)`);
      if (typeof value !== 'string' || Number.isNaN(parseInstant(value))) {
        refuse(`needs a dateTime string such as "2011-05-13T04:42:34Z": ${label} is a dateTime`);
      }
      return;
    case 'complex':
      refuse(`is not allowed: ${label} is complex; filter on one of its sub-attributes`);
      return;
    default: {
      const unknown: never = definition.type;
      refuse(`has an unknown attribute type ${String(unknown)}`);
    }
  }
}
