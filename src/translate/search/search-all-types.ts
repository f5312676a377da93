/**
 * A search across every served resource type (RFC 7644 section 3.4.3, `POST /.search` at the
 * root), answered through each type's own ResourceService.list, so each type keeps its query
 * planning and call budget; this file only combines the pages.
 *
 * Unsorted, the result is Users then Groups: the global startIndex/count window is cut out of
 * that concatenation with each type's totalResults, so only the window's resources are read.
 * Sorted, each type returns its first startIndex+count-1 resources in order and the merge sorts
 * them once more with the schema the sort attribute belongs to (sortResources is stable), which
 * costs more for deep pages: root searches are rare and shallow.
 */
import { sameName, type AttributePath } from '../../scim/attribute-path.ts';
import type { ListResponse } from '../../scim/list/build-list-response.ts';
import { buildListResponse } from '../../scim/list/build-list-response.ts';
import type { AttributeSelection, ListQuery } from '../../scim/list/list-query.ts';
import type { RootSearch, RootSearchPart } from '../../scim/list/parse-root-search.ts';
import { sortResources } from '../../scim/list/sort-resources.ts';
import { projectResource } from '../../scim/projection/project-resource.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { ResourceService, ScimRequestContext } from '../resource-service.ts';

export interface SearchAllTypesDeps {
  /** Each served type's service, by resource type name (`User`, `Group`). */
  readonly services: ReadonlyMap<string, ResourceService>;
  /** The largest `count` one list call may ask for (the advertised maxPageSize). */
  readonly pageSize: number;
}

interface AskedPart {
  readonly part: RootSearchPart;
  readonly query: ListQuery;
  readonly service: ResourceService;
}

function withIndex(query: ListQuery, startIndex: number, count: number): ListQuery {
  return { ...query, pagination: { method: 'index', startIndex, count } };
}

function samePath(a: AttributePath, b: AttributePath): boolean {
  return sameName(a.attribute, b.attribute) && sameName(a.schema ?? '', b.schema ?? '') && sameName(a.subAttribute ?? '', b.subAttribute ?? '');
}

/** The selection with the sort attribute kept, so the merge can read it; projected away afterwards. */
function keepSortAttribute(selection: AttributeSelection, sortBy: AttributePath): AttributeSelection {
  switch (selection.kind) {
    case 'default':
      return selection;
    case 'include':
      return selection.paths.some((path) => samePath(path, sortBy)) ? selection : { kind: 'include', paths: [...selection.paths, sortBy] };
    case 'exclude':
      return { kind: 'exclude', paths: selection.paths.filter((path) => !samePath(path, sortBy)) };
    default: {
      const unreachable: never = selection;
      return unreachable;
    }
  }
}

async function concatenated(asked: readonly AskedPart[], search: RootSearch, context: ScimRequestContext): Promise<ListResponse> {
  let skip = search.startIndex - 1;
  let remaining = search.count;
  let total = 0;
  const resources: ScimResource[] = [];
  for (const { query, service } of asked) {
    const page = await service.list(withIndex(query, skip + 1, remaining), context);
    const typeTotal = page.totalResults ?? page.Resources.length;
    total += typeTotal;
    resources.push(...page.Resources);
    remaining = Math.max(0, remaining - page.Resources.length);
    skip = Math.max(0, skip - typeTotal);
  }
  return buildListResponse({ resources, totalResults: total, startIndex: search.startIndex });
}

async function firstResources(entry: AskedPart, needed: number, pageSize: number, context: ScimRequestContext): Promise<{ readonly resources: ScimResource[]; readonly total: number }> {
  const resources: ScimResource[] = [];
  let total = 0;
  do {
    const page = await entry.service.list(withIndex(entry.query, resources.length + 1, Math.min(pageSize, needed - resources.length)), context);
    total = page.totalResults ?? page.Resources.length;
    resources.push(...page.Resources);
    if (page.Resources.length === 0) break;
  } while (resources.length < Math.min(needed, total));
  return { resources, total };
}

async function merged(asked: readonly AskedPart[], search: RootSearch, sortBy: AttributePath, deps: SearchAllTypesDeps, context: ScimRequestContext): Promise<ListResponse> {
  const needed = search.startIndex - 1 + search.count;
  let total = 0;
  const found: { resource: ScimResource; entry: AskedPart }[] = [];
  for (const entry of asked) {
    const widened: AskedPart = { ...entry, query: { ...entry.query, attributes: keepSortAttribute(entry.query.attributes, sortBy) } };
    const { resources, total: typeTotal } = await firstResources(widened, needed, deps.pageSize, context);
    total += typeTotal;
    for (const resource of resources) found.push({ resource, entry });
  }
  const schema = search.sortSchema ?? asked[0]?.part.schema;
  if (schema === undefined) return buildListResponse({ resources: [], totalResults: 0, startIndex: search.startIndex });
  const order = asked[0]?.query.sortOrder ?? 'ascending';
  const entryOf = new Map(found.map(({ resource, entry }) => [resource, entry]));
  const window = sortResources(found.map(({ resource }) => resource), sortBy, order, schema).slice(search.startIndex - 1, needed);
  const resources = window.map((resource) => {
    const entry = entryOf.get(resource);
    return entry === undefined ? resource : projectResource(resource, entry.part.schema, entry.query.attributes);
  });
  return buildListResponse({ resources, totalResults: total, startIndex: search.startIndex });
}

export async function searchAllTypes(search: RootSearch, deps: SearchAllTypesDeps, context: ScimRequestContext): Promise<ListResponse> {
  const asked: AskedPart[] = search.parts.flatMap((part) => {
    const service = deps.services.get(part.schema.resourceType.name);
    return part.query === undefined || service === undefined ? [] : [{ part, query: part.query, service }];
  });
  const sortBy = asked.find((entry) => entry.query.sortBy !== undefined)?.query.sortBy;
  return sortBy === undefined ? concatenated(asked, search, context) : merged(asked, search, sortBy, deps, context);
}
