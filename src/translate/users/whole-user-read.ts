/**
 * How every user read asks the store: with the enterprise extension
 * (`Extensions: ["aws:identitystore:enterprise"]`). A user's `meta.version` hashes everything the
 * IdP can see, enterprise attributes included (user-version.ts), so every read must see them for
 * one user to have one version whatever `attributes` a request selects. Asking costs no extra
 * call, only the extension's few bytes in the answer.
 */
import type { ReadOptions } from '../../identity-store/port.ts';

export const WHOLE_USER_READ: ReadOptions = { enterprise: true };
