/** The shared resource contract (../resource-contract.ts) for /Users. */
import { resourceContract } from '../resource-contract.ts';
import { USER_SCHEMA, newUser } from '../helpers/scim-gateway.ts';

resourceContract({
  endpoint: '/Users',
  coreSchema: USER_SCHEMA,
  uniqueAttribute: 'userName',
  uniqueValue: (label) => `${label}@example.com`,
  newBody: (userName, title) => newUser(userName, title === undefined ? {} : { title }),
  optionalAttribute: 'title',
});
