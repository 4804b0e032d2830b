/**
 * The README's tables of flags, settings and exit codes are made from the code's own tables
 * (src/options.ts, src/cli/exit-codes.ts): a README that differs fails here, as a stale JSON
 * Schema does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeSections, updateReadme } from '../../scripts/build/readme-tables.js';

describe("the README's generated tables", () => {
  it('are what the code says (run `npm run readme` if not)', async () => {
    const committed = readFileSync(README, 'utf8');
    expect(
      (await updateReadme(committed)) === committed,
      'README.md is stale: run `npm run readme` and commit it',
    ).toBe(true);
  });

  it('fail the check when a table differs from the code', async () => {
    const committed = readFileSync(README, 'utf8');
    const drifted = committed.replace('| 130  | cancelled', '| 131  | cancelled');
    expect(drifted).not.toBe(committed);
    expect(await updateReadme(drifted)).toBe(committed);
    await expect(updateReadme(committed.replace('<!-- end: flags -->', ''))).rejects.toThrow(
      /no section flags/,
    );
  });

  it('list every visible flag and every exit code', () => {
    const { flags, 'exit-codes': codes } = readmeSections();
    for (const flag of ['--court', '--format', '--no-input', '--courts-dir', '--bom', '--from'])
      expect(flags).toContain(flag);
    expect(flags).not.toContain('--courts <ids>');
    for (const code of [0, 1, 2, 65, 69, 70, 74, 75, 130]) expect(codes).toContain(`| ${code} |`);
  });
});
