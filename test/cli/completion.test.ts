/**
 * Shell completion, tested by the shells themselves: bash's own completion machinery runs the
 * generated function with COMP_WORDS/COMP_CWORD set, and what it leaves in COMPREPLY is what a
 * Tab press would offer. zsh and fish parse their scripts (and fish completes) where installed.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/fixtures.js';

const dir = tempDir();
const scripts = Object.fromEntries(
  await Promise.all(
    ['bash', 'zsh', 'fish'].map(async (shell) => {
      const result = await runInProcess(['completion', shell]);
      if (result.code !== 0) throw new Error(result.stderr);
      const file = join(dir, `completion.${shell}`);
      writeFileSync(file, result.stdout);
      return [shell, file];
    }),
  ),
) as Record<'bash' | 'zsh' | 'fish', string>;

const COURT_IDS = [...(await loadCatalog()).courts.keys()];

/** What bash offers for the command line `words`, the last word being completed. */
function complete(...words: string[]): string[] {
  const result = spawnSync(
    'bash',
    [
      '--norc',
      '--noprofile',
      '-c',
      'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _nextgen_ready; printf "%s\\n" "${COMPREPLY[@]}"',
      'bash',
      scripts.bash,
      'nextgen-ready',
      ...words,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter(Boolean);
}

/** True when `shell` can be run here. */
function installed(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

describe('bash completion', () => {
  it('completes commands and subcommands', () => {
    expect(complete('')).toEqual([
      'check',
      'roster',
      'courts',
      'validate',
      'data',
      'config',
      'completion',
      'questions',
    ]);
    expect(complete('da')).toEqual(['data']);
    expect(complete('data', '')).toEqual(['update', 'status', 'diff', 'reset']);
    expect(complete('--no-color', 'data', 'st')).toEqual(['status']);
    expect(complete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it("completes each command's own flags and the global ones", () => {
    expect(complete('check', '--co')).toEqual(['--court', '--courts-dir', '--color', '--config']);
    const roster = complete('roster', '-');
    expect(roster).toEqual(expect.arrayContaining(['-c', '--court', '--out', '--template']));
    expect(roster).toEqual(expect.arrayContaining(['--no-color', '--config', '--help']));
    // Not check's flags, and not the old spelling kept for scripts.
    expect(roster).not.toContain('--save-answers');
    expect(roster).not.toContain('--courts');
    expect(complete('courts', '--s')).toEqual(['--state', '--search']);
    expect(complete('data', 'update', '--f')).toEqual(['--from']);
  });

  it('completes every court id for -c and --court, and a list item by item', () => {
    expect(complete('check', '--court', 'ct')).toEqual(['ctb', 'ctd']);
    expect(complete('roster', '-c', 'ct')).toEqual(['ctb', 'ctd']);
    expect(complete('check', '--court', '').sort()).toEqual([...COURT_IDS].sort());
    expect(COURT_IDS).toHaveLength(201);
    expect(complete('check', '--court', 'ctd,ut')).toEqual(['ctd,utb', 'ctd,utd']);
    // --court=ct: bash splits the word at "=".
    expect(complete('check', '--court', '=', 'ct')).toEqual(['ctb', 'ctd']);
  });

  it('completes the values of every answer flag, from the question catalogue', () => {
    expect(complete('check', '--pacer-account', '')).toEqual([
      'individual',
      'shared',
      'none',
      'unknown',
    ]);
    for (const question of QUESTIONS) {
      expect(complete('check', `--${question.id}`, ''), question.id).toEqual(
        question.options.map((option) => option.value),
      );
    }
  });

  it('completes choices, files and directories after the flags that take them', () => {
    expect(complete('check', '-f', '')).toEqual(['text', 'json', 'markdown', 'html']);
    expect(complete('roster', '--format', 'c')).toEqual(['csv']);
    expect(complete('check', '--answers', 'package.j')).toEqual(['package.json']);
    expect(complete('roster', '--out', 'sr')).toEqual(['src']);
    expect(complete('--config', 'package.j')).toEqual(['package.json']);
    // The roster file is a file; a flag's value is skipped when finding the command.
    expect(complete('--config', 'x.yaml', 'roster', 'package.j')).toEqual(['package.json']);
  });

  it('offers flags once a flag value is given', () => {
    expect(complete('check', '--court', 'ctd', '--fo')).toEqual(['--format']);
    expect(complete('check', '--court', '=', 'ctd', '--fo')).toEqual(['--format']);
  });
});

describe('zsh and fish', () => {
  it.skipIf(!installed('zsh'))('zsh parses its script (skipped: zsh is not installed)', () => {
    const result = spawnSync('zsh', ['-n', scripts.zsh], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!installed('fish'))(
    'fish parses its script and completes with it (skipped: fish is not installed)',
    () => {
      expect(spawnSync('fish', ['-n', scripts.fish], { encoding: 'utf8' }).status).toBe(0);
      const result = spawnSync(
        'fish',
        [
          '--no-config',
          '-c',
          `source ${scripts.fish}; complete -C 'nextgen-ready check --court ct'; complete -C 'nextgen-ready data st'`,
        ],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.split('\n').map((line) => line.split('\t')[0])).toEqual([
        'ctb',
        'ctd',
        'status',
        '',
      ]);
    },
  );

  it('refuses a shell it has no script for, naming the ones it has', async () => {
    const result = await runInProcess(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bash, zsh, fish');
  });
});

describe('fish descriptions', () => {
  it('are cut at a word, with an ellipsis, never in the middle of one', async () => {
    const { shortDescription } = await import('../../src/cli/completion.js');
    const long =
      'also write the answers to this YAML file, by the rules of --output, for --answers to read back';
    const short = shortDescription(long);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short).toBe('also write the answers to this YAML file, by the rules of --output, for…');
    expect(shortDescription('exit with 1 when actions remain')).toBe(
      'exit with 1 when actions remain',
    );
    expect(shortDescription('output format (default text); more')).toBe('output format');
  });
});
