/**
 * Safe, unique file names for the per-attorney checklists. A name from a spreadsheet may hold
 * anything (slashes, accents, "..", a Windows device name); the file name holds only
 * lower-case letters, digits and hyphens, and two attorneys with one name get two files.
 */

import { HashTable } from './hash-table.js';

/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** "José O'Brien, Jr." → "jose-o-brien-jr"; never empty, at most 60 characters. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'attorney';
  return RESERVED.test(slug) ? `${slug}-attorney` : slug;
}

/**
 * Hands out checklist file names, each once: "jane-doe.md", then "jane-doe-2.md". The names
 * given out are kept as hashes (a million of them in about 16 MB): a collision by chance only
 * adds a number to a name that did not need one.
 */
export class ChecklistNames {
  private readonly used = new HashTable(true);
  /**
   * For a slug that was taken before, the number to try next: every lower one is in use (the
   * set only grows), so 10,000 attorneys of one name cost 10,000 tries, not 50 million. Only
   * names that repeat get an entry.
   */
  private readonly nextNumber = new Map<string, number>();

  /** Never gives out this name (a file the run reads, say). */
  reserve(name: string): void {
    this.used.setIfAbsent(name.toLowerCase(), 1);
  }

  /** A file name for this attorney not given out before in this run. */
  take(name: string): string {
    const slug = slugOf(name);
    let n = this.nextNumber.get(slug) ?? 1;
    let candidate = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
    while (this.used.setIfAbsent(candidate, 1) !== undefined) candidate = `${slug}-${++n}.md`;
    if (n > 1 || this.nextNumber.has(slug)) this.nextNumber.set(slug, n + 1);
    return candidate;
  }
}
