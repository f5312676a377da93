/** Runs the shared Identity Store behaviour suite against our emulator, all 19 operations, strict. */
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import { describeIdentityStoreBehaviour } from './identity-store-behaviour.ts';

describeIdentityStoreBehaviour({
  name: 'scim-bridge emulator',
  strictAws: true,
  supports: () => true,
  start: async () => {
    const emulator = await startEmulator();
    return {
      endpoint: emulator.endpoint,
      reset: () => Promise.resolve(emulator.reset()),
      close: () => emulator.close(),
    };
  },
});
