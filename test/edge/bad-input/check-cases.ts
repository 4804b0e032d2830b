/**
 * The bad-input catalogue for `check` (issues 14 and 28): files, devices, terminals, secrets,
 * sizes, and the two results it writes (--output, --save-answers) by one set of rules.
 * Each case asserts the exit code, one error line, no stack trace, no secret, no file damaged
 * (test/helpers/bad-input.ts); catalogue.test.ts runs them.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { aliasBomb, READY, SECRET, type BadInputCase } from '../../helpers/bad-input.js';
import { wholeProfileText } from '../../helpers/data.js';

const check = (...args: string[]) => ['check', '--court', 'ctd', ...READY, ...args];
const CTD = wholeProfileText('ctd');

/**
 * A device node of the case's own (root can make one): a build that replaced devices by files
 * would then damage only this one, never the machine's /dev/full or /dev/null. Not root: the
 * machine's own device, which a user cannot replace.
 */
function makeDevice(dir: string, name: string, major: number, minor: number): void {
  if (process.getuid?.() === 0)
    spawnSync('mknod', ['-m', '666', join(dir, name), 'c', String(major), String(minor)]);
}
const deviceIn = (dir: string, name: string) =>
  existsSync(join(dir, name)) ? join(dir, name) : `/dev/${name}`;
const deviceMissing = () =>
  process.getuid?.() === 0 && spawnSync('mknod', ['--version']).status !== 0
    ? 'needs mknod to make a device of its own (as root, a broken build would replace /dev itself)'
    : undefined;

/** A profile with one string replaced, in a --courts-dir of its own. */
const courtsDirWith = (from: string, to: string) => ({
  'courts/ctd.yaml': CTD.replace(from, to),
});

/** How each result flag shows in the cases run against both. */
interface ResultFlag {
  flag: '--output' | '--save-answers';
  /** The arguments that send the other result away from stdout, for the stdout cases. */
  elsewhere: string[];
  /** What the file or stdout holds when written. */
  written: RegExp;
  /** What a case whose result goes to stdout may also create. */
  elsewhereFile?: RegExp;
}

const RESULT_FLAGS: Record<ResultFlag['flag'], ResultFlag> = {
  '--output': { flag: '--output', elsewhere: [], written: /^# NextGen CM\/ECF checklist: ctd/ },
  '--save-answers': {
    flag: '--save-answers',
    elsewhere: ['--output', 'plan.md'],
    written: /^# Answers for nextgen-ready check/,
    elsewhereFile: /^plan\.md$/,
  },
};

/**
 * The write-through cases, for `--output` and again for `--save-answers` (issue 28, defect 1:
 * they share one writer with one set of rules). Markdown, so that the plan is recognisable.
 */
function writeCases(flag: ResultFlag['flag']): BadInputCase[] {
  const { elsewhere, written, elsewhereFile } = RESULT_FLAGS[flag];
  const run = (path: string, ...more: string[]) =>
    check(flag, path, '--format', 'markdown', ...more);
  const shown = flag.replace(/-/g, '\\-');
  const cannot = (path: string, reason: string) =>
    new RegExp(`^error: cannot write ${shown} ${path}: ${reason}$`);
  const defects = flag === '--save-answers' ? [1] : [];
  return [
    {
      name: `${flag} to a full device (a /dev/full of its own)`,
      classes: [1, 3],
      defects,
      skip: deviceMissing,
      setup: (dir) => makeDevice(dir, 'full', 1, 7),
      args: (dir) => run(deviceIn(dir, 'full')),
      code: 74,
      stderr: cannot('\\S*full', 'no space left on the device'),
      after: (dir) => expect(statSync(deviceIn(dir, 'full')).isCharacterDevice()).toBe(true),
    },
    {
      name: `${flag} to a null device: written to, never replaced by a file`,
      classes: [1],
      defects,
      skip: deviceMissing,
      setup: (dir) => makeDevice(dir, 'null', 1, 3),
      args: (dir) => run(deviceIn(dir, 'null')),
      code: 0,
      lines: 1,
      after: (dir) => expect(statSync(deviceIn(dir, 'null')).isCharacterDevice()).toBe(true),
    },
    {
      name: `${flag} /dev/stdout: on stdout`,
      classes: [1],
      defects,
      // As nobody: a build that renamed over /dev/stdout (as root did) cannot damage it.
      asNobody: process.getuid?.() === 0,
      args: () => run('/dev/stdout', ...elsewhere),
      code: 0,
      lines: elsewhere.length > 0 ? 1 : 0,
      stdout: written,
      changes: elsewhereFile,
    },
    {
      name: `${flag} through a link to stdout`,
      classes: [1],
      defects,
      setup: (dir) => symlinkSync('/proc/self/fd/1', join(dir, 'to-stdout')),
      args: () => run('to-stdout', ...elsewhere),
      code: 0,
      lines: elsewhere.length > 0 ? 1 : 0,
      stdout: written,
      changes: elsewhereFile,
    },
    {
      name: `${flag} -: on stdout`,
      classes: [1],
      defects,
      args: () => run('-', ...elsewhere),
      code: 0,
      lines: elsewhere.length > 0 ? 1 : 0,
      stdout: written,
      changes: elsewhereFile,
    },
    {
      name: `${flag} to a FIFO: its reader gets it all, and it stays a FIFO`,
      classes: [1],
      defects,
      setup: (dir) => {
        spawnSync('mkfifo', [join(dir, 'fifo')]);
        // The reader, another process, copies what comes into got.txt.
        // Bounded: if the run never opens the FIFO, the reader gives up rather than waiting on.
        spawn('sh', ['-c', 'exec timeout 30 cat fifo > got.txt'], {
          cwd: dir,
          stdio: 'ignore',
        }).unref();
      },
      args: () => run('fifo'),
      code: 0,
      lines: 1,
      changes: /^got\.txt$/,
      after: (dir) => {
        expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
        expect(waitForText(join(dir, 'got.txt'), written)).toMatch(written);
      },
    },
    {
      name: `${flag} through a symbolic link: the target is written, the link stays a link`,
      classes: [1],
      defects,
      files: { 'real/plan.md': 'old' },
      setup: (dir) => symlinkSync(join(dir, 'real', 'plan.md'), join(dir, 'link.md')),
      args: () => run('link.md'),
      code: 0,
      lines: 1,
      changes: /^real\/plan\.md$/,
      after: (dir) => {
        expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'real', 'plan.md'), 'utf8')).toMatch(written);
      },
    },
    {
      name: `${flag} through a link to a file not made yet`,
      classes: [1],
      defects,
      setup: (dir) => {
        mkdirSync(join(dir, 'real'));
        symlinkSync(join(dir, 'real', 'new.md'), join(dir, 'link.md'));
      },
      args: () => run('link.md'),
      code: 0,
      lines: 1,
      changes: /^real\/new\.md$/,
      after: (dir) => expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true),
    },
    {
      name: `${flag} over an existing file keeps its mode`,
      classes: [1],
      defects,
      files: { 'plan.txt': 'old' },
      setup: (dir) => chmodSync(join(dir, 'plan.txt'), 0o640),
      args: () => run('plan.txt'),
      code: 0,
      lines: 1,
      changes: /^plan\.txt$/,
      after: (dir) => expect(statSync(join(dir, 'plan.txt')).mode & 0o777).toBe(0o640),
    },
    {
      name: `${flag} over another user's file, as root: its mode and owner are kept`,
      classes: [1],
      defects,
      skip: () => (process.getuid?.() === 0 ? undefined : 'needs root to give a file away'),
      files: { 'plan.txt': 'old' },
      setup: (dir) => {
        chownSync(join(dir, 'plan.txt'), 65534, 65534);
        chmodSync(join(dir, 'plan.txt'), 0o640);
      },
      args: () => run('plan.txt'),
      code: 0,
      lines: 1,
      changes: /^plan\.txt$/,
      after: (dir) => {
        const info = statSync(join(dir, 'plan.txt'));
        expect([info.uid, info.gid, info.mode & 0o777]).toEqual([65534, 65534, 0o640]);
        expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toMatch(written);
      },
    },
    {
      name: `${flag} onto a read-only file`,
      classes: [1],
      defects,
      files: { 'plan.txt': 'keep me' },
      setup: (dir) => chmodSync(join(dir, 'plan.txt'), 0o444),
      args: () => run('plan.txt'),
      code: 2,
      stderr: cannot('plan\\.txt', 'the file is read-only'),
    },
    {
      name: `${flag} onto another user's read-only file, as root`,
      classes: [1],
      defects,
      skip: () => (process.getuid?.() === 0 ? undefined : 'needs root to give a file away'),
      files: { 'plan.txt': 'keep me' },
      setup: (dir) => {
        chownSync(join(dir, 'plan.txt'), 65534, 65534);
        chmodSync(join(dir, 'plan.txt'), 0o444);
      },
      args: () => run('plan.txt'),
      code: 2,
      stderr: cannot('plan\\.txt', 'the file is read-only'),
      after: (dir) => expect(statSync(join(dir, 'plan.txt')).uid).toBe(65534),
    },
    {
      name: `${flag} is a directory`,
      classes: [1, 5],
      defects,
      setup: (dir) => mkdirSync(join(dir, 'out')),
      args: () => run('out'),
      code: 2,
      stderr: cannot('out', 'it is a directory, not a file'),
    },
    {
      name: `${flag} in a directory that does not exist`,
      classes: [1, 5],
      defects,
      args: () => run('no/such/plan.txt'),
      code: 2,
      stderr: /its directory does not exist/,
    },
    {
      name: `${flag} under a file (ENOTDIR)`,
      classes: [1, 5],
      defects,
      files: { 'file.txt': 'x' },
      args: () => run('file.txt/plan.txt'),
      code: 2,
      stderr: /a part of the path is a file, not a directory/,
    },
    {
      name: `${flag} through a link loop (ELOOP)`,
      classes: [1, 5],
      defects,
      setup: (dir) => {
        symlinkSync(join(dir, 'b'), join(dir, 'a'));
        symlinkSync(join(dir, 'a'), join(dir, 'b'));
      },
      args: () => run('a'),
      code: 2,
      stderr: /too many symbolic links/,
    },
    {
      name: `${flag} with a name too long (ENAMETOOLONG), cut in the message`,
      classes: [1, 5, 7],
      defects,
      args: () => run('p'.repeat(5000)),
      code: 2,
      stderr: cannot('p+… \\(5,000 characters\\)', 'the path is too long'),
    },
    {
      name: `${flag} in a directory nobody may write to`,
      classes: [1, 5],
      defects,
      asNobody: true,
      setup: (dir) => {
        mkdirSync(join(dir, 'locked'));
        chmodSync(join(dir, 'locked'), 0o555);
      },
      args: () => run('locked/plan.txt'),
      code: 2,
      stderr: cannot('locked\\/plan\\.txt', 'permission denied'),
    },
    {
      name: `${flag} on a full disk: nothing left, not even a temporary file`,
      classes: [1, 5],
      defects,
      tinyDisk: true,
      args: (dir) => run(join(dir, 'disk', 'plan.md')),
      code: 74,
      stderr: /no space left on the device$/,
      after: (dir) => expect(readdirOf(join(dir, 'disk'))).toEqual(['filler']),
    },
    // 6. never overwrite an input.
    {
      name: `--answers g.yaml ${flag} g.yaml`,
      classes: [6],
      defects,
      files: { 'g.yaml': 'filer: attorney\n' },
      args: () => run('g.yaml', '--answers', 'g.yaml'),
      code: 2,
      stderr: new RegExp(`^error: ${shown} g\\.yaml is the --answers file`),
    },
    {
      name: `${flag} is a link to the --answers file`,
      classes: [6],
      defects,
      files: { 'g.yaml': 'filer: attorney\n' },
      setup: (dir) => symlinkSync(join(dir, 'g.yaml'), join(dir, 'plan.txt')),
      args: () => run('plan.txt', '--answers', 'g.yaml'),
      code: 2,
      stderr: /is the --answers file/,
    },
    {
      name: `${flag} is a profile in --courts-dir`,
      classes: [6],
      defects,
      files: { 'courts/ctd.yaml': CTD },
      args: () => run('courts/ctd.yaml', '--courts-dir', 'courts'),
      code: 2,
      stderr: /is a court profile in --courts-dir courts/,
    },
  ];
}

/** --output and --save-answers together: neither may overwrite the other. */
const BOTH_RESULTS: BadInputCase[] = [
  {
    name: '--save-answers X --output X: refused, for the plan would overwrite the answers',
    classes: [6],
    defects: [1],
    args: () => check('--save-answers', 'x.txt', '--output', 'x.txt'),
    code: 2,
    stderr: /^error: --save-answers x\.txt is the --output file/,
  },
  {
    name: '--save-answers X --output a link to X',
    classes: [6],
    defects: [1],
    files: { 'x.txt': 'old' },
    setup: (dir) => symlinkSync(join(dir, 'x.txt'), join(dir, 'link.txt')),
    args: () => check('--save-answers', 'x.txt', '--output', 'link.txt'),
    code: 2,
    stderr: /is the --output file/,
  },
  {
    name: '--save-answers - with the plan on stdout too',
    classes: [6],
    defects: [1],
    args: () => check('--save-answers', '-'),
    code: 2,
    stderr: /^error: --save-answers - is stdout, where the plan goes$/,
  },
  {
    name: '--save-answers and --output both to a null device',
    classes: [1],
    defects: [1],
    skip: deviceMissing,
    setup: (dir) => makeDevice(dir, 'null', 1, 3),
    args: (dir) =>
      check('--save-answers', deviceIn(dir, 'null'), '--output', deviceIn(dir, 'null')),
    code: 0,
    lines: 2,
    after: (dir) => expect(statSync(deviceIn(dir, 'null')).isCharacterDevice()).toBe(true),
  },
  {
    name: '"Saved the answers to" a name with terminal escapes: shown safe',
    classes: [2],
    defects: [11],
    args: () => check('--save-answers', 'a\u001b]0;PWNED\u0007.yaml'),
    code: 0,
    lines: 1,
    changes: /^a.*\.yaml$/,
    after: (_dir, { stderr }) =>
      expect(stderr).toMatch(/^Saved the answers to a\\x1b\]0;PWNED\\x07\.yaml\.\n$/),
  },
];

/** Waits (up to 5 s) for a file another process writes to hold `text`; returns what it holds. */
function waitForText(file: string, text: RegExp): string {
  const deadline = Date.now() + 5000;
  for (;;) {
    const held = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (text.test(held) || Date.now() > deadline) return held;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}

export const CHECK_CASES: BadInputCase[] = [
  // ---- 1, 6. --output and --save-answers: one writer, one set of rules -----------------
  ...writeCases('--output'),
  ...writeCases('--save-answers'),
  ...BOTH_RESULTS,

  // ---- 2. terminal control characters from profiles --------------------------------------
  {
    name: 'a --courts-dir profile whose name retitles the terminal and clears it',
    classes: [2],
    files: courtsDirWith(
      'name: United States District Court for the District of Connecticut',
      'name: "X\\e]0;PWNED\\a\\e[2J"',
    ),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    lines: 3,
    stderr: /^error: 1 problem in court data$/,
  },
  {
    name: 'a --courts-dir profile with an OSC 52 clipboard write in a note',
    classes: [2],
    files: courtsDirWith('shortName: District of Connecticut', 'shortName: "D\\e]52;c;aGk=\\a"'),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    lines: 3,
  },
  {
    name: 'a --courts-dir profile whose CM/ECF link reads backwards (U+202E)',
    classes: [2],
    files: courtsDirWith(
      'url: https://ecf.ctd.uscourts.gov',
      'url: "https://ecf.ctd.uscourts.gov/\\u202Egpj.exe"',
    ),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    lines: 3,
  },
  {
    name: 'a --courts-dir profile whose link hides its host behind a credentials part',
    classes: [2, 4],
    files: courtsDirWith(
      'url: https://ecf.ctd.uscourts.gov',
      `url: https://ecf.ctd.uscourts.gov:${SECRET}@evil.example/`,
    ),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    lines: 3,
    secret: SECRET,
  },

  // ---- 3. a failed write to stdout --------------------------------------------------------
  ...(['text', 'json', 'markdown'] as const).map((format): BadInputCase => ({
    name: `check --format ${format} > /dev/full`,
    classes: [3],
    args: () => check('--format', format),
    stdoutTo: '/dev/full',
    code: 74,
    stderr: /^error: cannot write to stdout: no space left on the device$/,
  })),
  {
    name: '--exit-code with actions left > /dev/full: a failure, never "actions remain"',
    classes: [3],
    args: () => check('--exit-code', '--linked', 'no', '--ecf-login', 'known'),
    stdoutTo: '/dev/full',
    code: 74,
  },
  {
    name: 'a usage error > /dev/full: its own code and line, for nothing was written to stdout',
    classes: [3],
    args: () => ['check', '--court', 'nosuch', '--no-input'],
    stdoutTo: '/dev/full',
    code: 2,
    stderr: /^error: --court: a value is not a court id$/,
  },

  // ---- 4. rejected values are never echoed ---------------------------------------------
  ...[
    ['--ecf-login', SECRET],
    ['--filer', SECRET],
    ['--linked', `ctd=${SECRET}`],
    ['--problems', `menus-limited,${SECRET}`],
    ['--court', SECRET],
    ['--as-of', SECRET],
    ['--format', SECRET],
    ['--pacer-account', SECRET],
  ].map(([flag, value]): BadInputCase => ({
    name: `${flag} ${value}`,
    classes: [4],
    args: () => check(flag!, value!),
    code: 2,
    lines: 3,
    secret: SECRET,
  })),
  {
    name: 'an unknown option carrying a value (--ecf-password=...)',
    classes: [4],
    args: () => check(`--ecf-password=${SECRET}`),
    code: 2,
    stderr: /^error: unknown option '--ecf-password=…'$/,
    secret: SECRET,
  },
  {
    name: 'a secret typed where the command goes',
    classes: [4],
    args: () => [SECRET],
    code: 2,
    stderr: /^error: unknown command/,
    secret: SECRET,
  },
  {
    name: 'a near miss is quoted with "did you mean"',
    classes: [4],
    args: () => check('--pacer-account', 'indivdual'),
    code: 2,
    stderr: /"indivdual" is not allowed \(did you mean "individual"\?\)/,
  },
  {
    name: 'a password as the CM/ECF login in a YAML answers file',
    classes: [4],
    files: { 'answers.yaml': `ecf-login: ${SECRET}\nlinked: no\n` },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    lines: 3,
    stderr: /^error: 1 problem in answers file answers\.yaml$/,
    secret: SECRET,
  },
  {
    name: 'a password as the CM/ECF login in a JSON answers file',
    classes: [4],
    files: { 'answers.json': JSON.stringify({ 'ecf-login': SECRET, linked: 'no' }) },
    args: () => check('--answers', 'answers.json'),
    code: 2,
    lines: 3,
    secret: SECRET,
  },
  {
    name: 'a password under a key of its own in an answers file',
    classes: [4],
    files: { 'answers.yaml': `pacer-password: ${SECRET}\n` },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    lines: 3,
    secret: SECRET,
  },

  // ---- 5. file errors that crashed with exit 70 ---------------------------------------------
  {
    name: 'an answers file that is a YAML alias bomb',
    classes: [5, 7],
    files: { 'answers.yaml': aliasBomb() },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    lines: 3,
  },
  {
    name: '--answers under a file (ENOTDIR)',
    classes: [5],
    files: { 'file.txt': 'x' },
    args: () => check('--answers', 'file.txt/answers.yaml'),
    code: 2,
    stderr: /^error: cannot read answers file file\.txt\/answers\.yaml: a part of the path/,
  },
  {
    name: '--answers through a link loop (ELOOP)',
    classes: [5],
    setup: (dir) => symlinkSync(join(dir, 'answers.yaml'), join(dir, 'answers.yaml')),
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    stderr: /too many symbolic links/,
  },
  {
    name: '--answers with a name too long (ENAMETOOLONG)',
    classes: [5, 7],
    args: () => check('--answers', `${'a'.repeat(4000)}.yaml`),
    code: 2,
    stderr: /the path is too long$/,
  },
  {
    name: '--answers that cannot be read: an I/O error (EIO)',
    classes: [5],
    args: () => check('--answers', '/proc/self/mem'),
    code: 74,
    stderr: /^error: cannot read answers file \/proc\/self\/mem: an input\/output error/,
  },
  {
    name: '--answers is a directory',
    classes: [5],
    setup: (dir) => mkdirSync(join(dir, 'answers.yaml')),
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    stderr: /it is a directory, not a file$/,
  },
  {
    name: '--answers not found',
    classes: [5],
    args: () => check('--answers', 'nope.yaml'),
    code: 2,
    stderr: /^error: cannot read answers file nope\.yaml: not found$/,
  },
  {
    name: '--answers in Latin-1, not UTF-8',
    classes: [5],
    files: { 'answers.yaml': Buffer.from('filer: attorney # Jos\xe9\n', 'latin1') },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    stderr: /is not UTF-8 text$/,
  },
  {
    name: '--answers nobody may read',
    classes: [5],
    asNobody: true,
    files: { 'answers.yaml': 'filer: attorney\n' },
    setup: (dir) => chmodSync(join(dir, 'answers.yaml'), 0o000),
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    stderr: /permission denied$/,
  },
  {
    name: 'a directory named ctd.yaml in --courts-dir',
    classes: [5],
    setup: (dir) => mkdirSync(join(dir, 'courts', 'ctd.yaml'), { recursive: true }),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    stderr: /^error: cannot read court profile .*ctd\.yaml: it is a directory, not a file$/,
  },
  {
    name: 'a link loop named ctd.yaml in --courts-dir',
    classes: [5],
    setup: (dir) => {
      mkdirSync(join(dir, 'courts'));
      symlinkSync(join(dir, 'courts', 'ctd.yaml'), join(dir, 'courts', 'ctd.yaml'));
    },
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    stderr: /too many symbolic links/,
  },
  {
    name: 'a --courts-dir that is a file',
    classes: [5],
    files: { 'courts.txt': 'x' },
    args: () => check('--courts-dir', 'courts.txt'),
    code: 2,
    stderr: /^error: not a directory: courts\.txt$/,
  },
  {
    name: 'a --courts-dir that does not exist',
    classes: [5],
    args: () => check('--courts-dir', 'nowhere'),
    code: 2,
    stderr: /^error: courts directory not found: nowhere$/,
  },
  {
    name: 'a --courts-dir profile that is a YAML alias bomb',
    classes: [5, 7],
    files: { 'courts/ctd.yaml': aliasBomb() },
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    lines: 3,
  },
  {
    name: 'a --courts-dir nobody may list',
    classes: [5],
    asNobody: true,
    files: { 'courts/ctd.yaml': CTD },
    setup: (dir) => chmodSync(join(dir, 'courts'), 0o000),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    stderr: /permission denied$/,
  },

  // ---- 7. sizes -------------------------------------------------------------------------
  {
    name: 'a 3 MB answers file, refused before it is parsed',
    classes: [7],
    files: { 'answers.yaml': `filer: attorney\n${'# padding\n'.repeat(300_000)}` },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    stderr: /^error: answers file answers\.yaml is too large \(2\.9 MB; over the limit of 1 MB\)$/,
  },
  {
    name: '--answers /dev/zero: no end, refused at the limit',
    classes: [5, 7],
    args: () => check('--answers', '/dev/zero'),
    code: 2,
    stderr: /is too large \(over the limit of 1 MB\)$/,
  },
  {
    name: 'a 2 MB profile in --courts-dir',
    classes: [7],
    files: { 'courts/ctd.yaml': `${CTD}${'# padding\n'.repeat(200_000)}` },
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    stderr: /court profile .*ctd\.yaml is too large/,
  },
  {
    name: 'a 100,000-character --court, cut in the message',
    classes: [7],
    args: () => check('--court', 'c'.repeat(100_000)),
    code: 2,
    after: (_dir, { stderr }) => expect(stderr.length).toBeLessThan(500),
  },
  {
    name: 'a 100,000-character answers key, cut in the message',
    classes: [7],
    files: { 'answers.json': JSON.stringify({ ['k'.repeat(100_000)]: 'x' }) },
    args: () => check('--answers', 'answers.json'),
    code: 2,
    lines: 3,
    after: (_dir, { stderr }) => expect(stderr.length).toBeLessThan(1000),
  },

  // ---- 11. values that were read as something else ---------------------------------------
  {
    name: 'problems: {a: 1} is not "no problems"',
    classes: [11],
    files: { 'answers.yaml': 'problems: {a: 1}\n' },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    lines: 3,
    stderr: /1 problem in answers file/,
    after: (_dir, { stderr }) => expect(stderr).toMatch(/problems: expected a list of values/),
  },
  {
    name: 'a key given twice in a JSON answers file',
    classes: [11],
    files: { 'answers.json': '{\n  "linked": "yes",\n  "linked": "no"\n}\n' },
    args: () => check('--answers', 'answers.json'),
    code: 2,
    stderr: /^error: answers file answers\.json:3:3: a key is given twice in one object$/,
  },
  {
    name: 'a key given twice in a YAML answers file',
    classes: [11],
    files: { 'answers.yaml': 'linked: yes\nlinked: no\n' },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    lines: 3,
    after: (_dir, { stderr }) => expect(stderr).toMatch(/answers\.yaml:2:1: .*unique/),
  },
  {
    name: 'courts: given as a map',
    classes: [11],
    files: { 'answers.yaml': 'courts: {ctd: 1}\n' },
    args: () => ['check', ...READY, '--answers', 'answers.yaml'],
    code: 2,
    lines: 3,
    after: (_dir, { stderr }) => expect(stderr).toMatch(/courts: expected court ids/),
  },
  {
    name: 'an answers file that is a list, not a map',
    classes: [11],
    files: { 'answers.yaml': '- filer: attorney\n' },
    args: () => check('--answers', 'answers.yaml'),
    code: 2,
    lines: 3,
  },
];

/** The names in a directory, sorted. */
const readdirOf = (dir: string) => readdirSync(dir).sort();
