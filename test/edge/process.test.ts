/**
 * The built CLI as a process: every command once, its real exit status, and what the build
 * writes in (`--version`). What commands do with their flags and files is tested in-process
 * (test/cli/); this is the same CLI started as users start it, which CI also runs on the other
 * Node release lines (scripts/ci/other-nodes.sh).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, NODE, ROOT, runCli } from '../helpers/cli.js';
import { answerFlags, READY_ANSWERS, tempDir } from '../helpers/fixtures.js';

const READY = ['--court', 'ctd', ...answerFlags(READY_ANSWERS), '--as-of', '2026-11-22'];

describe('the built CLI', () => {
  it('prints the version from package.json, and the age of the bundled court data', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    const [first, age] = result.stdout.trim().split('\n');
    expect(first).toBe(version);
    expect(age).toMatch(
      /^Court data: PACER's court feed of January 10, 2023; court pages checked \w+ \d+, \d{4}/,
    );
  });

  it('exits 0 with a plan, 1 with --exit-code and actions left, 2 for a user error', () => {
    const ready = runCli(['check', ...READY, '--format', 'json', '--no-input', '--exit-code']);
    expect(ready.code, ready.stderr).toBe(0);
    expect(JSON.parse(ready.stdout)).toMatchObject({ status: 'ready', actions: [] });
    const pending = runCli([
      'check',
      ...READY,
      '--account-type',
      'legacy',
      '--no-input',
      '--exit-code',
    ]);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain('ACTION NEEDED');
    const wrong = runCli(['check', '--court', 'ctx', '--no-input']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^error: --court: "ctx" is not a court id/);
    expect(hasStackTrace(wrong.stderr)).toBe(false);
    const unknown = runCli(['chekc']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'chekc'/);
  });

  it('writes the same bytes to a file, to /dev/null and through a pipe; a full device is exit 74', () => {
    const args = ['courts', '--format', 'json', '--as-of', '2026-11-22'];
    const piped = runCli(args);
    expect(piped.code).toBe(0);
    const file = join(tempDir(), 'courts.json');
    const run = (stdout: string) => {
      const fd = openSync(stdout, 'w');
      try {
        return spawnSync(NODE, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      } finally {
        closeSync(fd);
      }
    };
    expect(run(file).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
    expect(run('/dev/null').status).toBe(0);
    const full = run('/dev/full');
    expect(full.status).toBe(74);
    expect(full.stderr).toMatch(/^error: cannot write to stdout: no space left on the device/);
  });

  it('stops quietly, exit 74, when the reader of its pipe goes away (`| head`)', () => {
    // 100 kB of JSON: more than a pipe holds, so a write meets the closed pipe.
    const result = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; "$0" "$1" courts --format json | head -c 10 > /dev/null', NODE, BIN],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(74);
  });

  it('runs every command', () => {
    const dir = tempDir({
      'team.csv': `name,courts,${Object.keys(READY_ANSWERS).join(',')}\nJane Doe,ctd,${Object.values(READY_ANSWERS).join(',')}\n`,
    });
    const markdown = runCli(['check', ...READY, '--format', 'markdown', '--no-input']);
    expect(markdown.stdout).toMatch(/^# /);
    const courts = runCli(['courts', '--format', 'json']);
    expect((JSON.parse(courts.stdout) as unknown[]).length).toBeGreaterThan(200);
    expect(runCli(['courts', '--state', 'CT']).stdout).toContain('ctd');
    const questions = runCli(['questions', '--format', 'json']);
    expect(JSON.parse(questions.stdout)).toEqual(expect.arrayContaining([expect.anything()]));
    expect(runCli(['validate']).code).toBe(0);
    expect(runCli(['config', '--format', 'json']).code).toBe(0);
    expect(runCli(['completion', 'bash']).stdout).toContain('complete -F _nextgen_ready');
    const roster = runCli([
      'roster',
      join(dir, 'team.csv'),
      '--format',
      'csv',
      '--as-of',
      '2026-11-22',
    ]);
    expect(roster.code, roster.stderr).toBe(0);
    expect(roster.stdout).toContain('Jane Doe');
    const status = runCli(['data', 'status', '--format', 'json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ inForce: 'bundled' });
    for (const result of [markdown, courts, questions, status]) expect(result.code).toBe(0);
  });
});
