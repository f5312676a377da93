/**
 * The filter tree (RFC 7644 section 3.4.2.2). Evaluation (`evaluate-filter.ts`) and query
 * planning (in src/translate) are folds over this union; `printFilter` turns it back into text.
 */
import type { AttributePath } from '../attribute-path.ts';

export const COMPARE_OPERATORS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'lt', 'ge', 'le'] as const;
export type CompareOperator = (typeof COMPARE_OPERATORS)[number];

/** `compValue`: JSON string, number, `true`, `false` or `null`. dateTimes arrive as strings. */
export type CompareValue = string | number | boolean | null;

export type Filter =
  | { readonly kind: 'compare'; readonly op: CompareOperator; readonly path: AttributePath; readonly value: CompareValue }
  | { readonly kind: 'present'; readonly path: AttributePath }
  | { readonly kind: 'and'; readonly operands: readonly [Filter, Filter, ...Filter[]] }
  | { readonly kind: 'or'; readonly operands: readonly [Filter, Filter, ...Filter[]] }
  | { readonly kind: 'not'; readonly operand: Filter }
  /** `emails[type eq "work"]`: `filter` applies to each value of the multi-valued `path`. */
  | { readonly kind: 'valuePath'; readonly path: AttributePath; readonly filter: Filter };

export type FilterKind = Filter['kind'];
