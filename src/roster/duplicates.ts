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

export class DuplicateRows {
  private readonly firstLines = new Map<number, number>();

  /**
   * Records a row; returns the line of an earlier row with the same name (ignoring case and
   * spacing) and the same courts (in any order), if there is one. Rows with no name are skipped.
   */
  check(name: string, courts: readonly string[], line: number): number | undefined {
    const person = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (person === '') return undefined;
    const key = hash53(`${person}\u0000${[...courts].sort().join(';')}`);
    const first = this.firstLines.get(key);
    if (first === undefined) this.firstLines.set(key, line);
    return first;
  }
}
