/**
 * What every operation handler receives: the identity store it acts on (already resolved and
 * created on first use), the clock, the caller and the page-token issuer. Handlers get inputs
 * that already passed the constraint tables (model/validate-input.ts), so they only apply the
 * rules the model cannot express: uniqueness, existence, reserved names, paths.
 */
import type { PageTokens } from '../state/page-token.ts';
import type { StoreState } from '../state/store-state.ts';

export interface OperationContext {
  readonly store: StoreState;
  /** Epoch milliseconds of this request. */
  readonly now: number;
  /** Who calls: the SigV4 access key id, recorded as CreatedBy/UpdatedBy. */
  readonly actor: string;
  readonly tokens: PageTokens;
}

/** MaxResults when the caller gives none; the model allows 1-100. */
export const DEFAULT_MAX_RESULTS = 100;
