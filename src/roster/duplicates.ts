/**
 * Notices rows that repeat an earlier row's attorney and courts. A million-row roster must not
 * keep a million keys as strings, so each key is kept as a 53-bit hash (HashTable): two
 * different rows would have to collide by chance (about one in a billion at that size) to be
 * misreported, and a duplicate is only ever a warning.
 */
import { HashTable } from './hash-table.js';

export class DuplicateRows {
  private readonly firstLines = new HashTable();

  /**
   * Records a row; returns the line of an earlier row with the same name (ignoring case and
   * spacing) and the same courts (in any order), if there is one. Rows with no name are skipped.
   */
  check(name: string, courts: readonly string[], line: number): number | undefined {
    const person = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (person === '') return undefined;
    const sorted = courts.length < 2 ? courts : [...courts].sort();
    return this.firstLines.setIfAbsent(`${person}\u0000${sorted.join(';')}`, line);
  }
}
