/**
 * The value a value selection filter describes, when it describes one: `type eq "work"` is
 * `{type: "work"}`, an `and` of such terms is their union. Anything else (`or`, `co`, `pr`, two
 * different values for one name) describes no single value, so it is undefined.
 *
 * Used when a replace or add names values by filter and none matches. RFC 7644 section 3.5.2.3
 * answers `noTarget` there, but Entra sends `replace emails[type eq "work"].value` to a user
 * whose email has no type (or no email at all) and expects the email to be set, as scim-patch's
 * default `treatMissingAsAdd` and most SCIM servers do: so a describable filter adds a new value,
 * and only a filter that describes no value is `noTarget`.
 */
import type { Filter } from '../filter/ast.ts';
import type { JsonObject, JsonValue } from '../resource.ts';

export function seedFromFilter(filter: Filter): JsonObject | undefined {
  switch (filter.kind) {
    case 'compare':
      return filter.op === 'eq' && filter.value !== null ? { [filter.path.attribute]: filter.value } : undefined;
    case 'and': {
      const seed: Record<string, JsonValue> = {};
      for (const operand of filter.operands) {
        const part = seedFromFilter(operand);
        if (part === undefined) return undefined;
        for (const [key, value] of Object.entries(part)) {
          if (key in seed && seed[key] !== value) return undefined;
          seed[key] = value;
        }
      }
      return seed;
    }
    case 'or':
    case 'not':
    case 'present':
    case 'valuePath':
      return undefined;
    default: {
      const unreachable: never = filter;
      return unreachable;
    }
  }
}
