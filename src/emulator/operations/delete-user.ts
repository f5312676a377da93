/**
 * DeleteUser (Identity Store API reference). Deleting an unknown user is a
 * ResourceNotFoundException (moto deletes silently; AWS does not), and the user's group
 * memberships go with it.
 */
import { requireUser } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface DeleteUserInput {
  readonly UserId: string;
}

export function deleteUser(input: DeleteUserInput, ctx: OperationContext): Record<string, never> {
  const user = requireUser(ctx.store, input.UserId);
  ctx.store.removeUser(user);
  return {};
}
