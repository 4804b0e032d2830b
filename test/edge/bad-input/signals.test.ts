/**
 * The catalogue's signal faults (issue 14, class 9): a roster run stopped by Ctrl-C, TERM or
 * HUP leaves only whole files, no temporary file and no lock, and says that what it printed on
 * stdout is cut. Driven here because they need a running process; a second signal is in
 * test/io/interrupts.test.ts (a run cannot be held between the two from outside: Node writes
 * to a pipe synchronously, so a run stuck on a full pipe hears no signal at all).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, hasStackTrace } from '../../helpers/cli.js';
import { makeCaseDir, removeCaseDir } from '../../helpers/bad-input.js';

const HEADER =
  'name,courts,filer,pacer-account,account-type,mfa,firm-billing,linked,cja,bankruptcy';
const ROSTER = `${[
  HEADER,
  ...Array.from(
    { length: 4000 },
    (_, i) => `Attorney ${i},ctd,attorney,individual,upgraded,enrolled,no,yes,no,no`,
  ),
].join('\n')}\n`;

/** Starts a roster run into `out`, its JSON to a file. */
function start(dir: string): ChildProcess & { stderrText(): string } {
  const out = openSync(join(dir, 'roster.json'), 'w');
  const child = spawn(
    NODE,
    [BIN, 'roster', 'team.csv', '--out', 'out', '--format', 'json', '--as-of', '2026-11-22'],
    { cwd: dir, stdio: ['ignore', out, 'pipe'] },
  );
  closeSync(out);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Object.assign(child, { stderrText: () => stderr });
}

async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const checklistsIn = (dir: string) =>
  existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')).filter((n) => /\.md$/.test(n)) : [];

/** What a stopped run must leave: whole checklists only, no temporary file, no lock, no summary. */
function expectNothingHalfDone(dir: string): void {
  const names = readdirSync(join(dir, 'out'));
  expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
  expect(names).not.toContain('summary.json');
  expect(names).not.toContain('summary.csv');
  for (const name of names)
    expect(readFileSync(join(dir, 'out', name), 'utf8'), name).toMatch(/\n$/);
}

describe('roster stopped by a signal', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s stops it between rows: exit 130, whole files, and stdout is said to be cut',
    async (signal) => {
      const dir = makeCaseDir({ 'team.csv': ROSTER });
      try {
        const child = start(dir);
        const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
        await until(() => checklistsIn(dir).length >= 50, 'the first checklists');
        child.kill(signal);
        const code = await exited;
        if (code === 0) return; // It finished first: nothing was cut.
        expect(code).toBe(130);
        expect(hasStackTrace(child.stderrText())).toBe(false);
        expect(child.stderrText()).toMatch(
          new RegExp(
            `^Cancelled \\(${signal}\\) after [\\d,]+ rows?; every checklist written to out is whole; summary\\.csv, summary\\.json and index\\.html were not written; the JSON on stdout is cut off after [\\d,]+ rows?, not a whole document\\.\\n$`,
          ),
        );
        expectNothingHalfDone(dir);
        // What was printed is cut short and cannot pass for a whole document.
        expect(() => JSON.parse(readFileSync(join(dir, 'roster.json'), 'utf8'))).toThrow();
      } finally {
        removeCaseDir(dir);
      }
    },
  );
});

describe('roster - stopped by a signal while it copies stdin', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s: exit 130, and no copy of stdin nor its directory is left in TMPDIR',
    async (signal) => {
      const dir = makeCaseDir();
      try {
        const child = spawn(NODE, [BIN, 'roster', '-', '--as-of', '2026-11-22'], {
          cwd: dir,
          env: { ...process.env, TMPDIR: dir },
          stdio: ['pipe', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
        // The header and a few rows, then stdin stays open: the run is copying it.
        child.stdin.write(`${ROSTER.split('\n').slice(0, 20).join('\n')}\n`);
        const copies = () =>
          readdirSync(dir).filter((name) => name.startsWith('nextgen-ready-stdin-'));
        await until(() => copies().length > 0, 'the copy of stdin');
        child.kill(signal);
        const code = await exited;
        child.stdin.destroy();
        expect(code).toBe(130);
        expect(hasStackTrace(stderr)).toBe(false);
        expect(stderr).toBe(`Cancelled (${signal}).\n`);
        expect(copies()).toEqual([]);
      } finally {
        removeCaseDir(dir);
      }
    },
  );
});
