/**
 * One meaning per flag on every command (README, "Flags"): the new spellings mean the same on
 * each command, the old ones a script may use keep working, and the global options are read
 * before or after the command name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasAnsi } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { answerFlags, READY_ANSWERS, tempDir } from '../helpers/fixtures.js';
import { wholeProfileText } from '../helpers/data.js';

const AS_OF = '2026-11-22';
const READY = answerFlags(READY_ANSWERS);

/** `roster` in `dir` with JSON on stdout; the file's only row leaves its courts cell empty. */
async function rosterCourts(args: readonly string[]): Promise<string[][]> {
  const dir = tempDir({ 'team.csv': 'name\nAda\n', 'answers.json': JSON.stringify(READY_ANSWERS) });
  const result = await runInProcess(
    ['roster', 'team.csv', '-a', 'answers.json', '--format', 'json', '--as-of', AS_OF, ...args],
    { cwd: dir },
  );
  expect(result.code, result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as { attorneys: { courts: string[] }[] };
  return json.attorneys.map((attorney) => attorney.courts);
}

describe('court ids: -c, --court on every command that takes them', () => {
  it.each([
    ['--court', ['--court', 'ctd,utd']],
    ['-c', ['-c', 'ctd', '-c', 'utd']],
    ['--courts (the old roster spelling)', ['--courts', 'ctd,utd']],
    ['--court and --courts together', ['--court', 'ctd', '--courts', 'utd']],
  ])('roster takes %s', async (_name, args) => {
    expect(await rosterCourts(args)).toEqual([['ctd', 'utd']]);
  });

  it('roster names the flag by its new spelling when an id is wrong', async () => {
    const dir = tempDir({ 'team.csv': 'name\nAda\n' });
    const result = await runInProcess(['roster', 'team.csv', '--courts', 'ctx'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--court: "ctx" is not a court id');
  });

  it.each([['--court'], ['-c']])('check takes %s', async (flag) => {
    const result = await runInProcess([
      'check',
      flag,
      'ctd',
      ...READY,
      '--as-of',
      AS_OF,
      '-f',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { courts: { id: string }[] }).courts[0]?.id).toBe('ctd');
  });

  it('keeps the old spelling out of help', async () => {
    const help = (await runInProcess(['roster', '--help'])).stdout;
    expect(help).toContain('-c, --court <id>');
    expect(help).not.toMatch(/--courts[^-]/);
  });
});

describe('-o: a file on check (--output); on roster only the old spelling of --out', () => {
  it('check -o and --output write the same file', async () => {
    const dir = tempDir();
    const args = ['check', '--court', 'ctd', ...READY, '--as-of', AS_OF, '--format', 'json'];
    for (const flag of ['-o', '--output']) {
      const result = await runInProcess([...args, flag, join(dir, `${flag}.json`)]);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(readFileSync(join(dir, '-o.json'), 'utf8')).toBe(
      readFileSync(join(dir, '--output.json'), 'utf8'),
    );
  });

  it('roster -o (the old spelling) and --out write the same directory; -o says it is old', async () => {
    const dir = tempDir({
      'team.csv': 'name,courts\nAda,ctd\n',
      'answers.json': JSON.stringify(READY_ANSWERS),
    });
    for (const flag of ['-o', '--out']) {
      const args = [
        'roster',
        'team.csv',
        '-a',
        'answers.json',
        '--as-of',
        AS_OF,
        flag,
        `out${flag}`,
      ];
      const result = await runInProcess(args, { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      if (flag === '-o')
        expect(result.stderr).toContain('warning: roster -o is the old spelling of --out DIR');
      else expect(result.stderr).not.toContain('warning');
    }
    const listing = (name: string) => readdirSync(join(dir, name)).sort();
    expect(listing('out--out')).toEqual(listing('out-o'));
    expect(listing('out-o')).toContain('summary.csv');
  });

  it('roster help offers --out alone, and -o with --out is one error', async () => {
    const help = (await runInProcess(['roster', '--help'], { env: { COLUMNS: '100' } })).stdout;
    expect(help).toMatch(/^ {2}--out <dir>/m);
    expect(help).not.toMatch(/-o, --out/);
    const both = await runInProcess(['roster', '--template', '-o', 'a', '--out', 'b']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('error: -o and --out both name the directory; give --out alone');
  });
});

describe('--no-color and --color: global, before or after the command', () => {
  const FORCED = { FORCE_COLOR: '1' };
  const checkArgs = ['--court', 'ctd', ...READY, '--as-of', AS_OF];

  it.each([
    ['courts', ['courts']],
    ['check', ['check', ...checkArgs]],
  ])('%s is coloured with FORCE_COLOR and plain with --no-color anywhere', async (_name, args) => {
    const [command, ...rest] = args as [string, ...string[]];
    expect(hasAnsi((await runInProcess(args, { env: FORCED })).stdout)).toBe(true);
    for (const line of [
      ['--no-color', command, ...rest],
      [command, '--no-color', ...rest],
      [command, ...rest, '--no-color'],
    ]) {
      const result = await runInProcess(line, { env: FORCED });
      expect(result.code, `${line.join(' ')}\n${result.stderr}`).toBe(0);
      expect(hasAnsi(result.stdout), line.join(' ')).toBe(false);
    }
  });

  it.each([[['--color', 'courts']], [['courts', '--color']], [['check', ...checkArgs, '--color']]])(
    '%j colours a pipe, even with NO_COLOR set',
    async (args) => {
      expect(hasAnsi((await runInProcess(args.filter((arg) => arg !== '--color'))).stdout)).toBe(
        false,
      );
      const result = await runInProcess(args, { env: { NO_COLOR: '1' } });
      expect(result.code, result.stderr).toBe(0);
      expect(hasAnsi(result.stdout)).toBe(true);
    },
  );

  it.each([
    [['--no-color', 'questions']],
    [['questions', '--no-color']],
    // One profile, not the 201 bundled: the flag is the point.
    [['validate', '--no-color', tempDir({ 'ctd.yaml': wholeProfileText('ctd') })]],
    [['--no-color', 'data', 'status']],
    [['data', 'status', '--no-color']],
    [['roster', '--template', '--no-color']],
  ])('%j is accepted by every command', async (args) => {
    const result = await runInProcess(args);
    expect(result.code, result.stderr).toBe(0);
  });

  it('is listed in every command help', async () => {
    for (const command of ['check', 'roster', 'courts', 'questions']) {
      const help = (await runInProcess([command, '--help'])).stdout;
      expect(help, command).toContain('--no-color');
      expect(help, command).toContain('--color');
    }
  });
});

describe("commander's own errors in a terminal", () => {
  it('are wrapped at spaces to its width, like every other error', async () => {
    const { runCommandLine } = await import('../../src/cli/main.js');
    const { fakeIo } = await import('../helpers/fake-io.js');
    const { io, stderr } = fakeIo({ env: { COLUMNS: '40' }, stderrIsTTY: true });
    const code = await runCommandLine(['node', 'nextgen-ready', 'courts', '--format', 'csv'], io);
    expect(code).toBe(2);
    const lines = stderr().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(stderr().replace(/\s+/g, ' ')).toContain(
      "error: option '-f, --format <format>' argument is invalid. Allowed choices are text, json.",
    );
  });
});
