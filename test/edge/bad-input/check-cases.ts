/**
 * The bad-input catalogue for `check` (issue 14): files, devices, terminals, secrets, sizes.
 * Each case asserts the exit code, one error line, no stack trace, no secret, no file damaged
 * (test/helpers/bad-input.ts); catalogue.test.ts runs them.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
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
import { ROOT } from '../../helpers/cli.js';
import {
  aliasBomb,
  canRunAsNobody,
  fillTinyDisk,
  READY,
  tinyDiskMissing,
  tinyDiskPath,
  SECRET,
  type BadInputCase,
} from '../../helpers/bad-input.js';

const check = (...args: string[]) => ['check', '--court', 'ctd', ...READY, ...args];
const CTD = readFileSync(join(ROOT, 'courts', 'ctd.yaml'), 'utf8');
const NOBODY = canRunAsNobody()
  ? undefined
  : 'needs root and setpriv to run as nobody (permissions mean nothing to root)';

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

export const CHECK_CASES: BadInputCase[] = [
  // ---- 1. --output writes through to what the path is --------------------------------
  {
    name: '--output to a full device (a /dev/full of its own)',
    classes: [1, 3],
    skip: deviceMissing,
    setup: (dir) => makeDevice(dir, 'full', 1, 7),
    args: (dir) => check('--output', deviceIn(dir, 'full')),
    code: 74,
    stderr: /^error: cannot write --output \S*full: no space left on the device$/,
    after: (dir) => expect(statSync(deviceIn(dir, 'full')).isCharacterDevice()).toBe(true),
  },
  {
    name: '--output to a null device: written to, never replaced by a file',
    classes: [1],
    skip: deviceMissing,
    setup: (dir) => makeDevice(dir, 'null', 1, 3),
    args: (dir) => check('--output', deviceIn(dir, 'null')),
    code: 0,
    lines: 1,
    after: (dir) => expect(statSync(deviceIn(dir, 'null')).isCharacterDevice()).toBe(true),
  },
  {
    name: '--output /dev/stdout: the plan on stdout',
    classes: [1],
    // As nobody: a build that renamed over /dev/stdout (as root did) cannot damage it.
    asNobody: process.getuid?.() === 0,
    skip: () => (process.getuid?.() === 0 ? NOBODY : undefined),
    args: () => check('--output', '/dev/stdout', '--format', 'json'),
    code: 0,
    lines: 0,
    stdout: /"schemaVersion": 1/,
  },
  {
    name: '--output through a link to stdout',
    classes: [1],
    setup: (dir) => symlinkSync('/proc/self/fd/1', join(dir, 'to-stdout')),
    args: () => check('--output', 'to-stdout', '--format', 'markdown'),
    code: 0,
    lines: 0,
    stdout: /^# NextGen CM\/ECF checklist: ctd/,
  },
  {
    name: '--output -: the plan on stdout',
    classes: [1],
    args: () => check('--output', '-', '--format', 'markdown'),
    code: 0,
    lines: 0,
    stdout: /^# NextGen CM\/ECF checklist: ctd/,
  },
  {
    name: '--output through a symbolic link: the target is written, the link stays a link',
    classes: [1],
    files: { 'real/plan.md': 'old' },
    setup: (dir) => symlinkSync(join(dir, 'real', 'plan.md'), join(dir, 'link.md')),
    args: () => check('--output', 'link.md', '--format', 'markdown'),
    code: 0,
    lines: 1,
    changes: /^real\/plan\.md$/,
    after: (dir) => {
      expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real', 'plan.md'), 'utf8')).toMatch(/^# NextGen/);
    },
  },
  {
    name: '--output through a link to a file not made yet',
    classes: [1],
    setup: (dir) => {
      mkdirSync(join(dir, 'real'));
      symlinkSync(join(dir, 'real', 'new.md'), join(dir, 'link.md'));
    },
    args: () => check('--output', 'link.md'),
    code: 0,
    lines: 1,
    changes: /^real\/new\.md$/,
    after: (dir) => expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true),
  },
  {
    name: '--output over an existing file keeps its mode',
    classes: [1],
    files: { 'plan.txt': 'old' },
    setup: (dir) => chmodSync(join(dir, 'plan.txt'), 0o640),
    args: () => check('--output', 'plan.txt'),
    code: 0,
    lines: 1,
    changes: /^plan\.txt$/,
    after: (dir) => expect(statSync(join(dir, 'plan.txt')).mode & 0o777).toBe(0o640),
  },
  {
    name: '--output onto a read-only file',
    classes: [1],
    files: { 'plan.txt': 'keep me' },
    setup: (dir) => chmodSync(join(dir, 'plan.txt'), 0o444),
    args: () => check('--output', 'plan.txt'),
    code: 2,
    stderr: /^error: cannot write --output plan\.txt: the file is read-only$/,
  },
  {
    name: '--output is a directory',
    classes: [1, 5],
    setup: (dir) => mkdirSync(join(dir, 'out')),
    args: () => check('--output', 'out'),
    code: 2,
    stderr: /^error: cannot write --output out: it is a directory, not a file$/,
  },
  {
    name: '--output in a directory that does not exist',
    classes: [1, 5],
    args: () => check('--output', 'no/such/plan.txt'),
    code: 2,
    stderr: /its directory does not exist/,
  },
  {
    name: '--output under a file (ENOTDIR)',
    classes: [1, 5],
    files: { 'file.txt': 'x' },
    args: () => check('--output', 'file.txt/plan.txt'),
    code: 2,
    stderr: /a part of the path is a file, not a directory/,
  },
  {
    name: '--output through a link loop (ELOOP)',
    classes: [1, 5],
    setup: (dir) => {
      symlinkSync(join(dir, 'b'), join(dir, 'a'));
      symlinkSync(join(dir, 'a'), join(dir, 'b'));
    },
    args: () => check('--output', 'a'),
    code: 2,
    stderr: /too many symbolic links/,
  },
  {
    name: '--output with a name too long (ENAMETOOLONG), cut in the message',
    classes: [1, 5, 7],
    args: () => check('--output', 'p'.repeat(5000)),
    code: 2,
    stderr: /^error: cannot write --output p+… \(5,000 characters\): the path is too long$/,
  },
  {
    name: '--output in a directory nobody may write to',
    classes: [1, 5],
    asNobody: true,
    skip: () => NOBODY,
    setup: (dir) => {
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o555);
    },
    args: () => check('--output', 'locked/plan.txt'),
    code: 2,
    stderr: /^error: cannot write --output locked\/plan\.txt: permission denied$/,
  },
  {
    name: '--output on a full disk: nothing left, not even a temporary file',
    classes: [1, 5],
    skip: tinyDiskMissing,
    setup: () => fillTinyDisk(),
    args: () => check('--output', join(tinyDiskPath()!, 'plan.json'), '--format', 'json'),
    code: 74,
    stderr: /no space left on the device$/,
    after: () => expect(readdirOf(tinyDiskPath()!)).toEqual(['filler']),
  },

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
    skip: () => NOBODY,
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
    skip: () => NOBODY,
    files: { 'courts/ctd.yaml': CTD },
    setup: (dir) => chmodSync(join(dir, 'courts'), 0o000),
    args: () => check('--courts-dir', 'courts'),
    code: 2,
    stderr: /permission denied$/,
  },

  // ---- 6. never overwrite an input ------------------------------------------------------
  {
    name: '--answers g.yaml --output g.yaml',
    classes: [6],
    files: { 'g.yaml': 'filer: attorney\n' },
    args: () => check('--answers', 'g.yaml', '--output', 'g.yaml'),
    code: 2,
    stderr: /^error: --output g\.yaml is the --answers file/,
  },
  {
    name: '--output is a link to the --answers file',
    classes: [6],
    files: { 'g.yaml': 'filer: attorney\n' },
    setup: (dir) => symlinkSync(join(dir, 'g.yaml'), join(dir, 'plan.txt')),
    args: () => check('--answers', 'g.yaml', '--output', 'plan.txt'),
    code: 2,
    stderr: /is the --answers file/,
  },
  {
    name: '--output is a profile in --courts-dir',
    classes: [6],
    files: { 'courts/ctd.yaml': CTD },
    args: () => check('--courts-dir', 'courts', '--output', 'courts/ctd.yaml'),
    code: 2,
    stderr: /is a court profile in --courts-dir courts/,
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
