/**
 * DescribeUser (Identity Store API reference; seed 004). `Extensions` lists the extension names
 * to return; only `aws:identitystore:enterprise` exists, any other name is a ValidationException.
 */
import { checkExtensionName } from '../rules/enterprise-extension.ts';
import { userToWire } from '../wire/to-wire.ts';
import { requireUser } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface DescribeUserInput {
  readonly UserId: string;
  readonly Extensions?: readonly string[];
}

export function describeUser(input: DescribeUserInput, ctx: OperationContext): Record<string, unknown> {
  const extensions = input.Extensions ?? [];
  extensions.forEach((name, i) => checkExtensionName(name, `extensions.${i + 1}.member`));
  return userToWire(ctx.store.identityStoreId, requireUser(ctx.store, input.UserId), extensions);
}
