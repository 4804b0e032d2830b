import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openRoster, rosterFormatOf, type RosterEntry } from '../../src/roster/read-roster.js';

const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-read-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string) {
  const roster = await openRoster(path);
  const entries: RosterEntry[] = [];
  for await (const batch of roster.batches) {
    expect(batch.length).toBeGreaterThan(0);
    entries.push(...batch);
  }
  return { headers: roster.headers, entries, blankRows: roster.blankRows };
}

async function failure(path: string): Promise<string> {
  try {
    await readAll(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('expected a UserError');
}

describe('CSV rosters', () => {
  it('reads what Excel saves: BOM, CRLF, quoted fields with commas, quotes and line breaks', async () => {
    const path = file(
      'excel.csv',
      '\ufeffname,courts,filer\r\n' +
        '"Doe, Jane",ctd;utd,attorney\r\n' +
        '"O\'Brien, ""Pat""\r\nJr.",prd,pro-se\r\n' +
        '\r\n' +
        'Roe,cacd,attorney\r\n',
    );
    const { headers, entries } = await readAll(path);
    expect(headers).toEqual(['name', 'courts', 'filer']);
    expect(entries).toEqual([
      { line: 2, values: ['Doe, Jane', 'ctd;utd', 'attorney'] },
      { line: 3, values: ['O\'Brien, "Pat"\r\nJr.', 'prd', 'pro-se'] },
      { line: 6, values: ['Roe', 'cacd', 'attorney'] },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])(
    'counts lines with %s line ends, across quoted line breaks and empty lines',
    async (_, eol) => {
      const text = ['name,courts', '"A', 'B', 'C",ctd', '', '', 'D,utd', '"E"', ''].join(eol);
      const { entries } = await readAll(file(`lines-${_}.csv`, text));
      expect(entries.map((entry) => entry.line)).toEqual([2, 7, 8]);
    },
  );

  it('reads rows appended with LF to a file Excel saved with CRLF', async () => {
    const { entries } = await readAll(
      file('mixed.csv', 'name,courts\r\n"Doe, Jane",ctd\r\nRoe,utd\nKim,"prd\ncacd"\nLee,ctd\r\n'),
    );
    expect(entries).toEqual([
      { line: 2, values: ['Doe, Jane', 'ctd'] },
      { line: 3, values: ['Roe', 'utd'] },
      { line: 4, values: ['Kim', 'prd\ncacd'] },
      { line: 6, values: ['Lee', 'ctd'] },
    ]);
  });

  it('keeps line numbers right across chunk boundaries of a long file', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i % 100 === 0 ? `"Name\n${i}",ctd` : `Name ${i},ctd`,
    );
    const { entries } = await readAll(file('long.csv', `name,courts\n${rows.join('\n')}\n`));
    let line = 2;
    entries.forEach((entry, index) => {
      expect(entry.line).toBe(line);
      line += index % 100 === 0 ? 2 : 1;
    });
    expect(entries).toHaveLength(5000);
  });

  it('counts the rows before reading them, for the progress line', async () => {
    const total = async (content: string) => (await openRoster(file('count.csv', content))).total;
    expect(await total('name\r\nA\r\n"B\r\nstill B"\r\n\r\nC')).toBe(3);
    expect(await total('name\nA\nB\n')).toBe(2);
    expect(await total('name\rA\rB\r')).toBe(2);
    expect(await total('name\n')).toBe(0);
  });

  it('skips rows whose cells are all empty, and counts them', async () => {
    const { entries, blankRows } = await readAll(
      file('blank.csv', 'name,courts\n,\nA,ctd\n , \n,,\n'),
    );
    expect(entries).toEqual([{ line: 3, values: ['A', 'ctd'] }]);
    expect(blankRows).toBe(3);
  });

  it('reads a semicolon-separated file, as Excel writes CSV in some locales', async () => {
    const { headers, entries } = await readAll(
      file('semicolon.csv', 'name;courts;linked\n"Doe; Jane";"ctd;utd";ctd=yes\n'),
    );
    expect(headers).toEqual(['name', 'courts', 'linked']);
    expect(entries).toEqual([{ line: 2, values: ['Doe; Jane', 'ctd;utd', 'ctd=yes'] }]);
  });

  it('keeps a stray quote inside an unquoted cell, and trims headers', async () => {
    const { headers, entries } = await readAll(
      file('quotes.csv', ' name , courts\nJane "JJ" Doe,ctd\n'),
    );
    expect(headers).toEqual(['name', 'courts']);
    expect(entries).toEqual([{ line: 2, values: ['Jane "JJ" Doe', 'ctd'] }]);
  });

  it('turns an unclosed quote into an unreadable row at the line it starts, after the good rows', async () => {
    const { entries } = await readAll(
      file('unclosed.csv', 'name,courts\nA,ctd\nB,utd\n"C,prd\nD,cacd\n'),
    );
    expect(entries).toEqual([
      { line: 2, values: ['A', 'ctd'] },
      { line: 3, values: ['B', 'utd'] },
      { line: 4, unreadable: expect.stringContaining('never closed') },
    ]);
    // csv-parse's own message quotes the cell; ours never does.
    expect(JSON.stringify(entries[2])).not.toContain('prd');
  });

  it.each([
    ['empty.csv', '', 'is empty'],
    ['spaces.csv', '  \r\n\r\n', 'is empty'],
    ['bom-only.csv', '\ufeff', 'is empty'],
    [
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name,courts\n', 'utf16le')]),
      'UTF-16',
    ],
    ['utf16-no-bom.csv', Buffer.from('name,courts\n', 'utf16le'), 'NUL bytes'],
    ['latin1.csv', Buffer.from('name,courts\nJos\xe9,ctd\n', 'latin1'), 'not valid UTF-8'],
    [
      'late-latin1.csv',
      Buffer.concat([
        Buffer.from(`name,courts\n${'A,ctd\n'.repeat(20000)}`),
        Buffer.from('Jos\xe9,ctd\n', 'latin1'),
      ]),
      'not valid UTF-8',
    ],
  ])('refuses %s before reading any row', async (name, content, message) => {
    expect(await failure(file(name, content))).toContain(message);
  });

  it('says when the file cannot be read', async () => {
    expect(await failure(join(dir, 'missing.csv'))).toContain('not found');
  });
});

describe('YAML and JSON rosters', () => {
  it('reads a YAML list of records with the line each starts on', async () => {
    const { headers, entries } = await readAll(
      file(
        'team.yaml',
        [
          '# the firm',
          '- name: Jane Doe',
          '  courts: [ctd, utd]',
          '  linked: { ctd: yes, utd: no }',
          '- name: Pat Roe',
          '  email: pat@example.com',
          '  problems: [menus-limited]',
          '',
        ].join('\n'),
      ),
    );
    expect(headers).toEqual(['name', 'courts', 'linked', 'email', 'problems']);
    expect(entries).toEqual([
      {
        line: 2,
        values: ['Jane Doe', ['ctd', 'utd'], { ctd: 'yes', utd: 'no' }, undefined, undefined],
      },
      {
        line: 5,
        values: ['Pat Roe', undefined, undefined, 'pat@example.com', ['menus-limited']],
      },
    ]);
  });

  it('reads a JSON list, and reports an entry that is not a record as unreadable', async () => {
    const { headers, entries } = await readAll(
      file(
        'team.json',
        '[\n  {"name": "Jane", "courts": "ctd"},\n  "Pat Roe",\n  {"name": "Kim"}\n]\n',
      ),
    );
    expect(headers).toEqual(['name', 'courts']);
    expect(entries).toEqual([
      { line: 2, values: ['Jane', 'ctd'] },
      { line: 3, unreadable: 'entry 2 is a string, not a record of column: value' },
      { line: 4, values: ['Kim', undefined] },
    ]);
  });

  it.each([
    ['map.yaml', 'name: Jane\ncourts: ctd\n', 'not a roster: expected a list of records'],
    ['wrapped.json', '{"attorneys": [{"name": "Jane"}]}', 'found a map (keys: attorneys)'],
    ['scalar.yaml', 'just text\n', 'found a string'],
    ['empty.yaml', '\n\n', 'is empty'],
    ['empty-list.json', '[]', 'empty list'],
    ['broken.yaml', '- name: [unclosed\n', 'not valid YAML'],
    ['broken.json', '[{"name": }]', 'not valid JSON'],
  ])('refuses %s', async (name, content, message) => {
    expect(await failure(file(name, content))).toContain(message);
  });
});

describe('rosterFormatOf', () => {
  it.each([
    ['team.csv', 'csv'],
    ['TEAM.CSV', 'csv'],
    ['team.yaml', 'yaml'],
    ['team.yml', 'yaml'],
    ['team.json', 'json'],
  ])('reads %s as %s', (name, format) => {
    expect(rosterFormatOf(name)).toBe(format);
  });

  it('refuses a workbook with a hint to save it as CSV', () => {
    expect(() => rosterFormatOf('team.xlsx')).toThrow(/\.csv, \.yaml, \.yml or \.json/);
    try {
      rosterFormatOf('team.xlsx');
    } catch (error) {
      expect((error as UserError).hint).toContain('CSV UTF-8');
    }
  });
});
