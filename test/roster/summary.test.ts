import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import type { RowOutcome } from '../../src/roster/plan-row.js';
import {
  countRow,
  describeTotals,
  emptyTotals,
  jsonDocument,
  summaryMarkdownLines,
  summaryTextLines,
  rosterJsonEntry,
  SUMMARY_CSV_COLUMNS,
  summaryCsvRecord,
  summaryOf,
  type RosterSummary,
} from '../../src/roster/summary.js';
import { CsvBatch, csvText } from '../../src/roster/csv-write.js';
import { RosterBreakdown } from '../../src/roster/breakdown.js';
import { parse } from 'csv-parse/sync';

const plan = {
  schemaVersion: 1,
  asOf: '2026-11-22',
  status: 'action-needed',
  courts: [],
  answers: { filer: {}, courts: {} },
  actions: [
    {
      id: 'upgrade-pacer-account',
      court: null,
      title: 'Upgrade your legacy PACER account',
      caveat: 'Only if the Account Type says Legacy PACER Account.',
    },
    {
      id: 'link-ecf-account',
      court: 'utd',
      title: 'Link your CM/ECF login in the District of Utah to your PACER account',
    },
  ],
  notes: [],
} as unknown as Plan; // only the fields the summary reads

const planned: RowOutcome = {
  line: 2,
  name: 'Doe, Jane',
  email: 'jane@example.com',
  id: 'E1',
  courts: ['utd'],
  status: 'action-needed',
  plan,
};
const failed: RowOutcome = {
  line: 5,
  name: 'Pat | Roe',
  email: '',
  id: '',
  courts: ['ctd'],
  status: 'error',
  errors: ['filer: empty, but it applies (who will e-file); allowed: attorney, pro-se'],
};

function totalsOf(summaries: RosterSummary[]) {
  const totals = emptyTotals();
  for (const summary of summaries) countRow(totals, summary);
  return totals;
}

describe('the roster summary', () => {
  const summaries = [summaryOf(planned, 'doe-jane.md'), summaryOf(failed)];
  const totals = totalsOf(summaries);
  const meta = { roster: 'team.csv', asOf: '2026-11-22' };

  it('keeps a small record per row', () => {
    expect(summaries[0]).toEqual({
      line: 2,
      name: 'Doe, Jane',
      email: 'jane@example.com',
      id: 'E1',
      courts: ['utd'],
      status: 'action-needed',
      actions: ['upgrade-pacer-account', 'link-ecf-account@utd'],
      checklist: 'doe-jane.md',
      errors: [],
    });
    expect(totals).toEqual({
      rows: 2,
      ready: 0,
      actionNeeded: 1,
      waiting: 0,
      errors: 1,
      actions: 2,
      conditional: 0,
      duplicates: 0,
    });
    expect(describeTotals(totals)).toBe(
      '2 attorneys: 0 ready, 1 action needed, 0 waiting, 1 error; 2 actions in all',
    );
  });

  it('writes large totals as English numbers, and one of each in the singular', () => {
    const large = {
      rows: 100_000,
      ready: 40_000,
      actionNeeded: 59_999,
      waiting: 0,
      errors: 1,
      actions: 199_999,
      conditional: 0,
      duplicates: 1,
    };
    expect(describeTotals(large)).toBe(
      '100,000 attorneys: 40,000 ready, 59,999 action needed, 0 waiting, 1 error; 199,999 actions in all; 1 duplicate row',
    );
    expect(describeTotals({ ...emptyTotals(), rows: 1, ready: 1, actions: 1 })).toBe(
      '1 attorney: 1 ready, 0 action needed, 0 waiting, 0 errors; 1 action in all',
    );
  });

  it('renders a text table without the errors (stderr has them), each action by its title', () => {
    const breakdown = new RosterBreakdown((id) => (id === 'utd' ? 'District of Utah' : undefined));
    breakdown.add(planned);
    breakdown.add(failed);
    const counts = breakdown.result();
    const withConditional = { ...totals, conditional: 1 };
    expect([...summaryTextLines(summaries, withConditional, meta, undefined, counts)].join(''))
      .toMatchInlineSnapshot(`
      "NextGen CM/ECF roster team.csv · as of November 22, 2026

      LINE  ATTORNEY   COURTS  STATUS         ACTIONS  WHAT
      2     Doe, Jane  utd     action needed  2        Upgrade your legacy PACER account; Link your CM/ECF login in the District of Utah to your PACER account
      5     Pat | Roe  ctd     ERROR          -        see the errors

      2 attorneys: 0 ready, 1 action needed, 0 waiting, 1 error; 2 actions in all (1 certain, 1 only if a condition holds)

      Actions, by the attorneys they concern (certain, or only if a condition holds):
        ATTORNEYS  CERTAIN  ONLY IF  ACTION
                1        0        1  Upgrade your legacy PACER account
                1        1        0  Link your CM/ECF login in the District of Utah to your PACER account

      Courts (an attorney in two courts counts in both):
        COURT  ATTORNEYS  READY  ACTION NEEDED  WAITING  ERRORS  NAME
        utd            1      0              1        0       0  District of Utah
      "
    `);
  });

  it('names actions by their ids where no title is known', () => {
    expect([...summaryTextLines(summaries, totals, meta)].join('')).toMatchInlineSnapshot(`
      "NextGen CM/ECF roster team.csv · as of November 22, 2026

      LINE  ATTORNEY   COURTS  STATUS         ACTIONS  WHAT
      2     Doe, Jane  utd     action needed  2        upgrade-pacer-account; link-ecf-account@utd
      5     Pat | Roe  ctd     ERROR          -        see the errors

      2 attorneys: 0 ready, 1 action needed, 0 waiting, 1 error; 2 actions in all
      "
    `);
  });

  it('renders a Markdown table, escaping what would break it', () => {
    const markdown = [...summaryMarkdownLines(summaries, totals, meta)].join('');
    expect(markdown).toContain(
      '| 2 | Doe, Jane | utd | action needed | 2 | `upgrade-pacer-account`, `link-ecf-account@utd` |',
    );
    expect(markdown).toContain('| 5 | Pat \\| Roe | ctd | ERROR |  | filer: empty');
    expect(markdown).not.toContain('\u001b[');
  });

  it('writes CSV as Excel reads it: quoted where needed, CRLF, formulas defused', () => {
    expect(csvText([SUMMARY_CSV_COLUMNS])).toBe(
      'line,name,email,id,courts,status,actions,action_ids,checklist,errors\r\n',
    );
    expect(csvText([summaryCsvRecord(summaries[0]!)])).toBe(
      '2,"Doe, Jane",jane@example.com,E1,utd,action-needed,2,upgrade-pacer-account link-ecf-account@utd,doe-jane.md,\r\n',
    );
    const cell = (value: string | number) => csvText([[value]]).slice(0, -2);
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('two\nlines')).toBe('"two\nlines"');
    expect(cell('=HYPERLINK("http://evil.example/","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example/"",""click"")"',
    );
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cell('+1')).toBe("'+1");
    expect(cell('-2')).toBe("'-2");
    expect(cell(-1)).toBe('-1'); // a number is a number, not a formula
  });

  it('round-trips accents and every cell through a CSV reader, batch by batch', () => {
    const records = Array.from({ length: 600 }, (_, index) => [
      index,
      `José Ñúñez ${index}, "JJ"`,
      'ünïcödé@exämple.com',
      'two\nlines',
    ]);
    const batch = new CsvBatch();
    let text = '';
    for (const record of records) text += batch.add(record) ?? '';
    expect(text.split('\r\n').length - 1).toBe(512); // two full batches so far
    text += batch.flush();
    expect(batch.flush()).toBe('');
    const read: string[][] = parse(text);
    expect(read).toEqual(records.map((record) => record.map(String)));
  });

  it('writes one valid JSON document piece by piece, the plan once per object', () => {
    const pieces = [jsonDocument.start(meta, 'attorneys')];
    [planned, failed].forEach((outcome, index) => {
      pieces.push(jsonDocument.separator(index));
      for (const piece of rosterJsonEntry(outcome))
        pieces.push(typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8'));
    });
    pieces.push(jsonDocument.end(totals, 2));
    const document = JSON.parse(pieces.join(''));
    expect(document).toEqual({
      schemaVersion: 1,
      roster: 'team.csv',
      asOf: '2026-11-22',
      attorneys: [
        { ...summaryFields(planned), plan: JSON.parse(JSON.stringify(plan)) },
        { ...summaryFields(failed), errors: failed.status === 'error' ? failed.errors : [] },
      ],
      totals,
      breakdown: { actions: [], courts: [], errorGroups: [], otherErrors: 0 },
    });
    expect(rosterJsonEntry(planned)[1]).toBe(rosterJsonEntry({ ...planned, line: 9 })[1]);
    expect(
      JSON.parse(jsonDocument.start(meta, 'attorneys') + jsonDocument.end(totals, 0)),
    ).toMatchObject({ attorneys: [] });
  });
});

function summaryFields(outcome: RowOutcome) {
  const { line, name, email, id, courts, status } = outcome;
  return { line, name, email, id, courts, status };
}
