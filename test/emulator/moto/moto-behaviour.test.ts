// The shared Identity Store behaviour suite (../identity-store-behaviour.ts) run against moto
// 5.2.1, an independent implementation, for the operations moto implements. Cases marked
// `strict` are left out: they assert AWS semantics that moto is known not to have (see
// MOTO_QUIRKS, pinned one by one in moto-quirks.test.ts, and docs/emulator.md, "Comparison
// with moto").
import { describeIdentityStoreBehaviour } from '../identity-store-behaviour.ts';
import type { OperationName } from '../identity-store-behaviour.ts';
import { startMotoServer } from '../../helpers/moto-server.ts';

/** Operations moto 5.2.1 answers with an HTTP 500 HTML page (not implemented). */
export const MOTO_MISSING_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'UpdateUser',
  'UpdateGroup',
  'IsMemberInGroups',
  'GetGroupMembershipId',
  'DescribeGroupMembership',
]);

describeIdentityStoreBehaviour({
  name: 'moto 5.2.1',
  // moto has no constraint checks, silent double deletes, duplicate memberships, no cascades,
  // no audit fields and case-sensitive names: the strict cases would fail for those reasons.
  strictAws: false,
  supports: (operation) => !MOTO_MISSING_OPERATIONS.has(operation),
  start: async () => {
    const moto = await startMotoServer();
    return { endpoint: moto.url, reset: () => moto.reset(), close: () => moto.close() };
  },
});
