/**
 * `roster -` and `--answers -` read stdin, and a signal stops a roster between rows: the built
 * CLI with a pipe for stdin, or a real signal. The rest of roster runs in-process
 * (test/cli/roster.test.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, runCli, type CliResult } from '../helpers/cli.js';
import type { Plan } from '../../src/plan/types.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { SEED_ROWS, tempDir, toCsv, type RosterJson } from '../helpers/roster-fixtures.js';

const AS_OF = '2026-11-22';

/** Runs `roster` in `dir` (so file names in messages are short). */
function roster(dir: string, args: readonly string[]): CliResult {
  return runCli(['roster', ...args], { cwd: dir });
}

function rosterJson(dir: string, args: readonly string[], code = 0): RosterJson {
  const result = roster(dir, [...args, '--format', 'json', '--as-of', AS_OF]);
  expect(result.code, result.stderr).toBe(code);
  return JSON.parse(result.stdout) as RosterJson;
}

describe('roster - and --answers -: stdin', () => {
  /** Runs roster in `dir` with `input` on stdin and TMPDIR in `dir`, to see its temporary files. */
  const piped = (dir: string, args: readonly string[], input: string) =>
    runCli(['roster', ...args], { cwd: dir, input, env: { TMPDIR: join(dir, 'tmp') } });
  const newDir = () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tmp'));
    return dir;
  };
  const withoutName = (document: RosterJson) => ({ ...document, roster: '' });

  it('reads a CSV roster from stdin as it reads the file, and leaves no temporary copy', () => {
    const csv = toCsv(SEED_ROWS);
    const dir = newDir();
    writeFileSync(join(dir, 'team.csv'), csv);
    const fromFile = rosterJson(dir, ['team.csv']);
    const result = piped(dir, ['-', '--format', 'json', '--as-of', AS_OF], csv);
    expect(result.code, result.stderr).toBe(0);
    const fromStdin = JSON.parse(result.stdout) as RosterJson;
    expect(fromStdin.roster).toBe('stdin');
    expect(withoutName(fromStdin)).toEqual(withoutName(fromFile));
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('tells a YAML or JSON list from CSV by its first character', () => {
    const dir = newDir();
    const yaml = `# our team\n- name: Ada Ready\n  courts: ctd\n${Object.entries(READY_ANSWERS)
      .map(([key, value]) => `  ${key}: ${value}\n`)
      .join('')}`;
    const json = JSON.stringify([{ name: 'Ada Ready', courts: 'ctd', ...READY_ANSWERS }]);
    for (const input of [yaml, json]) {
      const result = piped(dir, ['-', '--format', 'json', '--as-of', AS_OF], input);
      expect(result.code, result.stderr).toBe(0);
      const document = JSON.parse(result.stdout) as RosterJson;
      expect(document.attorneys.map((entry) => [entry.name, entry.status])).toEqual([
        ['Ada Ready', 'ready'],
      ]);
    }
    const bad = piped(dir, ['-', '--as-of', AS_OF], 'name,courts\nAda,ctd\n,,\n');
    expect(bad.stderr).toContain('stdin:2: Ada: ');
  });

  it('keeps the limits and the secret-column check on stdin', () => {
    const dir = newDir();
    const big = `- name: A\n  courts: ctd\n  id: "${'x'.repeat(2 * 1024 * 1024)}"\n`;
    const tooLarge = piped(dir, ['-'], big);
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stderr).toBe(
      'error: the roster on stdin is too large for a YAML or JSON list (over 2 MB)\nUse CSV for a large roster: it is streamed, with no limit on its rows.\n',
    );
    const secret = piped(dir, ['-'], 'name,courts,PACER password\nAda,ctd,Sup3r-S3cret-Pw!\n');
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain('PACER password');
    expect(secret.stdout + secret.stderr).not.toContain('Sup3r-S3cret-Pw!');
    const longRow = piped(dir, ['-'], `name,courts\n"${'y'.repeat(70 * 1024)}",ctd\n`);
    expect(longRow.code).toBe(2);
    expect(longRow.stderr).toMatch(/^error: stdin:2: a row is longer than 64 KB/);
    expect(piped(dir, ['-'], '').stderr).toBe('error: stdin is empty\n');
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('reads --answers - from stdin, YAML or JSON, with its limit; never both from stdin', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'team.csv'), 'name,courts\nAda Ready,ctd\n');
    const yaml = Object.entries(READY_ANSWERS)
      .map(([key, value]) => `${key}: ${value}\n`)
      .join('');
    for (const input of [yaml, JSON.stringify(READY_ANSWERS)]) {
      const result = piped(
        dir,
        ['team.csv', '--answers', '-', '--format', 'json', '--as-of', AS_OF],
        input,
      );
      expect(result.code, result.stderr).toBe(0);
      expect((JSON.parse(result.stdout) as RosterJson).attorneys[0]?.status).toBe('ready');
    }
    const typo = piped(dir, ['team.csv', '--answers', '-'], 'filer: atorney\n');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('stdin:1:');
    const huge = piped(dir, ['team.csv', '--answers', '-'], `# ${'z'.repeat(1024 * 1024)}\n`);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(
      /^error: answers file stdin is too large \(over the limit of 1 MB\)/,
    );

    const both = piped(dir, ['-', '--answers', '-'], 'name,courts\nAda,ctd\n');
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'error: the roster and --answers cannot both be - (stdin)\nPipe one of them in and give the other as a file: `nextgen-ready roster - --answers defaults.yaml < team.csv`.\n',
    );
  });

  it('check --answers - reads the answers from stdin', () => {
    const result = runCli(
      [
        'check',
        '--court',
        'ctd',
        '--answers',
        '-',
        '--format',
        'json',
        '--no-input',
        '--as-of',
        AS_OF,
      ],
      { input: JSON.stringify(READY_ANSWERS) },
    );
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as Plan).status).toBe('ready');
  });
});

describe('roster and a signal', () => {
  it('stops between rows when told to, leaving only whole files', async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => ({
      ...SEED_ROWS[index % SEED_ROWS.length]!,
      name: `Attorney ${index}`,
    }));
    const dir = tempDir({ 'team.csv': toCsv(rows) });
    const complete = roster(dir, ['team.csv', '--out', 'complete', '--as-of', AS_OF]);
    expect(complete.code, complete.stderr).toBe(0);

    const out = join(dir, 'cut');
    const child = spawn(NODE, [BIN, 'roster', 'team.csv', '--out', 'cut', '--as-of', AS_OF], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 20_000;
    // Checklists written whole (the lock and temporary files start with a dot).
    const written = () => readdirSync(out).filter((name) => !name.startsWith('.')).length;
    while (Date.now() < deadline && (!existsSync(out) || written() < 50))
      await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    const code = await exited;

    const names = readdirSync(out);
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
    if (code === 0) return; // It finished first: nothing was cut.
    expect(code).toBe(130);
    expect(stderr).toMatch(/Cancelled \(SIGTERM\) after \d+ rows?/);
    expect(names).not.toContain('summary.json');
    expect(names.length).toBeGreaterThanOrEqual(50);
    for (const name of names)
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(
        readFileSync(join(dir, 'complete', name), 'utf8'),
      );
  });
});
