/**
 * A small least-recently-used cache. Excel calls a function once per ticket row with the same
 * calendar text and holiday range, so parsing them once pays off; the bound keeps a workbook with
 * many distinct calendars from growing memory without limit.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // A Map iterates in insertion order: re-inserting marks the entry as the most recent.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  get size(): number {
    return this.map.size;
  }
}
