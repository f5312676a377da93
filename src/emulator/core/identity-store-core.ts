/**
 * The emulator core: the 19 Identity Store operations over in-memory state, with no HTTP. It is
 * the middle of the pipeline the wire layer drives: validate the input against the constraint
 * tables -> resolve the identity store -> run the operation's handler -> tell persistence.
 * Usable in-process (e.g. by benchmarks) through `invoke`.
 *
 * Any identity store id the model's IdentityStoreId pattern accepts is served and created on
 * first use, unless `knownIdentityStoreIds` is given: then other ids are ResourceNotFound
 * IDENTITY_STORE, as on AWS for a store that does not exist.
 */
import { OPERATIONS } from '../model/operations.ts';
import type { OperationName } from '../model/operations.ts';
import { validateShape } from '../model/validate-input.ts';
import { OPERATION_HANDLERS, WRITE_OPERATIONS } from '../operations/operation-handlers.ts';
import { loadSeed } from '../state/load-seed.ts';
import { PageTokens } from '../state/page-token.ts';
import type { SeedData } from '../state/seed-data.ts';
import { snapshot } from '../state/snapshot.ts';
import { StoreState } from '../state/store-state.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';

export interface IdentityStoreCoreOptions {
  /** When set, only these identity stores (and seeded ones) exist. */
  readonly knownIdentityStoreIds?: readonly string[];
  /** The clock for CreatedAt/UpdatedAt; tests may pin it. */
  readonly clock?: () => Date;
  /** Called after every successful write operation or seed (persistence hooks in here). */
  readonly onChange?: () => void;
}

export interface Caller {
  /** Recorded as CreatedBy/UpdatedBy. */
  readonly actor: string;
}

export class IdentityStoreCore {
  readonly #stores = new Map<string, StoreState>();
  readonly #known: Set<string> | undefined;
  readonly #tokens = new PageTokens();
  readonly #clock: () => Date;
  readonly #onChange: (() => void) | undefined;

  constructor(options: IdentityStoreCoreOptions = {}) {
    this.#known = options.knownIdentityStoreIds === undefined ? undefined : new Set(options.knownIdentityStoreIds);
    this.#clock = options.clock ?? (() => new Date());
    this.#onChange = options.onChange;
  }

  /** Runs one operation; returns its output members or throws an IdentityStoreError. */
  invoke(operation: OperationName, input: unknown, caller: Caller): Record<string, unknown> {
    validateShape(OPERATIONS[operation].input, input, '');
    const { IdentityStoreId: identityStoreId } = input as { IdentityStoreId: string };
    if (this.#known !== undefined && !this.#known.has(identityStoreId)) throw IdentityStoreError.notFound('IDENTITY_STORE', identityStoreId);
    const output = OPERATION_HANDLERS[operation](input, {
      store: this.#storeFor(identityStoreId),
      now: this.#clock().getTime(),
      actor: caller.actor,
      tokens: this.#tokens,
    });
    if (WRITE_OPERATIONS.has(operation)) this.#onChange?.();
    return output;
  }

  #storeFor(identityStoreId: string): StoreState {
    let store = this.#stores.get(identityStoreId);
    if (store === undefined) {
      store = new StoreState(identityStoreId);
      this.#stores.set(identityStoreId, store);
    }
    return store;
  }

  /** Adds seed data (users with ExternalIds, UserStatus, ...) to the stores it names; seeded stores become known. */
  seed(data: SeedData): void {
    loadSeed(
      data,
      (id) => {
        this.#known?.add(id);
        return this.#storeFor(id);
      },
      this.#clock().getTime(),
    );
    this.#onChange?.();
  }

  /** Every store's state as seed data (what the persistence file holds). */
  snapshot(): SeedData {
    return snapshot(this.#stores.values());
  }

  /** Forgets every user, group and membership of every store. */
  reset(): void {
    this.#stores.clear();
    this.#onChange?.();
  }
}
