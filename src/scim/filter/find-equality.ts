/**
 * Finds a lookup key in a filter for the query planner (RFC 7644 section 3.4.2.2): an equality
 * term on one attribute path that is the whole filter or one of its top-level `and` operands,
 * such as `userName eq "x"` alone or and-ed with other terms. The planner can then fetch the one
 * candidate by that key (GetUserId, GetGroupId, a state lookup) and test `residual` in memory.
 *
 * Pure AST folding, no schema: names compare case-insensitively, and a core-schema URN prefix is
 * the same as none (`urn:...:core:2.0:User:userName`). For a target with a sub-attribute such as
 * `emails.value` or `members.value`, both `emails.value eq "x"` and the value path
 * `emails[value eq "x"]` are recognised, also `emails[type eq "work" and value eq "x"]` (which is
 * what `emails[type eq "work"].value eq "x"` parses to); such a value path stays in the residual,
 * because its other terms must hold for the same email. `emails eq "x"` (RFC shorthand for
 * `emails.value`) is not recognised: that needs the schema, and a scan still answers it.
 * Only string values are keys: every attribute a lookup can use is a string.
 */
import type { AttributePath } from '../attribute-path.ts';
import { sameName } from '../attribute-path.ts';
import type { Filter } from './ast.ts';

export interface EqualityMatch {
  /** The value the filter requires, as the client wrote it (case untouched). */
  readonly value: string;
  /** What the looked-up resource must still satisfy; `undefined` when nothing is left. */
  readonly residual: Filter | undefined;
}

export function findEquality(filter: Filter, target: AttributePath, coreSchemaId: string): EqualityMatch | undefined {
  const terms = filter.kind === 'and' ? filter.operands : [filter];
  for (const [index, term] of terms.entries()) {
    const hit = equalityIn(term, target, coreSchemaId);
    if (hit === undefined) continue;
    const rest = hit.consumed ? terms.filter((_, other) => other !== index) : terms;
    const [first, second, ...more] = rest;
    const residual: Filter | undefined = first === undefined ? undefined
      : second === undefined ? first
        : { kind: 'and', operands: [first, second, ...more] };
    return { value: hit.value, residual };
  }
  return undefined;
}

interface Hit {
  readonly value: string;
  /** Whether the lookup alone guarantees the term, so it can leave the residual. */
  readonly consumed: boolean;
}

function equalityIn(term: Filter, target: AttributePath, coreSchemaId: string): Hit | undefined {
  if (term.kind === 'compare') {
    return term.op === 'eq' && typeof term.value === 'string' && samePath(term.path, target, coreSchemaId)
      ? { value: term.value, consumed: true }
      : undefined;
  }
  if (term.kind !== 'valuePath' || target.subAttribute === undefined) return undefined;
  const parent: AttributePath = target.schema === undefined ? { attribute: target.attribute } : { schema: target.schema, attribute: target.attribute };
  if (!samePath(term.path, parent, coreSchemaId)) return undefined;
  const sub: AttributePath = { attribute: target.subAttribute };
  const inner = term.filter;
  if (inner.kind === 'compare') {
    return inner.op === 'eq' && typeof inner.value === 'string' && samePath(inner.path, sub, coreSchemaId)
      ? { value: inner.value, consumed: true }
      : undefined;
  }
  if (inner.kind !== 'and') return undefined;
  for (const operand of inner.operands) {
    if (operand.kind === 'compare' && operand.op === 'eq' && typeof operand.value === 'string' && samePath(operand.path, sub, coreSchemaId)) {
      return { value: operand.value, consumed: false };
    }
  }
  return undefined;
}

function samePath(path: AttributePath, target: AttributePath, coreSchemaId: string): boolean {
  return sameSchema(path.schema, target.schema, coreSchemaId)
    && sameName(path.attribute, target.attribute)
    && (path.subAttribute === undefined ? target.subAttribute === undefined : target.subAttribute !== undefined && sameName(path.subAttribute, target.subAttribute));
}

function sameSchema(a: string | undefined, b: string | undefined, coreSchemaId: string): boolean {
  const normalise = (schema: string | undefined): string => (schema === undefined ? coreSchemaId : schema).toLowerCase();
  return normalise(a) === normalise(b);
}
