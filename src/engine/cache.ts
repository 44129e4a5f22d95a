/**
 * Caches bounded by bytes, not by entries. Excel calls a function once per row with the same rule,
 * scale, calendar or holidays, so reading each text once pays off; but a text may be 32,767
 * characters long, so a cache of "1,000 entries" can hold hundreds of megabytes. These caches count
 * what they keep (UTF-16 keys at 2 bytes a character, plus the size the caller estimates for each
 * value) and stay under a budget.
 *
 * Eviction is least-recently-used: a recalculation walks down a table reusing a handful of texts
 * over and over, so those stay, while a one-off long text is the first to go. A JavaScript Map
 * iterates in insertion order, so re-inserting an entry on a hit marks it as the most recent and
 * the first key is always the least recent: O(1) per operation, no extra bookkeeping.
 *
 *   const cache = new TextCache<Scale>();          // 8 MB by default
 *   const hit = cache.get(text);
 *   if (hit === undefined) cache.set(text, read(text), 200);   // 200: the value's bytes, roughly
 *
 * `CellsCache` does the same for ranges (holidays, a two-column grade scale): the key is a short
 * fingerprint of the filled cells, and a hit is checked cell by cell, so a million-row column
 * never becomes a megabyte-long key.
 */
import { isArray, isBlank } from "./values";

const imul = Math.imul; // bound once: see values.ts
const same = Object.is;

/** 8 MB: dozens of the longest texts Excel allows, thousands of ordinary ones. */
export const DEFAULT_CACHE_BYTES = 8 * 1024 * 1024;

/** What a Map entry, its key string's header and a small value object cost beyond the key's characters. */
const ENTRY_OVERHEAD = 96;

/** Bytes a string takes in memory, roughly: V8 keeps it as one or two bytes a character; count two. */
export const textBytes = (s: string): number => 2 * s.length + 24;

interface Entry<V> {
  readonly value: V;
  readonly bytes: number;
}

export class TextCache<V> {
  private readonly map = new Map<string, Entry<V>>();
  private used = 0;

  /** @param budget bytes the cache may keep; an entry above a quarter of it is not kept at all. */
  constructor(readonly budget: number = DEFAULT_CACHE_BYTES) {}

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    this.map.delete(key); // most recent last
    this.map.set(key, e);
    return e.value;
  }

  /**
   * Keeps `value` under `key`, evicting the least recently used entries to stay in budget.
   * @param valueBytes the value's size, roughly (an error quoting the text counts that text too).
   */
  set(key: string, value: V, valueBytes = 64): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      this.used -= old.bytes;
    }
    const bytes = textBytes(key) + ENTRY_OVERHEAD + Math.max(0, valueBytes);
    // One huge entry would push out everything else for a single use: read it again next time.
    if (bytes > this.budget / 4) return;
    while (this.used + bytes > this.budget) {
      const [oldestKey, oldest] = this.map.entries().next().value as [string, Entry<V>];
      this.map.delete(oldestKey);
      this.used -= oldest.bytes;
    }
    this.map.set(key, { value, bytes });
    this.used += bytes;
  }

  clear(): void {
    this.map.clear();
    this.used = 0;
  }

  /** Entries kept. */
  get size(): number {
    return this.map.size;
  }

  /** Bytes kept, as counted: never above the budget. */
  get bytes(): number {
    return this.used;
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

/** A cell value as Excel hands it over. */
type CellValue = unknown;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** FNV-1a steps over 32-bit words: cheap, and spreads nearby serials (45292, 45293) apart. */
const mix = (h: number, x: number): number => imul(h ^ x, 16777619) >>> 0;

/** Two independent 32-bit hashes of a list of cell values, type included ("1" is not 1). */
function hashCells(values: readonly CellValue[]): string {
  let a = 2166136261;
  let b = 0x9e3779b9;
  for (const v of values) {
    if (typeof v === "number") {
      f64[0] = v;
      a = mix(mix(a, 1), u32[0]);
      a = mix(a, u32[1]);
      b = mix(mix(b, u32[1]), u32[0] ^ 0x5bd1e995);
    } else if (typeof v === "string") {
      a = mix(a, 2);
      b = mix(b, v.length);
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        a = mix(a, c);
        b = mix(b, c + i);
      }
    } else {
      const t = v === true ? 3 : v === false ? 4 : 5;
      a = mix(a, t);
      b = mix(b, t * 31);
    }
  }
  return `${values.length}:${a.toString(36)}:${b.toString(36)}`;
}

/** Whether two lists of cell values are the same, cell by cell. */
function sameCells(x: readonly CellValue[], y: readonly CellValue[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!same(x[i], y[i])) return false;
  return true;
}

/** Bytes a list of cell values takes, roughly: a slot each, plus the characters of texts. */
export function cellsBytes(values: readonly CellValue[]): number {
  let bytes = 16 + 8 * values.length;
  for (const v of values) bytes += typeof v === "string" ? textBytes(v) : typeof v === "number" ? 12 : 0;
  return bytes;
}

/**
 * The filled cells of a range in reading order, with the position of each one when `positions` is
 * given. Blank cells cost one comparison, so a whole column costs little more than its filled part.
 */
export function filledCells(input: unknown, positions?: number[]): CellValue[] {
  const out: CellValue[] = [];
  if (!isArray(input)) {
    if (!isBlank(input)) out.push(input);
    return out;
  }
  let index = 0;
  const rows = input.length;
  for (let i = 0; i < rows; i++) {
    const row: unknown = input[i];
    if (isArray(row)) {
      if (row.length === 1) {
        // A column, the usual shape of a whole-column range: a quarter less time per row than the
        // general loop below (measured on a million rows, whose memory walk is most of the cost).
        const v: unknown = row[0];
        if (!(v === "" || v === null || v === undefined)) {
          out.push(v);
          positions?.push(index);
        }
        index++;
        continue;
      }
      for (let j = 0; j < row.length; j++, index++) {
        const v = row[j];
        if (v === "" || v === null || v === undefined) continue;
        out.push(v);
        positions?.push(index);
      }
    } else {
      if (!isBlank(row)) {
        out.push(row);
        positions?.push(index);
      }
      index++;
    }
  }
  return out;
}

/**
 * Values computed from a list of cells (the filled cells of a range), keyed by a short fingerprint
 * (count and two hashes) and confirmed cell by cell on a hit, so a collision can never return
 * another range's value. The cells are kept for that check and counted in the budget.
 */
export class CellsCache<V> {
  private readonly texts: TextCache<{ readonly cells: readonly CellValue[]; readonly value: V }>;

  constructor(budget: number = DEFAULT_CACHE_BYTES) {
    this.texts = new TextCache(budget);
  }

  get(cells: readonly CellValue[]): V | undefined {
    const e = this.texts.get(hashCells(cells));
    return e !== undefined && sameCells(e.cells, cells) ? e.value : undefined;
  }

  set(cells: readonly CellValue[], value: V, valueBytes = 64): void {
    this.texts.set(hashCells(cells), { cells, value }, cellsBytes(cells) + valueBytes);
  }

  clear(): void {
    this.texts.clear();
  }

  get bytes(): number {
    return this.texts.bytes;
  }
}
