/**
 * Read-only maps whose values are made when first asked for: the catalog's courts and
 * summaries (LazyMap) and its source registry (packed-registry.ts). What a command never reads
 * it never parses.
 */

/** A read-only map defined by its keys and a lookup; values, entries and iteration follow. */
export abstract class ReadOnlyKeyedMap<V> implements ReadonlyMap<string, V> {
  abstract get size(): number;
  abstract has(key: string): boolean;
  abstract get(key: string): V | undefined;
  abstract keys(): MapIterator<string>;

  *values(): MapIterator<V> {
    for (const key of this.keys()) yield this.get(key) as V;
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.keys()) yield [key, this.get(key) as V];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** A read-only map whose values are made on first use, each by its own maker. */
export class LazyMap<V> extends ReadOnlyKeyedMap<V> {
  private readonly made = new Map<string, V>();
  constructor(private readonly makers: ReadonlyMap<string, () => V>) {
    super();
  }
  get size(): number {
    return this.makers.size;
  }
  has(key: string): boolean {
    return this.makers.has(key);
  }
  get(key: string): V | undefined {
    const done = this.made.get(key);
    if (done !== undefined) return done;
    const make = this.makers.get(key);
    if (!make) return undefined;
    const value = make();
    this.made.set(key, value);
    return value;
  }
  keys(): MapIterator<string> {
    return this.makers.keys();
  }
}
