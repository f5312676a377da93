/**
 * A bounded, in-process cache of materialised list results, so index paging (RFC 7644 section
 * 3.4.2.4) through N resources costs about N/100 ListUsers in total instead of a rescan per page.
 *
 * A snapshot is the full filtered (and sorted) result of one query, rendered but not projected,
 * keyed by issuer + query without paging, and held as JSON strings (result-snapshot.ts): a reader
 * parses only the slice it answers and gets fresh objects, so no response shares objects with it.
 *
 * Bounds: entries, and the total length of the held strings in characters, which is what they
 * cost: about one byte of heap per character (two for text outside Latin-1) plus a few dozen bytes
 * per resource. Least recently used evicted first. Every entry expires `ttlMs` after it was taken,
 * which is the staleness bound of a later page. Correctness never depends on this cache: a miss
 * means a rescan. Listing code only reads snapshots for pages after the first, so an IdP that
 * starts a new import run (startIndex=1) always sees fresh data.
 */
import type { ResultSnapshot } from './result-snapshot.ts';

export interface SnapshotCacheOptions {
  readonly maxEntries?: number;
  /** Bound on the total length of the cached JSON strings, in characters (UTF-16 code units). */
  readonly maxCharacters?: number;
  readonly ttlMs?: number;
  /** Milliseconds since the epoch; injected so tests can move time. */
  readonly clock?: () => number;
}

export const DEFAULT_SNAPSHOT_TTL_MS = 2 * 60_000;
const DEFAULT_MAX_ENTRIES = 64;
// 64 Mi characters: 64 MiB of heap for Latin-1 text, about 110,000 users of 570 characters.
const DEFAULT_MAX_CHARACTERS = 64 * 1024 * 1024;

interface Entry {
  readonly snapshot: ResultSnapshot;
  readonly expiresAt: number;
}

export class SnapshotCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxCharacters: number;
  readonly #ttlMs: number;
  readonly #clock: () => number;
  #characters = 0;

  constructor(options: SnapshotCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#maxCharacters = options.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
    this.#ttlMs = options.ttlMs ?? DEFAULT_SNAPSHOT_TTL_MS;
    this.#clock = options.clock ?? Date.now;
  }

  /** The snapshot (read it with `slice`), or undefined when absent or expired; a hit becomes the most recently used. */
  get(key: string): ResultSnapshot | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#delete(key);
    if (entry.expiresAt <= this.#clock()) return undefined;
    this.#entries.set(key, entry);
    this.#characters += entry.snapshot.characters;
    return entry.snapshot;
  }

  /** Stores a snapshot; one larger than the whole cache is not kept (it would evict everything). */
  set(key: string, snapshot: ResultSnapshot): void {
    this.#delete(key);
    if (snapshot.characters > this.#maxCharacters || this.#maxEntries < 1) return;
    this.#entries.set(key, { snapshot, expiresAt: this.#clock() + this.#ttlMs });
    this.#characters += snapshot.characters;
    for (const [oldest] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#characters <= this.#maxCharacters) break;
      this.#delete(oldest);
    }
  }

  get size(): { readonly entries: number; readonly characters: number } {
    return { entries: this.#entries.size, characters: this.#characters };
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#characters -= entry.snapshot.characters;
  }
}
