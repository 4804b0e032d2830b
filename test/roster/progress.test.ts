/**
 * The progress line on stderr: redrawn at most every 100 ms, cut to the terminal, cleared
 * before any other stderr line and at the end; never written when stderr is not a terminal,
 * in CI or with --quiet.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { roster } from '../../src/cli/roster.js';
import { InterruptWatch, type Interrupt } from '../../src/io/interrupts.js';
import { describeProgress, ProgressLine } from '../../src/roster/progress.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';

/** What a terminal shows after `text`: CR goes to the line's start, ESC[K erases to its end. */
function screen(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  let column = 0;
  for (let at = 0; at < text.length; at++) {
    if (text.startsWith('\u001b[K', at)) {
      line = line.slice(0, column);
      at += 2;
    } else if (text[at] === '\r') column = 0;
    else if (text[at] === '\n') {
      lines.push(line);
      line = '';
      column = 0;
    } else {
      line = line.slice(0, column) + text[at]! + line.slice(column + 1);
      column++;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

describe('the progress line', () => {
  it('says rows done, the rate and the time left; rows and rate without a total', () => {
    expect(describeProgress(2_500, 1_000, 10_000)).toBe(
      'roster: 2,500 of 10,000 rows (25%), 2,500 rows/s, about 3 s left',
    );
    expect(describeProgress(1_000, 2_000, 1_000_000)).toBe(
      'roster: 1,000 of 1,000,000 rows (0%), 500 rows/s, about 33 min 18 s left',
    );
    expect(describeProgress(2_500, 1_000)).toBe('roster: 2,500 rows, 2,500 rows/s');
  });

  it('waits 200 ms before it shows, redraws at most every 100 ms, and is cut to the width', () => {
    let written = '';
    let clock = 0;
    const line = new ProgressLine({ write: (text) => (written += text) }, () => clock, 1000, 30);
    line.update(1);
    clock = 150;
    line.update(2);
    expect(written).toBe('');
    clock = 200;
    line.update(3);
    clock = 250;
    line.update(4);
    expect(written).toBe('\rroster: 3 of 1,000 rows (0%),\u001b[K');
    clock = 300;
    line.update(5);
    expect(written.split('\r').filter(Boolean)).toHaveLength(2);
    line.clear();
    expect(screen(written)).toEqual([]);
    line.stop();
    clock = 1000;
    line.update(6);
    expect(screen(written)).toEqual([]);
  });
});

describe('roster progress on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-progress-'));
  const columns = ['name', 'courts', ...Object.keys(READY_ANSWERS)];
  const good = (i: number) => `Attorney ${i},ctd,${Object.values(READY_ANSWERS).join(',')}`;
  const rows = Array.from({ length: 40 }, (_, i) => (i === 19 ? 'Bad Row,zzz' : good(i)));
  writeFileSync(join(dir, 'team.csv'), `${[columns.join(','), ...rows].join('\n')}\n`);

  /** Runs roster in-process; each look at the clock moves it 40 ms on. */
  async function run(stderrIsTTY: boolean, env: Record<string, string>, quiet = false) {
    let stderr = '';
    let clock = Date.parse('2026-11-22T12:00:00Z');
    const io: Io = {
      stdout: { write: () => true },
      stderr: {
        write: (text: string) => (stderr += text),
        ...(stderrIsTTY ? { isTTY: true, columns: 100 } : {}),
      },
      stdinIsTTY: false,
      env,
      cwd: dir,
      now: () => new Date((clock += 40)),
      interrupt: new InterruptWatch(() => undefined),
    };
    const out = join(dir, `out-${stderrIsTTY}-${quiet}-${Object.keys(env).length}`);
    const outcome = await roster(
      join(dir, 'team.csv'),
      { format: 'csv', asOf: '2026-11-22', out, quiet },
      io,
    );
    return { outcome, stderr };
  }

  it('in a terminal: shows progress, clears it before a row error and at the end', async () => {
    const { outcome, stderr } = await run(true, {});
    expect(outcome).toBe('usage'); // the bad row
    expect(stderr).toContain('\rroster: ');
    expect(stderr).toMatch(/roster: \d+ of 40 rows \(\d+%\), [\d,]+ rows\/s, about \d+ s left/);
    // Every line the terminal keeps is a whole message: no progress text left in one.
    const shown = screen(stderr);
    expect(shown.filter((line) => line.includes('roster:'))).toEqual([]);
    expect(shown.some((line) => /team\.csv:21: Bad Row: courts: /.test(line))).toBe(true);
    expect(shown.at(-1)).toMatch(/^error: 1 row could not be planned/);
    expect(stderr.endsWith('\n')).toBe(true);
  });

  it('clears the line at once when a signal stops the run, before saying so', async () => {
    let stderr = '';
    let clock = Date.parse('2026-11-22T12:00:00Z');
    let looks = 0;
    const controller = new AbortController();
    const interrupt: Interrupt = {
      signal: controller.signal,
      get received() {
        return controller.signal.aborted ? ('SIGINT' as const) : undefined;
      },
      cooperate: (work) => work(),
    };
    const io: Io = {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text), isTTY: true, columns: 100 },
      stdinIsTTY: false,
      env: {},
      cwd: dir,
      now: () => {
        // Ctrl-C once the line has been drawn a few times, then a second one: the edge
        // writes its line at once, which must not land after the progress text.
        if (++looks === 30) {
          controller.abort('SIGINT');
          stderr += 'Cancelled (SIGINT).\n';
        }
        return new Date((clock += 40));
      },
      interrupt,
    };
    const outcome = await roster(join(dir, 'team.csv'), { format: 'csv', asOf: '2026-11-22' }, io);
    expect(outcome).toBe('cancelled');
    expect(stderr).toContain('\rroster: ');
    const shown = screen(stderr);
    expect(shown.filter((line) => line.includes('roster:'))).toEqual([]);
    expect(shown.at(-1)).toMatch(
      /^Cancelled \(SIGINT\) after \d+ rows; the CSV on stdout is cut off/,
    );
  });

  it.each<{ what: string; tty: boolean; env: Record<string, string>; quiet: boolean }>([
    { what: 'stderr is not a terminal', tty: false, env: {}, quiet: false },
    { what: 'CI is set', tty: true, env: { CI: 'true' }, quiet: false },
    { what: '--quiet', tty: true, env: {}, quiet: true },
  ])('writes no progress byte when $what', async ({ tty, env, quiet }) => {
    const { stderr } = await run(tty, env, quiet);
    expect(stderr).not.toContain('\r');
    expect(stderr).not.toContain('\u001b');
    expect(stderr).not.toContain('roster:');
    expect(stderr).toContain('team.csv:21: Bad Row: courts: ');
    if (quiet) expect(stderr).not.toContain('Wrote ');
    else
      expect(stderr).toContain(
        'Wrote 39 checklists (Markdown and HTML), summary.csv, summary.json and index.html',
      );
  });
});
