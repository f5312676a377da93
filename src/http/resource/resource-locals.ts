/**
 * Typed hand-over between the steps of a resource route (`res.locals` is untyped in express):
 * what the parsing steps decided (the list query, the attribute selection) for the step that
 * calls the ResourceService.
 */
import type { Response } from 'express';
import type { AttributeSelection, ListQuery } from '../../scim/list/list-query.ts';

const LIST_QUERY = 'scimBridgeListQuery';
const SELECTION = 'scimBridgeSelection';

export function setListQuery(res: Response, query: ListQuery): void {
  res.locals[LIST_QUERY] = query;
}

export function listQueryOf(res: Response): ListQuery {
  const query = res.locals[LIST_QUERY] as ListQuery | undefined;
  if (query === undefined) throw new Error('listQueryOf: no list-parsing step ran before this one');
  return query;
}

export function setSelection(res: Response, selection: AttributeSelection): void {
  res.locals[SELECTION] = selection;
}

export function selectionOf(res: Response): AttributeSelection {
  return (res.locals[SELECTION] as AttributeSelection | undefined) ?? { kind: 'default' };
}
