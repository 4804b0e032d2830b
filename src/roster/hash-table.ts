/**
 * Sets and maps of strings that a roster keeps one entry per row of (the rows seen, the
 * checklist names given out), kept as 53-bit hashes in typed arrays: 12 bytes a slot, about
 * 24 MB for a million rows, where a Set of the strings took several times that. Two different
 * strings share a hash by chance about once in a billion at that size; each user says what a
 * collision costs it (a duplicate warning that is not one; a "-2" on a file name).
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Strings (by their hash) → a 32-bit number, in an open-addressing table kept at most half
 * full (linear probing): two typed arrays, doubled as they fill. A table made `asSet` keeps
 * no numbers (8 bytes a slot), and gives 1 for every string in it.
 */
export class HashTable {
  private keys = new Float64Array(1 << 12);
  private values: Uint32Array;
  private size = 0;

  constructor(private readonly asSet = false) {
    this.values = new Uint32Array(asSet ? 0 : 1 << 12);
  }

  /** The number stored for `text`, if any. */
  get(text: string): number | undefined {
    const key = keyOf(text);
    const mask = this.keys.length - 1;
    for (let slot = key % this.keys.length; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot]!;
      if (found === key) return this.asSet ? 1 : this.values[slot];
      if (found === 0) return undefined;
    }
  }

  /** Stores `value` for `text` unless it has one; returns the one it had, if any. */
  setIfAbsent(text: string, value: number): number | undefined {
    const key = keyOf(text);
    const mask = this.keys.length - 1;
    for (let slot = key % this.keys.length; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot]!;
      if (found === key) return this.asSet ? 1 : this.values[slot];
      if (found !== 0) continue;
      this.keys[slot] = key;
      if (!this.asSet) this.values[slot] = value;
      if (++this.size * 2 > this.keys.length) this.grow();
      return undefined;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Uint32Array(this.asSet ? 0 : keys.length * 2);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      const key = keys[old]!;
      if (key === 0) continue;
      let slot = key % this.keys.length;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      if (!this.asSet) this.values[slot] = values[old]!;
    }
  }
}

/** 0 marks an empty slot: a hash of 0 (one in 2^53) is taken as 1. */
function keyOf(text: string): number {
  return hash53(text) || 1;
}
