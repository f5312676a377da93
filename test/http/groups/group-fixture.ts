/** Group bodies and shapes for the /Groups HTTP tests. */
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export interface GroupBody {
  readonly id: string;
  readonly displayName: string;
  readonly externalId?: string;
  readonly members?: readonly { readonly value: string; readonly $ref?: string; readonly type?: string; readonly display?: string }[];
  readonly meta: { readonly location: string; readonly version: string; readonly resourceType: string; readonly created?: string; readonly lastModified?: string };
}

export interface GroupList {
  readonly totalResults: number;
  readonly startIndex?: number;
  readonly itemsPerPage: number;
  readonly nextCursor?: string;
  readonly Resources: readonly GroupBody[];
}

export function newGroup(displayName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { schemas: [GROUP_SCHEMA], displayName, ...extra };
}

/** `members` values for a body or a PATCH. */
export function memberValues(userIds: readonly string[]): { value: string }[] {
  return userIds.map((value) => ({ value }));
}

/** The member ids of a group body, sorted. */
export function memberIds(group: GroupBody): string[] {
  return (group.members ?? []).map((member) => member.value).sort();
}
