/**
 * The bad-input catalogue's runner (issue 14): each case makes its files and faults in a fresh
 * directory, runs the built CLI there, and asserts what every user error must hold: the exit
 * code, one `error:` line (and at most the documented few lines), no stack trace, no secret
 * echoed anywhere, and no file damaged (every file that was there is unchanged, no temporary
 * file or lock is left, nothing else is created unless the case says so).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  cpSync,
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
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, hasStackTrace } from './cli.js';
import { errnoOf } from '../../src/errors.js';

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
  /** The defects of issue 28 it covers (1 to 16), if any. */
  defects?: readonly number[];
  /** The command line; `dir` is the case's own directory (also the working directory). */
  args: (dir: string) => string[];
  /** Files to make first (relative to the directory). */
  files?: Record<string, string | Buffer>;
  /** Anything else to make first: links, directories, modes. */
  setup?: (dir: string) => void;
  /** Where stdout goes: a path (such as /dev/full) instead of a pipe. */
  stdoutTo?: string;
  /** What stdin reads: a path (such as /dev/zero), instead of nothing. */
  stdinFrom?: (dir: string) => string;
  /** Run as the unprivileged user `nobody` (permission faults mean nothing to root). */
  asNobody?: boolean;
  /**
   * A 64 KB file system, full to the last byte, mounted at `disk` in the case's directory for
   * the run (root and mount needed; the case is skipped otherwise) and unmounted after it.
   */
  tinyDisk?: boolean;
  /** A read-only file system (an empty tmpfs) mounted at `ro` in the case's directory. */
  readOnlyDisk?: boolean;
  /** The working directory, when not the case's directory itself. */
  cwd?: (dir: string) => string;
  /** The time the run may take before it counts as hung (default 60 s, for a loaded CI machine). */
  timeLimitMs?: number;
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

const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

/** True when `nobody` may do this (a command run as nobody exits 0). */
const nobodyMay = (...command: string[]) =>
  spawnSync(AS_NOBODY[0]!, [...AS_NOBODY.slice(1), ...command]).status === 0;

/**
 * The CLI as `nobody` runs it from the checkout at `root`: its own bin when nobody can read it,
 * else a copy of what the package ships, made in the temporary directory (a checkout under
 * /root, mode 0700, is out of nobody's reach). A reason instead when neither works.
 */
export function nobodyBinFor(root: string): { bin: string } | { reason: string } {
  if (process.getuid?.() !== 0 || !nobodyMay('true'))
    return { reason: 'needs root and setpriv to run as nobody (permissions mean nothing to root)' };
  if (!nobodyMay(NODE, '-e', '0')) return { reason: `nobody cannot run ${NODE}` };
  if (!nobodyMay('test', '-x', tmpdir()))
    return { reason: `nobody cannot enter the temporary directory ${tmpdir()}` };
  const own = join(root, 'bin', 'nextgen-ready.cjs');
  if (nobodyMay('test', '-r', own)) return { bin: own };
  const copy = mkdtempSync(join(tmpdir(), 'nextgen-ready-package-'));
  for (const part of PACKAGE_PARTS)
    cpSync(join(root, part), join(copy, part), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
  spawnSync('chmod', ['-R', 'a+rX', copy]);
  const bin = join(copy, 'bin', 'nextgen-ready.cjs');
  return nobodyMay('test', '-r', bin)
    ? { bin }
    : { reason: `nobody can read neither the checkout (${root}) nor a copy of it` };
}

/** What the CLI reads at run time: the package's files (package.json "files"), less seeds. */
const PACKAGE_PARTS = [
  'package.json',
  'bin',
  'dist',
  'courts',
  'data',
  'procedures',
  'sources/registry.yaml',
];

let nobodyBin: { bin: string } | { reason: string } | undefined;
const binForNobody = () => (nobodyBin ??= nobodyBinFor(ROOT));

/** Why no case can run as `nobody` here, or undefined when they can. */
export function nobodyMissing(): string | undefined {
  const found = binForNobody();
  return 'reason' in found ? found.reason : undefined;
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

/** Removes a case's directory, whatever the case made of it. */
export function removeCaseDir(dir: string): void {
  // A case may have made parts of its directory unreadable.
  spawnSync('chmod', ['-R', 'u+rwx', dir]);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * How much memory a run may take: its data segment is limited (prlimit), so a run that reads
 * without bound fails at this size instead of taking the machine's memory. A normal run takes
 * under 100 MB. Node 24 reserves its code range against the same limit at start-up and cannot
 * start under 1 GB (seen: "Failed to reserve virtual memory for CodeRange"), so it gets 1.5 GB:
 * still far below what an unbounded read reaches.
 */
const NODE_MAJOR = Number(
  spawnSync(NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout,
);
const MEMORY_LIMIT_BYTES = (NODE_MAJOR >= 24 ? 1536 : 256) * 1024 * 1024;
const CAN_LIMIT_MEMORY = spawnSync('prlimit', ['--version']).status === 0;

export interface RunOptions {
  stdoutTo?: string;
  stdinFrom?: string;
  asNobody?: boolean;
  env?: Record<string, string>;
  timeLimitMs?: number;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the run was stopped for taking longer than its time limit. */
  hung: boolean;
}

/** The command line and environment a case's run is started with. */
function commandFor(args: readonly string[], options: RunOptions) {
  const env: Record<string, string> = { ...options.env };
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] ??= value;
  let bin = BIN;
  const command: string[] = [];
  if (CAN_LIMIT_MEMORY) command.push('prlimit', `--data=${MEMORY_LIMIT_BYTES}`);
  if (options.asNobody) {
    const found = binForNobody();
    if ('reason' in found) throw new Error(found.reason);
    bin = found.bin;
    command.push(...AS_NOBODY);
  }
  command.push(NODE, bin, ...args);
  return { command, env };
}

const DEFAULT_TIME_LIMIT_MS = 60_000;

/** Runs the CLI in `dir`, stdout to a pipe or to a path, within its time and memory limits. */
export function runIn(dir: string, args: readonly string[], options: RunOptions = {}): RunResult {
  const { command, env } = commandFor(args, options);
  const out = options.stdoutTo ? openSync(options.stdoutTo, 'w') : 'pipe';
  const input = options.stdinFrom ? openSync(options.stdinFrom, 'r') : 'pipe';
  try {
    const result = spawnSync(command[0]!, command.slice(1), {
      cwd: dir,
      env,
      ...(input === 'pipe' ? { input: '' } : {}),
      stdio: [input, out, 'pipe'],
      encoding: 'utf8',
      timeout: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
      killSignal: 'SIGKILL',
      // A pipe that stops taking output early would end the run with EPIPE.
      maxBuffer: 256 * 1024 * 1024,
    });
    const hung = errnoOf(result.error) === 'ETIMEDOUT';
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', hung };
  } finally {
    if (typeof out === 'number') closeSync(out);
    if (typeof input === 'number') closeSync(input);
  }
}

/** runIn without blocking this process: for cases whose faults are servers in this process. */
export function runInAsync(
  dir: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const { command, env } = commandFor(args, options);
  const out = options.stdoutTo ? openSync(options.stdoutTo, 'w') : 'pipe';
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: dir,
      env,
      stdio: ['ignore', out, 'pipe'],
    });
    if (typeof out === 'number') closeSync(out);
    let stdout = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

/**
 * A 64 KB tmpfs mounted at `path`, filled to the last byte (or, `ro`, empty and read-only);
 * false if it cannot be made.
 */
function mountTinyDisk(path: string, mode: 'full' | 'ro' = 'full'): boolean {
  mkdirSync(path, { recursive: true });
  const options = mode === 'ro' ? 'size=64k,ro' : 'size=64k';
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path]).status !== 0) return false;
  if (mode === 'ro') return true;
  try {
    writeFileSync(join(path, 'filler'), Buffer.alloc(1024 * 1024));
  } catch {
    // ENOSPC: full, as wanted.
  }
  return true;
}

function unmountTinyDisk(path: string): void {
  if (spawnSync('umount', [path]).status !== 0) spawnSync('umount', ['-l', path]);
}

let tinyDiskProbe: string | undefined | null = null;

/** Why a tiny disk cannot be mounted here (tried once), or undefined when it can. */
export function tinyDiskMissing(): string | undefined {
  if (tinyDiskProbe !== null) return tinyDiskProbe;
  tinyDiskProbe = 'needs root and mount to make a small file system that fills up';
  if (process.getuid?.() !== 0) return tinyDiskProbe;
  const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-tiny-'));
  try {
    if (mountTinyDisk(join(dir, 'disk'))) {
      unmountTinyDisk(join(dir, 'disk'));
      tinyDiskProbe = undefined;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return tinyDiskProbe;
}

/** A case's directory made and snapshotted, ready to run. */
interface Prepared {
  dir: string;
  before: Map<string, Entry>;
  release(): void;
}

function prepareCase(c: BadInputCase): Prepared {
  const dir = makeCaseDir(c.files);
  const mounted: string[] = [];
  const release = () => {
    for (const path of mounted) unmountTinyDisk(path);
    removeCaseDir(dir);
  };
  try {
    if (c.tinyDisk) {
      if (!mountTinyDisk(join(dir, 'disk'))) throw new Error(`cannot mount a tiny disk in ${dir}`);
      mounted.push(join(dir, 'disk'));
    }
    if (c.readOnlyDisk) {
      if (!mountTinyDisk(join(dir, 'ro'), 'ro')) throw new Error(`cannot mount a disk in ${dir}`);
      mounted.push(join(dir, 'ro'));
    }
    c.setup?.(dir);
    if (c.asNobody) chmodSync(dir, 0o777);
    return { dir, before: snapshot(dir), release };
  } catch (error) {
    release();
    throw error;
  }
}

function optionsOf(c: BadInputCase, dir: string): RunOptions {
  return {
    stdoutTo: c.stdoutTo,
    stdinFrom: c.stdinFrom?.(dir),
    asNobody: c.asNobody,
    env: c.env?.(dir),
    timeLimitMs: c.timeLimitMs,
  };
}

/** Asserts everything the catalogue promises of a case's run. */
function checkCase(c: BadInputCase, { dir, before }: Prepared, result: RunResult): void {
  const context = `${c.name}\nstderr:\n${result.stderr}`;

  expect(result.hung, `hung: still running after its time limit\n${context}`).toBe(false);
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
}

/** Runs one case and asserts everything the catalogue promises. */
export function runCase(c: BadInputCase): void {
  const prepared = prepareCase(c);
  try {
    const { dir } = prepared;
    checkCase(c, prepared, runIn(c.cwd?.(dir) ?? dir, c.args(dir), optionsOf(c, dir)));
  } finally {
    prepared.release();
  }
}

/** runCase for a case whose faults are servers in this process (the run must not block it). */
export async function runCaseAsync(c: BadInputCase): Promise<void> {
  const prepared = prepareCase(c);
  try {
    const { dir } = prepared;
    checkCase(c, prepared, await runInAsync(c.cwd?.(dir) ?? dir, c.args(dir), optionsOf(c, dir)));
  } finally {
    prepared.release();
  }
}

/** Why a case cannot run on this machine, or undefined. */
function skipReasonOf(c: BadInputCase): string | undefined {
  return (
    c.skip?.() ??
    (c.asNobody ? nobodyMissing() : undefined) ??
    (c.tinyDisk || c.readOnlyDisk ? tinyDiskMissing() : undefined)
  );
}

/** The time vitest gives a case: its run's limit and room to make and check its files. */
const testTimeoutOf = (c: BadInputCase) => (c.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) + 20_000;

/** Runs a table of cases, each skipped with its stated reason where the machine cannot make it. */
export function describeCatalogue(
  title: string,
  cases: readonly BadInputCase[],
  run: (c: BadInputCase) => void | Promise<void> = runCase,
): void {
  describe(title, () => {
    for (const c of cases)
      it(
        c.name,
        async ({ skip }) => {
          const reason = skipReasonOf(c);
          if (reason !== undefined) skip(reason);
          await run(c);
        },
        testTimeoutOf(c),
      );
  });
}
