/**
 * Notices rows that repeat an earlier row's attorney and courts. A 100,000-row roster must not
 * keep 100,000 keys as strings, so each key is kept as a 53-bit hash: two different rows
 * would have to collide by chance (about one in ten million at that size) to be misreported,
 * and a duplicate is only ever a warning.
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
function hash53(text: string): number {
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
 * The rows seen, as an open-addressing hash table in two typed arrays (key hash, first line):
 * 12 bytes a slot, about 24 MB for a million rows, where a Map of boxed 53-bit numbers took
 * 43 MB and twice that while it grew. Slots are found by linear probing; a key is never 0.
 */
export class DuplicateRows {
  private keys = new Float64Array(1 << 12);
  private lines = new Uint32Array(1 << 12);
  private size = 0;

  /**
   * Records a row; returns the line of an earlier row with the same name (ignoring case and
   * spacing) and the same courts (in any order), if there is one. Rows with no name are skipped.
   */
  check(name: string, courts: readonly string[], line: number): number | undefined {
    const person = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (person === '') return undefined;
    const sorted = courts.length < 2 ? courts : [...courts].sort();
    // 0 marks an empty slot; a hash of 0 (one in 2^53) is moved to 1.
    const key = hash53(`${person}\u0000${sorted.join(';')}`) || 1;
    const mask = this.keys.length - 1;
    for (let slot = key % this.keys.length; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot]!;
      if (found === key) return this.lines[slot];
      if (found !== 0) continue;
      this.keys[slot] = key;
      this.lines[slot] = line;
      if (++this.size * 2 > this.keys.length) this.grow();
      return undefined;
    }
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private grow(): void {
    const { keys, lines } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Uint32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      const key = keys[old]!;
      if (key === 0) continue;
      let slot = key % this.keys.length;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.lines[slot] = lines[old]!;
    }
  }
}
