/**
 * Attribute-value comparison for filters (RFC 7644 section 3.4.2.2, "Attribute Operators"):
 * strings compare case-insensitively unless the attribute is caseExact, with gt/ge/lt/le in
 * lexicographic (UTF-16 code unit) order; dateTimes compare as instants; integers and decimals
 * numerically; booleans only for equality. A candidate of the wrong JSON type never matches.
 *
 * Multi-valued attributes match when ANY value matches. `ne` is the negation of `eq` over all
 * values ("no value equals"), so `userType ne "Employee"` matches users without a userType and
 * `emails.type ne "work"` matches users without a work email; that equals `not (... eq ...)`.
 * `eq null` means "no value" (the negation of `pr`), `ne null` means "has a value".
 */
import type { JsonValue } from '../resource.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import type { CompareOperator, CompareValue } from './ast.ts';
import { isPresent } from './attribute-values.ts';

export function matchesComparison(op: CompareOperator, candidates: readonly JsonValue[], value: CompareValue, definition: AttributeDefinition): boolean {
  if (value === null) return op === 'ne' ? candidates.some((candidate) => isPresent(candidate)) : !candidates.some((candidate) => isPresent(candidate));
  if (op === 'ne') return !candidates.some((candidate) => compareOne('eq', candidate, value, definition));
  return candidates.some((candidate) => compareOne(op, candidate, value, definition));
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/;
const HAS_ZONE = /(?:[Zz]|[+-]\d{2}:?\d{2})$/;
const HAS_TIME = /[Tt ]\d{2}:\d{2}/;

/**
 * Milliseconds since the epoch of an xsd:dateTime (RFC 7643 section 2.3.5), or NaN. A date-time
 * without a zone is read as UTC, because Date.parse would read it in the server's local zone.
 */
export function parseInstant(text: string): number {
  if (!DATE_TIME.test(text)) return Number.NaN;
  return Date.parse(HAS_TIME.test(text) && !HAS_ZONE.test(text) ? `${text}Z` : text);
}

function compareOne(op: CompareOperator, candidate: JsonValue, value: Exclude<CompareValue, null>, definition: AttributeDefinition): boolean {
  switch (definition.type) {
    case 'string':
    case 'reference':
    case 'binary': {
      if (typeof candidate !== 'string' || typeof value !== 'string') return false;
      return definition.caseExact ? compareStrings(op, candidate, value) : compareStrings(op, candidate.toLowerCase(), value.toLowerCase());
    }
    case 'dateTime': {
      if (typeof candidate !== 'string' || typeof value !== 'string') return false;
      const left = parseInstant(candidate);
      const right = parseInstant(value);
      return !Number.isNaN(left) && !Number.isNaN(right) && compareOrdered(op, left, right);
    }
    case 'integer':
    case 'decimal':
      return typeof candidate === 'number' && typeof value === 'number' && compareOrdered(op, candidate, value);
    case 'boolean':
      return typeof candidate === 'boolean' && typeof value === 'boolean' && (op === 'eq' ? candidate === value : op === 'ne' && candidate !== value);
    case 'complex':
      return false;
    default: {
      const unknown: never = definition.type;
      return unknown;
    }
  }
}

function compareStrings(op: CompareOperator, candidate: string, value: string): boolean {
  switch (op) {
    case 'co': return candidate.includes(value);
    case 'sw': return candidate.startsWith(value);
    case 'ew': return candidate.endsWith(value);
    default: return compareOrdered(op, candidate, value);
  }
}

function compareOrdered<T extends string | number>(op: CompareOperator, candidate: T, value: T): boolean {
  switch (op) {
    case 'eq': return candidate === value;
    case 'ne': return candidate !== value;
    case 'gt': return candidate > value;
    case 'ge': return candidate >= value;
    case 'lt': return candidate < value;
    case 'le': return candidate <= value;
    // Substring operators on non-strings are refused by checkComparison before evaluation.
    case 'co':
    case 'sw':
    case 'ew':
      return false;
    default: {
      const unknown: never = op;
      return unknown;
    }
  }
}
