import { emptyBreakdown } from '../../src/roster/breakdown.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { Plan } from '../../src/plan/types.js';
import type { RowOutcome } from '../../src/roster/plan-row.js';
import { countRow, emptyTotals } from '../../src/roster/summary.js';
import { openOutputs, type RosterOutputFormat } from '../../src/roster/write-outputs.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { planFor } from '../helpers/plan.js';

const AS_OF = '2026-11-22';
let plan: Plan;

beforeAll(async () => {
  plan = await planFor(['utd'], AS_OF, {
    ...READY_ANSWERS,
    'account-type': 'legacy',
    linked: 'no',
    'ecf-login': 'known',
  });
});

const person = (line: number, name: string) => ({ line, name, email: '', id: '', courts: ['utd'] });

function outcomes(): RowOutcome[] {
  return [
    { ...person(2, 'Jane Doe'), status: plan.status, plan },
    { ...person(3, 'Jane Doe'), status: plan.status, plan },
    { ...person(4, 'Pat Roe'), status: 'error', errors: ['filer: empty'] },
  ];
}

async function run(format: RosterOutputFormat, outDir?: string, rowsIn: RowOutcome[] = outcomes()) {
  let stdout = '';
  const outputs = await openOutputs(
    { format, outDir, meta: { roster: 'team.csv', asOf: AS_OF } },
    { write: (chunk: string | Uint8Array) => (stdout += Buffer.from(chunk).toString('utf8')) },
  );
  const totals = emptyTotals();
  const rows = [];
  for (const outcome of rowsIn) rows.push(...(await outputs.add(outcome)));
  rows.push(...(await outputs.drain()));
  for (const { summary } of rows) countRow(totals, summary);
  const result = await outputs.finish(totals, emptyBreakdown());
  return { stdout, rows, ...result };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'nextgen-ready-out-'));

describe('roster outputs', () => {
  it('never names a checklist after the dashboard: an attorney named Index gets index-2', async () => {
    const dir = tempDir();
    await run('json', dir, [{ ...person(2, 'Index'), status: plan.status, plan }]);
    expect(readdirSync(dir).sort()).toEqual([
      'index-2.html',
      'index-2.md',
      'index.html',
      'summary.csv',
      'summary.json',
    ]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
      '<a href="index-2.html">Index</a>',
    );
  });

  it('writes a checklist per planned attorney, unique names, and both summaries', async () => {
    const dir = join(tempDir(), 'new', 'checklists');
    const { replaced, checklists } = await run('json', dir);
    expect(replaced).toEqual([]);
    expect(checklists).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([
      'index.html',
      'jane-doe-2.html',
      'jane-doe-2.md',
      'jane-doe.html',
      'jane-doe.md',
      'summary.csv',
      'summary.json',
    ]);
    const page = readFileSync(join(dir, 'jane-doe.html'), 'utf8');
    expect(page).toContain('<h1>NextGen CM/ECF checklist: Jane Doe (utd)</h1>');
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('<a href="jane-doe.html">Jane Doe</a>');
    expect(index).toContain('<a href="jane-doe-2.html">Jane Doe</a>');
    const checklist = readFileSync(join(dir, 'jane-doe.md'), 'utf8');
    expect(checklist).toMatch(/^# NextGen CM\/ECF checklist: Jane Doe \(utd\)\n/);
    expect(checklist).toContain('- [ ] **1. ');
    const csv = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(csv.startsWith('\ufeffline,name,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.attorneys.map((a: { checklist?: string }) => a.checklist)).toEqual([
      'jane-doe.md',
      'jane-doe-2.md',
      undefined,
    ]);
    expect(summary.totals).toMatchObject({ rows: 3, errors: 1 });
  });

  it('keeps what else is in the directory and names the files it replaces', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jane-doe.md'), 'old');
    writeFileSync(join(dir, 'summary.csv'), 'old');
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const { replaced } = await run('text', dir);
    expect(replaced).toEqual(['jane-doe.md', 'summary.csv']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'jane-doe.md'), 'utf8')).not.toBe('old');
  });

  it('leaves no partial or temporary file when a write fails', async () => {
    const dir = tempDir();
    // A directory where summary.json should go makes its rename fail.
    mkdirSync(join(dir, 'summary.json', 'inside'), { recursive: true });
    await expect(run('csv', dir)).rejects.toThrow(UserError);
    // The checklists are whole; the summaries after the one that failed are not written.
    expect(readdirSync(dir).sort()).toEqual([
      'jane-doe-2.html',
      'jane-doe-2.md',
      'jane-doe.html',
      'jane-doe.md',
      'summary.csv',
      'summary.json',
    ]);
    expect(readdirSync(join(dir, 'summary.json'))).toEqual(['inside']);
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('refuses an --out that is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    await expect(run('csv', join(dir, 'file'))).rejects.toThrow(/is a file, not a directory/);
  });

  it.each(['text', 'markdown', 'csv', 'json'] as const)(
    'accounts for every row on stdout as %s',
    async (format) => {
      const { stdout } = await run(format);
      for (const line of ['2', '3', '4']) expect(stdout).toMatch(new RegExp(`\\b${line}\\b`));
      expect(stdout).toContain('Pat Roe');
      expect(stdout.match(/Jane Doe/g)?.length).toBeGreaterThanOrEqual(2);
    },
  );
});
