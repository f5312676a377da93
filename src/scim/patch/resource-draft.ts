/**
 * A private, mutable copy of the resource the PATCH applier works on (RFC 7644 section 3.5.2:
 * operations apply in order and the result is all or nothing, so the copy is either returned
 * whole or dropped). Reads and writes one attribute where it lives: at the top level, or inside
 * its extension's object under the URN key (RFC 7643 section 3.3), keeping `schemas` in step
 * with the extensions the resource has.
 */
import { sameName } from '../attribute-path.ts';
import type { JsonValue, ScimResource } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { PatchTarget } from './resolve-patch-target.ts';

type Mutable = Record<string, JsonValue>;

function keyOf(object: Mutable, name: string): string | undefined {
  // Names are case-insensitive (RFC 7643 section 2.1); the schema's spelling is preferred.
  return name in object ? name : Object.keys(object).find((key) => sameName(key, name));
}

/** Sets (or deletes, for undefined) `name`, in place when present so key order stays stable. */
function setKey(object: Mutable, name: string, value: JsonValue | undefined): void {
  for (const key of Object.keys(object)) if (key !== name && sameName(key, name)) delete object[key];
  if (value === undefined) delete object[name];
  else object[name] = value;
}

export class ResourceDraft {
  private readonly root: Mutable;

  constructor(resource: ScimResource) {
    this.root = structuredClone<Mutable>(resource);
  }

  private holder(container: string | undefined): Mutable | undefined {
    if (container === undefined) return this.root;
    const key = keyOf(this.root, container);
    const value = key === undefined ? undefined : this.root[key];
    return isJsonObject(value) ? value : undefined;
  }

  read(target: PatchTarget): JsonValue | undefined {
    const holder = this.holder(target.container);
    const key = holder === undefined ? undefined : keyOf(holder, target.attribute.name);
    return holder === undefined || key === undefined ? undefined : holder[key];
  }

  write(target: PatchTarget, value: JsonValue | undefined): void {
    const { container } = target;
    const holder = this.holder(container) ?? {};
    setKey(holder, target.attribute.name, value);
    if (container === undefined) return;
    const present = Object.keys(holder).length > 0;
    setKey(this.root, container, present ? holder : undefined);
    this.listSchema(container, present);
  }

  /** An extension URN is in `schemas` exactly when the resource has that extension's object. */
  private listSchema(urn: string, present: boolean): void {
    const schemas = this.root['schemas'];
    if (!Array.isArray(schemas)) return;
    const others = (schemas as readonly JsonValue[]).filter((uri) => !(typeof uri === 'string' && sameName(uri, urn)));
    this.root['schemas'] = present ? [...others, urn] : others;
  }

  result(): ScimResource {
    return this.root;
  }
}
