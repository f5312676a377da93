/**
 * Which replay sequences moto can serve: those whose requiredOperations (kept equal to the
 * emulator's call log by idp-replay-emulator.test.ts) are all operations moto implements.
 */
import type { Sequence } from './sequence.ts';

/**
 * Operations moto 5.2.1 answers with an HTTP 500 (shared/docs/research/moto-peer.md, table A2);
 * UpdateUser and UpdateGroup are missing from every moto release.
 */
export const MOTO_MISSING_OPERATIONS: readonly string[] = ['DescribeGroupMembership', 'GetGroupMembershipId', 'IsMemberInGroups', 'UpdateGroup', 'UpdateUser'];

export function runsOnMoto(sequence: Sequence): boolean {
  return sequence.requiredOperations.every((operation) => !MOTO_MISSING_OPERATIONS.includes(operation));
}
