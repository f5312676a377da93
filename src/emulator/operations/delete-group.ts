/** DeleteGroup (Identity Store API reference): unknown group -> ResourceNotFound; memberships go with the group. */
import { requireGroup } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface DeleteGroupInput {
  readonly GroupId: string;
}

export function deleteGroup(input: DeleteGroupInput, ctx: OperationContext): Record<string, never> {
  const group = requireGroup(ctx.store, input.GroupId);
  ctx.store.removeGroup(group);
  return {};
}
