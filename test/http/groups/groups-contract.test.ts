/** The shared resource contract (../resource-contract.ts) for /Groups. */
import { resourceContract } from '../resource-contract.ts';
import { GROUP_SCHEMA, newGroup } from './group-fixture.ts';

resourceContract({
  endpoint: '/Groups',
  coreSchema: GROUP_SCHEMA,
  uniqueAttribute: 'displayName',
  uniqueValue: (label) => label,
  newBody: (displayName, externalId) => newGroup(displayName, externalId === undefined ? {} : { externalId }),
  optionalAttribute: 'externalId',
});
