/**
 * The documents' tables of flags, settings and exit codes are made from the code's own tables
 * (src/options.ts, src/cli/exit-codes.ts): a document that differs fails here, as a stale JSON
 * Schema does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exitCodesHelp } from '../../src/cli/exit-codes.js';
import {
  documentFiles,
  placeSections,
  readmeSections,
  updateDocument,
} from '../../scripts/build/readme-tables.js';

const documents = new Map(documentFiles().map((file) => [file, readFileSync(file, 'utf8')]));

describe("the documents' generated tables", () => {
  it('are what the code says (run `npm run readme` if not)', async () => {
    for (const [file, text] of documents)
      expect(
        (await updateDocument(text)) === text,
        `${file} is stale: run \`npm run readme\` and commit it`,
      ).toBe(true);
  });

  it('are each in exactly one document', () => {
    const placed = placeSections(documents);
    expect([...placed.keys()].sort()).toEqual(Object.keys(readmeSections()).sort());
    const [file, text] = [...documents].find(([, each]) => each.includes('<!-- end: flags -->'))!;
    const without = new Map(documents).set(file, text.replace(/<!-- generated: flags [^>]*>/, ''));
    expect(() => placeSections(without)).toThrow(/no document has the section flags/);
    const twice = new Map(documents).set('copy.md', text);
    expect(() => placeSections(twice)).toThrow(/the section flags is in 2 documents/);
  });

  it('fail the check when a table differs from the code', async () => {
    const [, text] = [...documents].find(([, each]) => each.includes('| 130  | cancelled'))!;
    const drifted = text.replace('| 130  | cancelled', '| 131  | cancelled');
    expect(drifted).not.toBe(text);
    expect(await updateDocument(drifted)).toBe(text);
  });

  it('list every visible flag and every exit code', () => {
    const { flags, 'exit-codes': codes } = readmeSections();
    for (const flag of ['--court', '--format', '--no-input', '--courts-dir', '--bom', '--from'])
      expect(flags).toContain(flag);
    expect(flags).not.toContain('--courts <ids>');
    for (const code of [0, 1, 2, 65, 69, 70, 74, 75, 130]) expect(codes).toContain(`| ${code} |`);
    // data update waits for another's lock, then ends with 75 too (src/cli/data.ts).
    expect(codes).toMatch(/\| 75 +\| .*another `data update`/);
    expect(exitCodesHelp('data update')).toContain('75 another update is storing a feed');
  });
});
