/**
 * Prints a Filter as canonical SCIM filter text (RFC 7644 section 3.4.2.2): lower-case keywords
 * and operators, single spaces, JSON values, attribute names as the client wrote them, and only
 * the parentheses the tree needs (`or` inside `and`; `not (...)` always has its own). Fewest
 * parentheses means the printed text is never nested deeper than the text the tree was parsed
 * from, so it stays within MAX_FILTER_DEPTH. (It can be a few characters longer: unquoted values
 * gain quotes.) `parseFilter(printFilter(f))` deep-equals `f` for every tree the parser produces:
 * and/or flattened, value paths holding plain sub-attribute names.
 */
import { formatAttributePath } from '../attribute-path.ts';
import type { CompareValue, Filter } from './ast.ts';

export function printFilter(filter: Filter): string {
  switch (filter.kind) {
    case 'compare':
      return `${formatAttributePath(filter.path)} ${filter.op} ${printValue(filter.value)}`;
    case 'present':
      return `${formatAttributePath(filter.path)} pr`;
    case 'and':
    case 'or':
      return filter.operands.map((operand) => printOperand(operand, filter.kind)).join(` ${filter.kind} `);
    case 'not':
      return `not (${printFilter(filter.operand)})`;
    case 'valuePath':
      return `${formatAttributePath(filter.path)}[${printFilter(filter.filter)}]`;
    default: {
      const unknown: never = filter;
      throw new TypeError(`unknown filter node ${JSON.stringify(unknown)}`);
    }
  }
}

/** `and` binds tighter than `or`; a same-kind child (never produced by the parser) keeps its group. */
function printOperand(operand: Filter, parent: 'and' | 'or'): string {
  const grouped = operand.kind === parent || (operand.kind === 'or' && parent === 'and');
  return grouped ? `(${printFilter(operand)})` : printFilter(operand);
}

function printValue(value: CompareValue): string {
  // JSON.stringify(-0) is "0", which would parse back as +0.
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return JSON.stringify(value);
}
