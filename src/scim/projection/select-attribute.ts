/**
 * Decides whether an attribute is returned, and which of its sub-attributes, for an
 * `attributes`/`excludedAttributes` selection (RFC 7644 section 3.4.2.5) and the attribute's
 * `returned` characteristic (RFC 7643 section 2.4):
 * - `always` is returned whatever the selection says (`id`);
 * - `never` is never returned (`password`);
 * - `default` is returned unless excluded, or, when `attributes` is given, only if listed;
 * - `request` is returned only when listed in `attributes`.
 * Naming a sub-attribute (`name.givenName`, `emails.value`) selects or excludes only that part.
 */
import type { AttributePath } from '../attribute-path.ts';
import { sameName } from '../attribute-path.ts';
import type { AttributeSelection } from '../list/list-query.ts';
import type { AttributeDefinition } from '../schema/types.ts';

/** Which sub-attributes of a returned attribute to keep. */
export type SubAttributeFilter = (sub: AttributeDefinition) => boolean;

const byDefault = (sub: AttributeDefinition): boolean => sub.returned === 'default' || sub.returned === 'always';

/**
 * `extensionId` is the URN of the extension that defines `attribute`, `undefined` for core and
 * common attributes (the selection's paths are canonical: see `canonicalPath`).
 * Returns `undefined` when the attribute is not returned at all.
 */
export function selectAttribute(
  attribute: AttributeDefinition,
  extensionId: string | undefined,
  selection: AttributeSelection,
): SubAttributeFilter | undefined {
  if (attribute.returned === 'never') return undefined;
  const inScope = (path: AttributePath): boolean =>
    (path.schema === undefined ? extensionId === undefined : extensionId !== undefined && sameName(path.schema, extensionId));
  const paths = selection.kind === 'default' ? [] : selection.paths.filter(inScope);
  const whole = paths.some((path) => (path.attribute === '' || sameName(path.attribute, attribute.name)) && path.subAttribute === undefined);
  const named = paths
    .filter((path) => sameName(path.attribute, attribute.name) && path.subAttribute !== undefined)
    .map((path) => path.subAttribute?.toLowerCase());
  const isNamed = (sub: AttributeDefinition): boolean => named.includes(sub.name.toLowerCase());

  switch (selection.kind) {
    case 'default':
      return attribute.returned === 'request' ? undefined : byDefault;
    case 'include':
      if (attribute.returned === 'always' || whole) return (sub) => byDefault(sub) || (sub.returned === 'request' && isNamed(sub));
      if (named.length > 0) return (sub) => sub.returned !== 'never' && (sub.returned === 'always' || isNamed(sub));
      return undefined;
    case 'exclude':
      if (attribute.returned === 'request') return undefined;
      if (whole && attribute.returned !== 'always') return undefined;
      return (sub) => byDefault(sub) && (sub.returned === 'always' || !isNamed(sub));
    default: {
      const unreachable: never = selection;
      return unreachable;
    }
  }
}

