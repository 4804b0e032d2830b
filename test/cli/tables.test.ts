/**
 * Tables and prose cut and wrapped to the terminal: `courts` and the roster's text table at
 * 40, 80 and 120 columns, and `check` laid out at $COLUMNS when its output is piped.
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { courts } from '../../src/cli/courts.js';
import type { Io } from '../../src/cli/io.js';
import { InterruptWatch } from '../../src/io/interrupts.js';
import { summaryTextLines, type RosterSummary } from '../../src/roster/summary.js';
import { visibleWidth } from '../../src/render/wrap.js';
import { runInProcess } from '../helpers/in-process.js';
import { answerFlags, READY_ANSWERS } from '../helpers/fixtures.js';
import { overflow } from '../helpers/width.js';

/** An Io whose stdout is a terminal of `columns` (or a file, without), capturing what is written. */
function terminalIo(columns: number | undefined, env: Record<string, string> = {}) {
  const written = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: {
      write: (text: string) => (written.stdout += text),
      ...(columns === undefined ? {} : { isTTY: true, columns }),
    },
    stderr: { write: (text: string) => (written.stderr += text) },
    stdinIsTTY: false,
    env,
    cwd: process.cwd(),
    now: () => new Date('2026-11-22T12:00:00'),
    interrupt: new InterruptWatch(() => undefined),
  };
  return { io, written };
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('courts in a terminal', () => {
  it.each([40, 80, 120])('cuts every row to %i columns, with and without colour', async (width) => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
      const { io, written } = terminalIo(width, env);
      expect(await courts({ format: 'text', asOf: '2026-11-22' }, io)).toBe('ok');
      const shown = lines(written.stdout);
      expect(shown.length).toBeGreaterThan(201);
      for (const line of shown)
        expect(visibleWidth(stripVTControlCharacters(line))).toBeLessThanOrEqual(width);
      // Cut rows end in an ellipsis; at 120 columns a row shows its type, status, go-live, ACMS
      // and name (the CM/ECF address, the id's, makes room for the name).
      expect(shown.some((line) => line.endsWith('…'))).toBe(true);
      const plain = stripVTControlCharacters(written.stdout);
      if (width === 120)
        expect(plain).toMatch(/^ctd {3}district .* United States District Court for the Dis/m);
      expect(plain.replace(/\s+/g, ' ')).toContain(
        "One court's facts: nextgen-ready courts <id>; your plan: nextgen-ready check --court <id>",
      );
    }
  });

  it.each([60, 80])(
    'keeps the id and the name at %i columns, leaving out the CM/ECF address first',
    async (width) => {
      const { io, written } = terminalIo(width, { NO_COLOR: '1' });
      await courts({ format: 'text', asOf: '2026-11-22', state: 'texas' }, io);
      const plain = written.stdout;
      const [header] = lines(plain);
      expect(header).toMatch(/^ID\s/);
      expect(header).toMatch(/\sNAME$/);
      expect(header).not.toContain('CM/ECF');
      // The name is there, readable, for every court: the Western District of Texas is found.
      expect(plain).toMatch(/^txwd\s.*District Court, W\.D\. Texas$/m);
      // What was left out is said once, and derivable.
      expect(plain.replace(/\s+/g, ' ')).toContain('CM/ECF: https://ecf.<id>.uscourts.gov.');
    },
  );

  it('writes the whole table into a file or a pipe', async () => {
    const { io, written } = terminalIo(undefined, { COLUMNS: '40' });
    await courts({ format: 'text', asOf: '2026-11-22' }, io);
    expect(written.stdout).not.toContain('…');
    expect(written.stdout).toContain(
      'United States District Court for the District of Connecticut',
    );
  });
});

describe("the roster's text table", () => {
  const summary = (line: number, name: string, actions: string[]): RosterSummary => ({
    line,
    name,
    email: '',
    id: '',
    courts: ['ctd', 'utd'],
    status: actions.length > 0 ? 'action-needed' : 'ready',
    actions,
    errors: [],
  });
  const summaries = [
    summary(2, 'Doe, Jane', ['upgrade-pacer-account', 'link-ecf-account@utd', 'enroll-mfa']),
    summary(3, '山田 太郎', []),
    {
      ...summary(4, 'Kim Park', []),
      status: 'error' as const,
      errors: [
        'courts: unknown court "ctdd" (did you mean "ctd"?); `nextgen-ready courts` lists the ids',
      ],
    },
  ];
  const totals = {
    rows: 3,
    ready: 1,
    actionNeeded: 1,
    waiting: 0,
    errors: 1,
    actions: 3,
    conditional: 0,
    duplicates: 0,
  };
  const meta = { roster: 'team.csv', asOf: '2026-11-22' };

  it.each([40, 80, 120])('fits %i columns: rows cut, prose wrapped', (width) => {
    const text = [...summaryTextLines(summaries, totals, meta, width)].join('');
    for (const line of text.split('\n')) expect(overflow(line, width)).toBeUndefined();
    expect(text).toContain('3 attorneys');
    expect(text).toContain('Kim Park');
  });

  it('aligns a name in wide characters by its visible width', () => {
    const text = [...summaryTextLines(summaries, totals, meta, 120)].join('');
    const rows = text.split('\n').filter((line) => line.includes('ctd,utd'));
    expect(rows).toHaveLength(3);
    const statusColumn = rows.map((row) => visibleWidth(row.slice(0, row.indexOf('ctd,utd'))));
    expect(new Set(statusColumn).size).toBe(1);
  });

  it('cuts nothing without a width (a file, a pipe)', () => {
    const text = [...summaryTextLines(summaries, totals, meta)].join('');
    expect(text).toContain('upgrade-pacer-account; link-ecf-account@utd; enroll-mfa\n');
    expect(text).not.toContain('…');
  });
});

describe('check, piped', () => {
  it.each([40, 80, 120])('lays the plan out at $COLUMNS (%i)', async (width) => {
    const flags = answerFlags({ ...READY_ANSWERS, 'account-type': 'legacy', linked: 'no' });
    const result = await runInProcess(
      ['check', '--court', 'ca2', '--as-of', '2026-11-22', ...flags, '--ecf-login', 'forgotten'],
      { env: { COLUMNS: String(width) } },
    );
    expect(result.code, result.stderr).toBe(0);
    for (const line of result.stdout.split('\n')) expect(overflow(line, width)).toBeUndefined();
    const widest = Math.max(...result.stdout.split('\n').map(visibleWidth));
    expect(widest).toBeGreaterThan(Math.min(width, 100) - 15);
  });
});
