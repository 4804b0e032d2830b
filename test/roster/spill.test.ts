import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SpillList } from '../../src/roster/spill.js';
import { TextSummary, emptyTotals, type RosterSummary } from '../../src/roster/summary.js';

const spillFiles = () =>
  new Set(readdirSync(tmpdir()).filter((name) => name.startsWith(`nextgen-ready-${process.pid}-`)));

describe('SpillList', () => {
  it('keeps the first items in memory and never touches the disk for a short list', () => {
    const before = spillFiles();
    const list = new SpillList(10);
    for (let i = 0; i < 10; i++) list.push(`item ${i}`);
    expect(spillFiles()).toEqual(before);
    expect([...list]).toEqual(Array.from({ length: 10 }, (_, i) => `item ${i}`));
  });

  it('gives back every item in order past the bound, line breaks and accents included, then removes its file', () => {
    const before = spillFiles();
    const list = new SpillList(3);
    const items = Array.from(
      { length: 50_000 },
      (_, i) => `José ${i}${i % 7 === 0 ? '\nsecond line' : ''}${'é'.repeat(i % 13)}`,
    );
    for (const item of items) list.push(item);
    const created = [...spillFiles()].filter((name) => !before.has(name));
    expect(created).toHaveLength(1);
    const path = `${tmpdir()}/${created[0]!}`;
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect([...list]).toEqual(items);
    expect([...list]).toEqual(items); // read again, same
    list.dispose();
    expect(existsSync(path)).toBe(false);
    expect([...list]).toEqual([]);
  });
});

describe('the text table of a large roster', () => {
  it('prints every row past what memory keeps, in order', () => {
    const table = new TextSummary();
    const rows = 25_000;
    for (let line = 2; line < rows + 2; line++) {
      const summary: RosterSummary = {
        line,
        name: `Attorney ${line}`,
        email: '',
        id: '',
        courts: ['ctd'],
        status: line % 1000 === 0 ? 'error' : 'ready',
        actions: [],
        errors: line % 1000 === 0 ? ['filer: empty'] : [],
      };
      table.add(summary);
    }
    const text = [...table.lines(emptyTotals(), { roster: 'team.csv', asOf: '2026-11-22' })].join(
      '',
    );
    table.dispose();
    const lines = text.split('\n');
    const tableLines = lines.filter((line) => /^\d+ +Attorney/.test(line));
    expect(tableLines).toHaveLength(rows);
    expect(tableLines.at(-1)).toMatch(/^25001 +Attorney 25001 +ctd +ready/);
    // The errors are printed once, grouped, on stderr: the table says where they are.
    expect(lines.filter((line) => / ERROR +- +see the errors$/.test(line))).toHaveLength(25);
    expect(text).toMatch(/\n25000 +Attorney 25000 +ctd +ERROR +- +see the errors\n/);
  });
});
