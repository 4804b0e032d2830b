/**
 * Firm defaults (README, "Firm defaults"): flags win over NEXTGEN_READY_* variables, they over
 * the config file found from the working directory up to home (or --config), it over the
 * built-in defaults; the file is checked like every other input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configSearchDirs,
  findConfigFile,
  readEnvSettings,
  resolveSettings,
  type SettingValues,
} from '../../src/config/settings.js';
import { hasStackTrace, type CliResult } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { READY_ANSWERS, answerFlags, tempDir } from '../helpers/fixtures.js';

const AS_OF = '2026-11-22';
const READY = answerFlags(READY_ANSWERS);

/** A home directory holding `proj/<config>` and `proj/sub`, the working directory. */
function firm(config: string | undefined, name = '.nextgen-readyrc.yaml') {
  const home = tempDir();
  const proj = join(home, 'proj');
  const sub = join(proj, 'sub');
  mkdirSync(sub, { recursive: true });
  if (config !== undefined) writeFileSync(join(proj, name), config);
  writeFileSync(join(proj, 'answers.json'), JSON.stringify(READY_ANSWERS));
  const run = async (
    args: readonly string[],
    env: Record<string, string> = {},
  ): Promise<CliResult> => await runInProcess(args, { cwd: sub, env: { HOME: home, ...env } });
  return { home, proj, sub, run };
}

/** The JSON of `config --format json`. */
interface ConfigJson {
  configFile: string | null;
  settings: { key: string; value: unknown; from: string; where: string | null }[];
}
function configJson(result: CliResult): ConfigJson {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ConfigJson;
}

describe('precedence: flag > environment > file > default', () => {
  const flag: SettingValues = { format: 'json' };
  const env = { values: { format: 'markdown' }, names: { format: 'NEXTGEN_READY_FORMAT' } };
  const noEnv = { values: {}, names: {} };
  const file = { file: '/f/.nextgen-readyrc.yaml', values: { format: 'text' } };
  it.each([
    ['flag, env and file', flag, env, file, { from: 'flag' }, 'json'],
    ['env and file', {}, env, file, { from: 'env', name: 'NEXTGEN_READY_FORMAT' }, 'markdown'],
    ['file only', {}, noEnv, file, { from: 'file', file: file.file }, 'text'],
    ['flag and file', flag, noEnv, file, { from: 'flag' }, 'json'],
    ['nothing', {}, noEnv, undefined, { from: 'default' }, undefined],
  ])('%s', (_name, flags, environment, configFile, source, value) => {
    const format = resolveSettings(flags, environment, configFile).find((s) => s.key === 'format');
    expect(format).toEqual({ key: 'format', value, source });
  });

  it('reads the environment: lists of directories as PATH has them, empty as unset', () => {
    expect(
      readEnvSettings({
        NEXTGEN_READY_COURTS_DIR: '/a:/b::',
        NEXTGEN_READY_ANSWERS: '',
        NEXTGEN_READY_AS_OF: '2026-01-05',
        NEXTGEN_READY_FORMAT: 'JSON',
      }).values,
    ).toEqual({ 'courts-dir': ['/a', '/b'], 'as-of': '2026-01-05', format: 'json' });
  });

  it.each([
    [{ NEXTGEN_READY_AS_OF: '2026-02-30' }, 'NEXTGEN_READY_AS_OF: "2026-02-30" is not a date'],
    [{ NEXTGEN_READY_AS_OF: 'hunter2' }, 'NEXTGEN_READY_AS_OF: this value is not a date'],
    [{ NEXTGEN_READY_FORMAT: 'jsonn' }, 'NEXTGEN_READY_FORMAT: "jsonn" is not a format'],
    [{ NEXTGEN_READY_FORMAT: 'hunter2' }, 'NEXTGEN_READY_FORMAT: this value is not a format'],
  ])('refuses %j, echoing only a near miss', (env, message) => {
    expect(() => readEnvSettings(env)).toThrow(message);
  });

  it('holds end to end on check: the flag, else the variable, else the file', async () => {
    const { run } = firm('format: markdown\nanswers: answers.json\n');
    const args = ['check', '--court', 'ctd', '--as-of', AS_OF, '--no-input'];
    const env = { NEXTGEN_READY_FORMAT: 'json' };
    expect((await run([...args, '--format', 'text'], env)).stdout).toMatch(/^ctd|^[A-Z]/);
    expect((await run(args, env)).stdout).toMatch(/^\{/);
    expect((await run(args)).stdout).toMatch(/^# /);
    expect((await run([...args, '-f', 'json'])).stdout).toMatch(/^\{/);
  });

  it('leaves a format a command does not offer to its default (csv: roster only)', async () => {
    const { run, proj } = firm('format: csv\nanswers: answers.json\n');
    writeFileSync(join(proj, 'sub', 'team.csv'), 'name,courts\nAda,ctd\n');
    const check = await run(['check', '--court', 'ctd', '--as-of', AS_OF, '--no-input']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^NextGen CM\/ECF readiness/);
    const roster = await run(['roster', 'team.csv', '--as-of', AS_OF]);
    expect(roster.code, roster.stderr).toBe(0);
    expect(roster.stdout.split('\n')[0]).toMatch(/^line,name,/);
  });

  it('replaces the file and the variable with the flag for courts-dir, never merges them', async () => {
    const { run, proj } = firm('courts-dir: [missing-dir]\n');
    expect((await run(['courts', '--format', 'json'])).code).toBe(2);
    mkdirSync(join(proj, 'sub', 'empty'));
    expect((await run(['courts', '--format', 'json', '--courts-dir', 'empty'])).code).toBe(0);
  });
});

describe('finding the config file', () => {
  it('searches from the working directory up to home, then home itself', () => {
    expect(configSearchDirs('/home/ada/firm/sub', '/home/ada')).toEqual([
      '/home/ada/firm/sub',
      '/home/ada/firm',
      '/home/ada',
    ]);
    expect(configSearchDirs('/srv/jobs', '/home/ada')).toEqual([
      '/srv/jobs',
      '/srv',
      '/',
      '/home/ada',
    ]);
  });

  it('finds a file in a parent directory, and either name', async () => {
    for (const name of ['.nextgen-readyrc.yaml', 'nextgen-ready.config.yaml']) {
      const { run, proj } = firm('as-of: 2026-01-05\n', name);
      const json = configJson(await run(['config', '--format', 'json']));
      expect(json.configFile).toBe(join(proj, name));
      expect(json.settings.find((s) => s.key === 'as-of')).toMatchObject({
        value: '2026-01-05',
        from: 'file',
        where: join(proj, name),
      });
    }
  });

  it('stops at the home directory: a file above it is not read', async () => {
    const outside = tempDir({ '.nextgen-readyrc.yaml': 'format: json\n' });
    const home = join(outside, 'home');
    mkdirSync(join(home, 'work'), { recursive: true });
    const result = await runInProcess(['config', '--format', 'json'], {
      cwd: join(home, 'work'),
      env: { HOME: home },
    });
    expect(configJson(result).configFile).toBeNull();
    expect(findConfigFile(join(home, 'work'), home)).toBeUndefined();
    expect(findConfigFile(join(home, 'work'), outside)).toBe(
      join(outside, '.nextgen-readyrc.yaml'),
    );
  });

  it('refuses two config files in one directory', async () => {
    const dir = tempDir({ '.nextgen-readyrc.yaml': '', 'nextgen-ready.config.yaml': '' });
    const result = await runInProcess(['config'], { cwd: dir, env: { HOME: dir } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('two config files in');
  });

  it('reads --config FILE instead, before or after the command', async () => {
    const { run, proj } = firm('format: json\n');
    const other = join(proj, 'other.yaml');
    writeFileSync(other, 'format: markdown\n');
    for (const args of [
      ['--config', other, 'config', '-f', 'json'],
      ['config', '--config', other, '-f', 'json'],
    ]) {
      const json = configJson(await run(args));
      expect(json.configFile).toBe(other);
      expect(json.settings.find((s) => s.key === 'format')?.value).toBe('markdown');
    }
    const missing = await run(['--config', join(proj, 'nope.yaml'), 'check', '-c', 'ctd']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: .*config file .*nope\.yaml/m);
  });

  it('makes paths relative to the file, not to the working directory', async () => {
    const { run, proj } = firm('answers: answers.json\ncourts-dir: [courts, /abs/courts]\n');
    mkdirSync(join(proj, 'courts'));
    const json = configJson(await run(['config', '--format', 'json']));
    const value = (key: string) => json.settings.find((s) => s.key === key)?.value;
    expect(value('answers')).toBe(join(proj, 'answers.json'));
    expect(value('courts-dir')).toEqual([join(proj, 'courts'), '/abs/courts']);
    // check finds the answers and the courts from a subdirectory.
    writeFileSync(join(proj, 'just-courts.yaml'), 'courts-dir: courts\nanswers: answers.json\n');
    const check = await run([
      '--config',
      '../just-courts.yaml',
      'check',
      '--court',
      'ctd',
      '--as-of',
      AS_OF,
      '--no-input',
      '-f',
      'json',
    ]);
    expect(check.code, check.stderr).toBe(0);
  });

  it('takes a variable over the file, and a flag over both, for answers', async () => {
    const { run, proj } = firm('answers: missing.json\n');
    const args = ['check', '--court', 'ctd', '--as-of', AS_OF, '--no-input', '-f', 'json'];
    expect((await run(args)).code).toBe(2);
    expect((await run(args, { NEXTGEN_READY_ANSWERS: join(proj, 'answers.json') })).code).toBe(0);
    expect(
      (await run([...args, ...READY], { NEXTGEN_READY_ANSWERS: join(proj, 'missing.json') })).code,
    ).toBe(2);
    expect((await run([...args, '--answers', join(proj, 'answers.json')])).code).toBe(0);
  });
});

describe('a bad config file', () => {
  it.each([
    ['fromat: json\n', /:1:1: "fromat" is not a setting \(did you mean "format"\?\)/],
    ['zzzzzz: 1\n', /:1:1: a key is not a setting; keys: courts-dir/],
    ['format: jsonn\n', /:1:9: format: "jsonn" is not a format \(did you mean "json"\?\)/],
    ['format: hunter2\n', /:1:9: format: this value is not a format/],
    ['as-of: 2026-02-30\n', /:1:8: as-of: "2026-02-30" is not a date/],
    ['as-of: 5\n', /:1:8: as-of: expected a date written YYYY-MM-DD/],
    ['answers: [a, b]\n', /:1:10: answers: expected a path \(text\)/],
    ['courts-dir: []\n', /courts-dir: expected a directory or a list of directories|empty list/],
    ['format: [json\n', /:\d+:\d+: YAML syntax/],
    ['- json\n', /:1:1: expected keys/],
  ])('%j is refused with file:line:column', async (text, message) => {
    const { run } = firm(text);
    const result = await run(['check', '--court', 'ctd', ...READY, '--no-input']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^error: \d+ problems? in config file /m);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('refuses a key that looks like a secret, never showing its value', async () => {
    const { run } = firm('format: json\npacer-password: hunter2-secret\n');
    const result = await run(['config']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(':2:1: refused: "pacer-password" looks like a password');
    expect(result.stderr).not.toContain('hunter2');
  });

  it('never shows a value it rejects unless it is a near miss', async () => {
    const { run } = firm('as-of: my-pin-1234\nformat: xyzzy-secret\n');
    const result = await run(['config']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/1234|xyzzy/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { run } = firm(`# ${'x'.repeat(70 * 1024)}\nformat: json\n`);
    const result = await run(['config']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/config file .* is too large .*64 KB/);
  });

  it('is ignored by commands that read no setting', async () => {
    const { run } = firm('fromat: json\n');
    expect((await run(['questions', '--format', 'json'])).code).toBe(0);
    expect((await run(['check', '-c', 'ctd', ...READY, '--no-input'])).code).toBe(2);
  });

  it('sets nothing when empty', async () => {
    const { run } = firm('# nothing yet\n');
    const json = configJson(await run(['config', '--format', 'json']));
    expect(json.settings.every((s) => s.from === 'default')).toBe(true);
  });
});

describe('nextgen-ready config', () => {
  it('prints each setting, its value and where it comes from', async () => {
    const { run, proj } = firm('courts-dir: courts\nas-of: 2026-01-05\n');
    const result = await run(['config'], { NEXTGEN_READY_FORMAT: 'json' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Config file: ${join(proj, '.nextgen-readyrc.yaml')}\n`);
    expect(result.stdout).toContain(
      `courts-dir: ${join(proj, 'courts')}\n  from the config file; read by check, roster, courts\n`,
    );
    expect(result.stdout).toContain('as-of: 2026-01-05\n  from the config file;');
    expect(result.stdout).toContain(
      'format: json\n  from NEXTGEN_READY_FORMAT; read by check, roster\n',
    );
    expect(result.stdout).toContain('answers: (none)\n  default; read by check, roster\n');
  });

  it('says when no file is found', async () => {
    const { run } = firm(undefined);
    const result = await run(['config']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Config file: none found/);
    expect(configJson(await run(['config', '-f', 'json'])).settings).toEqual([
      {
        key: 'courts-dir',
        value: null,
        from: 'default',
        where: null,
        commands: ['check', 'roster', 'courts'],
      },
      { key: 'answers', value: null, from: 'default', where: null, commands: ['check', 'roster'] },
      {
        key: 'as-of',
        value: null,
        from: 'default',
        where: null,
        commands: ['check', 'roster', 'courts'],
      },
      { key: 'format', value: null, from: 'default', where: null, commands: ['check', 'roster'] },
    ]);
  });

  it('shows a path with control characters escaped', async () => {
    const { run } = firm('answers: "a\\u001b]0;PWNED\\u0007.json"\n');
    const result = await run(['config']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('a\\x1b]0;PWNED\\x07.json');
  });
});
