/**
 * The bad-input catalogue's runner (issue 14): each case makes its files and faults in a fresh
 * directory, runs the built CLI there, and asserts what every user error must hold: the exit
 * code, one `error:` line (and at most the documented few lines), no stack trace, no secret
 * echoed anywhere, and no file damaged (every file that was there is unchanged, no temporary
 * file or lock is left, nothing else is created unless the case says so).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, NODE, hasStackTrace } from './cli.js';

/** The attorney of every check case: nothing left to do, so only the fault decides the run. */
export const READY = [
  '--filer',
  'attorney',
  '--pacer-account',
  'individual',
  '--account-type',
  'upgraded',
  '--mfa',
  'enrolled',
  '--firm-billing',
  'no',
  '--linked',
  'yes',
  '--cja',
  'no',
  '--bankruptcy',
  'no',
  '--as-of',
  '2026-11-22',
  '--no-input',
];

/** A secret a user might type in the wrong place; it must never come back. */
export const SECRET = 'MyPacerP@ss99';

/** Nine lines of YAML aliases that expand to 9^9 values: a map, or (`asList`) a list of one. */
export function aliasBomb(asList = false): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${lines.map((line, index) => (asList ? `${index === 0 ? '- ' : '  '}${line}` : line)).join('\n')}\n`;
}

export interface BadInputCase {
  /** What is wrong, as a person would say it. */
  name: string;
  /** The classes of issue 14 it covers (1 to 12). */
  classes: readonly number[];
  /** The command line; `dir` is the case's own directory (also the working directory). */
  args: (dir: string) => string[];
  /** Files to make first (relative to the directory). */
  files?: Record<string, string | Buffer>;
  /** Anything else to make first: links, directories, modes. */
  setup?: (dir: string) => void;
  /** Where stdout goes: a path (such as /dev/full) instead of a pipe. */
  stdoutTo?: string;
  /** Run as the unprivileged user `nobody` (permission faults mean nothing to root). */
  asNobody?: boolean;
  /** Environment variables for the run; `dir` is the case's own directory. */
  env?: (dir: string) => Record<string, string>;
  /** Why the machine cannot make this fault, when it cannot (the case is then skipped). */
  skip?: () => string | undefined;
  code: number;
  /** What the `error:` line says (or, without one, what stderr says). */
  stderr?: RegExp;
  /** False when the run ends without an `error:` line (a success, a cancel). */
  errorLine?: boolean;
  /** At most this many lines on stderr (default 2: the error and what to do). */
  lines?: number;
  /** What stdout must hold; by default nothing (for an error) or anything (for a success). */
  stdout?: RegExp | 'empty';
  /** A value that must appear nowhere: not on stdout, stderr, nor in any file written. */
  secret?: string;
  /** Paths (relative) the run may create or change, such as the outputs of a successful row. */
  changes?: RegExp;
  /** Further checks on the directory after the run. */
  after?: (dir: string, result: { stdout: string; stderr: string }) => void;
}

interface Entry {
  kind: 'file' | 'dir' | 'link' | 'other';
  mode: number;
  digest: string;
}

/** Every path under `dir` (links not followed), with what it is, its mode and its content. */
export function snapshot(dir: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const info = lstatSync(full);
      const key = relative(dir, full);
      if (info.isSymbolicLink())
        entries.set(key, { kind: 'link', mode: 0, digest: readlinkSync(full) });
      else if (info.isDirectory()) {
        entries.set(key, { kind: 'dir', mode: info.mode & 0o7777, digest: '' });
        if (info.mode & 0o100) walk(full);
      } else if (info.isFile())
        entries.set(key, {
          kind: 'file',
          mode: info.mode & 0o7777,
          digest: createHash('sha256').update(readFileSync(full)).digest('hex'),
        });
      else entries.set(key, { kind: 'other', mode: info.mode & 0o7777, digest: '' });
    }
  };
  walk(dir);
  return entries;
}

/** True when this process may run another as `nobody` (root with setpriv). */
export function canRunAsNobody(): boolean {
  return (
    process.getuid?.() === 0 &&
    spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0
  );
}

/** Makes a case's directory and its files. */
export function makeCaseDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-bad-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the CLI in `dir`, stdout to a pipe or to a path. */
export function runIn(
  dir: string,
  args: readonly string[],
  options: { stdoutTo?: string; asNobody?: boolean; env?: Record<string, string> } = {},
): { code: number | null; stdout: string; stderr: string } {
  const env: Record<string, string> = { ...options.env };
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] ??= value;
  const out = options.stdoutTo ? openSync(options.stdoutTo, 'w') : 'pipe';
  const command = options.asNobody
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', NODE]
    : [NODE];
  try {
    const result = spawnSync(command[0]!, [...command.slice(1), BIN, ...args], {
      cwd: dir,
      env,
      input: '',
      stdio: ['pipe', out, 'pipe'],
      encoding: 'utf8',
      timeout: 60_000,
      // A pipe that stops taking output early would end the run with EPIPE.
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
  } finally {
    if (typeof out === 'number') closeSync(out);
  }
}

/** Runs one case and asserts everything the catalogue promises. */
export function runCase(c: BadInputCase): void {
  const dir = makeCaseDir(c.files);
  try {
    c.setup?.(dir);
    if (c.asNobody) chmodSync(dir, 0o777);
    const before = snapshot(dir);
    const result = runIn(dir, c.args(dir), {
      stdoutTo: c.stdoutTo,
      asNobody: c.asNobody,
      env: c.env?.(dir),
    });
    const context = `${c.name}\nstderr:\n${result.stderr}`;

    expect(result.code, context).toBe(c.code);
    expect(hasStackTrace(result.stderr), context).toBe(false);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines.length, context).toBeLessThanOrEqual(c.lines ?? 2);
    const errorLines = lines.filter((line) => /^error: /.test(line));
    if (c.errorLine ?? c.code !== 0) {
      expect(errorLines, context).toHaveLength(1);
      if (c.lines === undefined) expect(lines[0], context).toMatch(/^error: /);
    } else expect(errorLines, context).toEqual([]);
    if (c.stderr) expect(errorLines[0] ?? result.stderr, context).toMatch(c.stderr);
    // Nothing that came from data reaches the terminal raw.
    // eslint-disable-next-line no-control-regex -- looking for them is the point
    expect(result.stderr, context).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
    if (c.stdout === 'empty' || (c.stdout === undefined && c.code !== 0 && !c.stdoutTo))
      expect(result.stdout, context).toBe('');
    else if (c.stdout instanceof RegExp) expect(result.stdout, context).toMatch(c.stdout);

    const after = snapshot(dir);
    for (const [path, entry] of before) {
      if (c.changes?.test(path)) continue;
      expect(after.get(path), `${path} changed\n${context}`).toEqual(entry);
    }
    for (const path of after.keys()) {
      if (before.has(path)) continue;
      expect(path, `left behind\n${context}`).not.toMatch(/\.tmp$|\.nextgen-ready\.lock/);
      expect(c.changes?.test(path) ?? false, `${path} was created\n${context}`).toBe(true);
    }
    if (c.secret !== undefined) {
      expect(result.stdout + result.stderr, context).not.toContain(c.secret);
      for (const [path, entry] of after)
        if (entry.kind === 'file' && !before.has(path))
          expect(readFileSync(join(dir, path), 'utf8'), path).not.toContain(c.secret);
    }
    c.after?.(dir, result);
  } finally {
    // A case may have made parts of its directory unreadable.
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A small file system that fills up, for full-disk faults, made on first use (root and mount
 * needed; undefined otherwise) and removed by `releaseTinyDisk` after the file's cases.
 */
let tinyDisk: { path: string; unmount(): void } | undefined | null = null;

export function tinyDiskPath(): string | undefined {
  if (tinyDisk === null) tinyDisk = mountTinyDisk();
  return tinyDisk?.path;
}

export function releaseTinyDisk(): void {
  tinyDisk?.unmount();
  tinyDisk = null;
}

/** Why the tiny disk cannot be made here, or undefined when it can. */
export function tinyDiskMissing(): string | undefined {
  return tinyDiskPath() === undefined
    ? 'needs root and mount to make a small file system that fills up'
    : undefined;
}

/** Fills the tiny disk to the last byte (after removing what a case left there). */
export function fillTinyDisk(): void {
  const path = tinyDiskPath()!;
  for (const name of readdirSync(path)) rmSync(join(path, name), { recursive: true, force: true });
  try {
    writeFileSync(join(path, 'filler'), Buffer.alloc(1024 * 1024));
  } catch {
    // ENOSPC: full, as wanted.
  }
}

/** A small file-backed file system that fills up; undefined if it cannot be made. */
function mountTinyDisk(): { path: string; unmount(): void } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const path = mkdtempSync(join(tmpdir(), 'nextgen-ready-tiny-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', path]);
  if (mounted.status !== 0) {
    rmSync(path, { recursive: true, force: true });
    return undefined;
  }
  return {
    path,
    unmount() {
      spawnSync('umount', [path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Runs a table of cases, each skipped with its stated reason where the machine cannot make it. */
export function describeCatalogue(title: string, cases: readonly BadInputCase[]): void {
  describe(title, () => {
    afterAll(() => releaseTinyDisk());
    it.for(cases.map((c) => [c.name, c] as const))('%s', ([, c], { skip }) => {
      const reason = c.skip?.();
      if (reason !== undefined) skip(reason);
      runCase(c);
    });
  });
}
