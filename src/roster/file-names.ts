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

  /** Never gives out this name (a file the run reads, say). */
  reserve(name: string): void {
    this.used.setIfAbsent(name.toLowerCase(), 1);
  }

  /** A file name for this attorney not given out before in this run. */
  take(name: string): string {
    const slug = slugOf(name);
    let candidate = `${slug}.md`;
    for (let n = 2; this.used.setIfAbsent(candidate, 1) !== undefined; n++)
      candidate = `${slug}-${n}.md`;
    return candidate;
  }
}
