/**
 * Notices rows that repeat an earlier row's attorney and courts. Who the attorney is comes from
 * the most specific cell the row gives: its id, else its e-mail address, else (only when
 * neither is given) its name; so two Jane Does with different ids or e-mail addresses are two
 * attorneys, and the same id under two spellings of a name is one. A million-row roster must
 * not keep a million keys as strings, so each key is kept as a 53-bit hash (HashTable): two
 * different rows would have to collide by chance (about one in a billion at that size) to be
 * misreported, and a duplicate is only ever a warning.
 */
import { HashTable } from './hash-table.js';

/** Which cell made two rows the same attorney. */
export type DuplicateBy = 'id' | 'email' | 'name';

export interface RowWho {
  name: string;
  email: string;
  id: string;
}

/** The cell that says who a row is, and its value as compared (case and spacing ignored). */
export function identityOf(row: RowWho): { by: DuplicateBy; value: string } | undefined {
  const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const id = norm(row.id);
  if (id !== '') return { by: 'id', value: id };
  const email = norm(row.email);
  if (email !== '') return { by: 'email', value: email };
  const name = norm(row.name);
  return name === '' ? undefined : { by: 'name', value: name };
}

export class DuplicateRows {
  private readonly firstLines = new HashTable();

  /**
   * Records a row; returns the line of an earlier row with the same attorney (by id, e-mail or
   * name, as identityOf decides) and the same courts (in any order), and the cell that decided,
   * if there is one. Rows that say nothing of who they are are skipped.
   */
  check(
    row: RowWho,
    courts: readonly string[],
    line: number,
  ): { line: number; by: DuplicateBy } | undefined {
    const who = identityOf(row);
    if (who === undefined) return undefined;
    const sorted = courts.length < 2 ? courts : [...courts].sort();
    const first = this.firstLines.setIfAbsent(
      `${who.by}\u0000${who.value}\u0000${sorted.join(';')}`,
      line,
    );
    return first === undefined ? undefined : { line: first, by: who.by };
  }
}
