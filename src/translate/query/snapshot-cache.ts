/**
 * A bounded, in-process cache of materialised list results, so index paging (RFC 7644 section
 * 3.4.2.4) through N resources costs about N/100 ListUsers in total instead of a rescan per page.
 *
 * A snapshot is the full filtered (and sorted) result of one query, rendered but not projected,
 * keyed by issuer + query without paging. Bounds: entries and an estimate of total size (JSON
 * characters), least recently used evicted first; every entry expires `ttlMs` after it was
 * taken, which is the staleness bound of a later page. Correctness never depends on this cache:
 * a miss means a rescan. Listing code only reads snapshots for pages after the first, so an IdP
 * that starts a new import run (startIndex=1) always sees fresh data.
 */
import type { ScimResource } from '../../scim/resource.ts';

export interface SnapshotCacheOptions {
  readonly maxEntries?: number;
  /** Approximate bound on the cached resources, in JSON characters. */
  readonly maxSize?: number;
  readonly ttlMs?: number;
  /** Milliseconds since the epoch; injected so tests can move time. */
  readonly clock?: () => number;
}

export const DEFAULT_SNAPSHOT_TTL_MS = 2 * 60_000;
const DEFAULT_MAX_ENTRIES = 64;
const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

interface Entry {
  readonly resources: readonly ScimResource[];
  readonly size: number;
  readonly expiresAt: number;
}

export class SnapshotCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxSize: number;
  readonly #ttlMs: number;
  readonly #clock: () => number;
  #size = 0;

  constructor(options: SnapshotCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
    this.#ttlMs = options.ttlMs ?? DEFAULT_SNAPSHOT_TTL_MS;
    this.#clock = options.clock ?? Date.now;
  }

  /** The snapshot, or undefined when absent or expired; a hit becomes the most recently used. */
  get(key: string): readonly ScimResource[] | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#delete(key);
    if (entry.expiresAt <= this.#clock()) return undefined;
    this.#entries.set(key, entry);
    this.#size += entry.size;
    return entry.resources;
  }

  /** Stores a snapshot; one larger than the whole cache is not kept (it would evict everything). */
  set(key: string, resources: readonly ScimResource[]): void {
    this.#delete(key);
    const size = resources.reduce((total, resource) => total + JSON.stringify(resource).length, 0);
    if (size > this.#maxSize || this.#maxEntries < 1) return;
    this.#entries.set(key, { resources, size, expiresAt: this.#clock() + this.#ttlMs });
    this.#size += size;
    for (const [oldest] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#size <= this.#maxSize) break;
      this.#delete(oldest);
    }
  }

  get size(): { readonly entries: number; readonly characters: number } {
    return { entries: this.#entries.size, characters: this.#size };
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#size -= entry.size;
  }
}
