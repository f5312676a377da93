/** DescribeGroup (Identity Store API reference). */
import { groupToWire } from '../wire/to-wire.ts';
import { requireGroup } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface DescribeGroupInput {
  readonly GroupId: string;
}

export function describeGroup(input: DescribeGroupInput, ctx: OperationContext): Record<string, unknown> {
  return groupToWire(ctx.store.identityStoreId, requireGroup(ctx.store, input.GroupId));
}
