/**
 * The bad-input catalogue for `courts`, `validate`, `questions` and the help (issue 14).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { READY, SECRET, type BadInputCase } from '../../helpers/bad-input.js';
import { wholeProfileText } from '../../helpers/data.js';

const CTD = wholeProfileText('ctd');
const profileWith = (from: string, to: string) => ({ 'courts/ctd.yaml': CTD.replace(from, to) });
const NAME = 'name: United States District Court for the District of Connecticut';

/** A --courts-dir profile of someone else's: its CM/ECF address is theirs. */
const ATTACKER_CTD = CTD.replace(
  'url: https://ecf.ctd.uscourts.gov',
  'url: https://ecf.ctd.evil.example',
);
const asRoot = () => (process.getuid?.() === 0 ? undefined : 'needs root to give a file away');

/**
 * Config files found by the search that the user cannot trust (issue 28, defect 10): another
 * user's (root running where someone else could write), one anyone may change, a FIFO. The
 * home directory is one that does not exist, so the search goes up to the root.
 */
const CONFIG_CASES: BadInputCase[] = [
  {
    name: 'a config file of another user in the working directory: not read',
    classes: [6],
    defects: [10],
    skip: asRoot,
    files: { '.nextgen-readyrc.yaml': 'courts-dir: firm\n', 'firm/ctd.yaml': ATTACKER_CTD },
    setup: (dir) => chownSync(join(dir, '.nextgen-readyrc.yaml'), 65534, 65534),
    env: (dir) => ({ HOME: join(dir, 'no-home') }),
    args: () => ['check', '--court', 'ctd', ...READY],
    code: 2,
    stderr:
      /^error: config file \S+\/\.nextgen-readyrc\.yaml belongs to another user \(uid 65534\), so it is not read$/,
  },
  {
    name: 'a config file planted in a world-writable directory above where root runs: not read',
    classes: [6],
    defects: [10],
    skip: asRoot,
    files: {
      'shared/.nextgen-readyrc.yaml': 'courts-dir: firm\n',
      'shared/firm/ctd.yaml': ATTACKER_CTD,
    },
    setup: (dir) => {
      chmodSync(join(dir, 'shared'), 0o1777);
      for (const file of ['.nextgen-readyrc.yaml', 'firm', 'firm/ctd.yaml'])
        chownSync(join(dir, 'shared', file), 65534, 65534);
      mkdirSync(join(dir, 'shared', 'work'));
    },
    cwd: (dir) => join(dir, 'shared', 'work'),
    env: (dir) => ({ HOME: join(dir, 'no-home') }),
    args: () => ['courts', '--format', 'json'],
    code: 2,
    stderr:
      /^error: config file \S+\/shared\/\.nextgen-readyrc\.yaml belongs to another user \(uid 65534\)/,
  },
  {
    name: 'a config file anyone may change: not read',
    classes: [6],
    defects: [10],
    files: { '.nextgen-readyrc.yaml': 'format: json\n' },
    setup: (dir) => chmodSync(join(dir, '.nextgen-readyrc.yaml'), 0o666),
    env: (dir) => ({ HOME: join(dir, 'no-home') }),
    args: () => ['courts'],
    code: 2,
    stderr: /^error: config file \S+ may be changed by any user \(mode o\+w\), so it is not read$/,
  },
  {
    name: 'a config file that is a FIFO: refused, not waited on',
    classes: [5],
    defects: [9, 10],
    setup: (dir) => spawnSync('mkfifo', [join(dir, '.nextgen-readyrc.yaml')]),
    env: (dir) => ({ HOME: join(dir, 'no-home') }),
    args: () => ['courts'],
    code: 2,
    stderr: /^error: config file \S+ is not a regular file, so it is not read$/,
    timeLimitMs: 10_000,
  },
];

export const OTHER_CASES: BadInputCase[] = [
  // ---- courts ---------------------------------------------------------------------------
  ...(['text', 'json'] as const).map((format): BadInputCase => ({
    name: `courts --format ${format} > /dev/full`,
    classes: [3],
    args: () => ['courts', '--format', format],
    stdoutTo: '/dev/full',
    code: 74,
    stderr: /^error: cannot write to stdout: no space left on the device$/,
  })),
  ...(['--state', '--type', '--circuit'] as const).map((flag): BadInputCase => ({
    name: `courts ${flag} with a secret`,
    classes: [4],
    args: () => ['courts', flag, SECRET],
    code: 2,
    lines: 1,
    secret: SECRET,
  })),
  {
    name: 'courts --state with a near miss: quoted, with "did you mean"',
    classes: [4],
    args: () => ['courts', '--state', 'Arizonna'],
    code: 2,
    lines: 1,
    stderr: /"Arizonna" is not a state or territory \(did you mean "Arizona"\?\)/,
  },
  {
    name: 'courts --search with terminal escapes: no match, shown safe',
    classes: [2],
    args: () => ['courts', '--search', 'x\u001b]0;PWNED\u0007'],
    code: 0,
    lines: 2,
    errorLine: false,
    stdout: 'empty',
  },
  {
    name: 'courts --county of 100,000 characters: cut',
    classes: [7],
    args: () => ['courts', '--state', 'AZ', '--county', 'q'.repeat(100_000)],
    code: 0,
    lines: 2,
    errorLine: false,
    after: (_dir, { stderr }) => {
      if (stderr.length > 1500) throw new Error(`stderr is ${stderr.length} characters`);
    },
  },
  {
    name: 'courts --courts-dir with a profile that clears the terminal',
    classes: [2],
    files: profileWith(NAME, 'name: "X\\e[2J\\e[H"'),
    args: () => ['courts', '--courts-dir', 'courts'],
    code: 2,
    lines: 3,
  },
  {
    name: 'courts --courts-dir with a link loop named ctd.yaml',
    classes: [5],
    setup: (dir) => {
      mkdirSync(join(dir, 'courts'));
      symlinkSync(join(dir, 'courts', 'ctd.yaml'), join(dir, 'courts', 'ctd.yaml'));
    },
    args: () => ['courts', '--courts-dir', 'courts'],
    code: 2,
    stderr: /too many symbolic links/,
  },
  {
    name: 'courts --format xml',
    classes: [4],
    args: () => ['courts', '--format', 'xml'],
    code: 2,
    lines: 1,
    stderr: /argument is invalid\. Allowed choices are text, json\.$/,
  },
  {
    name: 'courts --as-of with a secret',
    classes: [4],
    args: () => ['courts', '--as-of', SECRET],
    code: 2,
    secret: SECRET,
  },

  // ---- validate -------------------------------------------------------------------------
  {
    name: 'validate: a name that retitles the terminal',
    classes: [2],
    files: profileWith(NAME, 'name: "X\\e]0;PWNED\\a"'),
    args: () => ['validate', 'courts'],
    code: 2,
    errorLine: false,
    stderr: /courts\/ctd\.yaml:\d+:7: name: holds a terminal escape \(ESC\)/,
  },
  {
    name: 'validate: an OSC 8 hyperlink in a help desk label',
    classes: [2],
    files: profileWith(
      "label: Clerk's Office, CM/ECF",
      'label: "\\e]8;;https://evil.example\\aHelp\\e]8;;\\a"',
    ),
    args: () => ['validate', 'courts'],
    code: 2,
    errorLine: false,
    lines: 4,
  },
  {
    name: 'validate: U+202E in a URL',
    classes: [2],
    files: profileWith(
      'url: https://ecf.ctd.uscourts.gov',
      'url: "https://ecf.ctd.uscourts.gov/\\u202Efdp.exe"',
    ),
    args: () => ['validate', 'courts'],
    code: 2,
    errorLine: false,
    stderr: /ecf\.url: holds a bidirectional override \(U\+202E\)/,
  },
  {
    name: 'validate: a URL whose credentials part hides its host',
    classes: [2, 4],
    files: profileWith(
      'url: https://ecf.ctd.uscourts.gov',
      `url: https://ecf.ctd.uscourts.gov:${SECRET}@evil.example/`,
    ),
    args: () => ['validate', 'courts'],
    code: 2,
    errorLine: false,
    stderr: /ecf\.url: the URL has a user name or password part/,
    secret: SECRET,
  },
  {
    name: 'validate: a YAML alias bomb',
    classes: [5, 7],
    files: {
      'courts/ctd.yaml': `a: &a [1,1,1,1,1,1,1,1,1]\n${'bcdefghi'
        .split('')
        .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
        .join('\n')}\n`,
    },
    args: () => ['validate', 'courts'],
    code: 2,
    errorLine: false,
    stderr: /aliases \(\*name\) expand too far/,
  },
  {
    name: 'validate: a directory named ctd.yaml',
    classes: [5],
    setup: (dir) => mkdirSync(join(dir, 'courts', 'ctd.yaml'), { recursive: true }),
    args: () => ['validate', 'courts'],
    code: 2,
    stderr: /it is a directory, not a file$/,
  },
  {
    name: 'validate: a directory that does not exist',
    classes: [5],
    args: () => ['validate', 'nowhere'],
    code: 2,
    stderr: /^error: courts directory not found: nowhere$/,
  },
  {
    name: 'validate: a file, not a directory',
    classes: [5],
    files: { 'ctd.yaml': CTD },
    args: () => ['validate', 'ctd.yaml'],
    code: 2,
    stderr: /^error: not a directory: ctd\.yaml$/,
  },
  {
    name: 'validate: a 2 MB profile',
    classes: [7],
    files: { 'courts/ctd.yaml': `${CTD}${'# padding\n'.repeat(200_000)}` },
    args: () => ['validate', 'courts'],
    code: 2,
    stderr: /is too large/,
  },
  {
    name: 'validate > /dev/full',
    classes: [3],
    args: () => ['validate'],
    stdoutTo: '/dev/full',
    code: 74,
  },

  // ---- questions --------------------------------------------------------------------------
  ...(['text', 'json'] as const).map((format): BadInputCase => ({
    name: `questions --format ${format} > /dev/full`,
    classes: [3],
    args: () => ['questions', '--format', format],
    stdoutTo: '/dev/full',
    code: 74,
  })),
  {
    name: 'questions --format with a secret',
    classes: [4],
    args: () => ['questions', '--format', SECRET],
    code: 2,
    lines: 1,
    secret: SECRET,
  },

  // ---- data (the court feed; its store is in the case's own directory) --------------------
  {
    name: 'data status > /dev/full',
    classes: [3],
    env: (dir) => ({ NEXTGEN_READY_CACHE_DIR: join(dir, 'cache') }),
    args: () => ['data', 'status'],
    stdoutTo: '/dev/full',
    code: 74,
    changes: /^cache(\/|$)/,
  },
  {
    name: 'data update --from a file that cannot be read (EIO)',
    classes: [5],
    env: (dir) => ({ NEXTGEN_READY_CACHE_DIR: join(dir, 'cache') }),
    args: () => ['data', 'update', '--from', '/proc/self/mem'],
    code: 74,
    stderr: /^error: cannot read feed file \/proc\/self\/mem: an input\/output error/,
    changes: /^cache(\/|$)/,
  },
  {
    name: 'data update --from under a file (ENOTDIR)',
    classes: [5],
    files: { 'feed.txt': 'x' },
    env: (dir) => ({ NEXTGEN_READY_CACHE_DIR: join(dir, 'cache') }),
    args: () => ['data', 'update', '--from', 'feed.txt/data.json'],
    code: 2,
    stderr: /a part of the path is a file, not a directory$/,
    changes: /^cache(\/|$)/,
  },
  {
    name: 'data update --from a secret-looking flag value',
    classes: [4],
    env: (dir) => ({ NEXTGEN_READY_CACHE_DIR: join(dir, 'cache') }),
    args: () => ['data', 'update', `--token=${SECRET}`],
    code: 2,
    lines: 1,
    secret: SECRET,
    changes: /^cache(\/|$)/,
  },

  // ---- the help ---------------------------------------------------------------------------
  ...[['--help'], ['--version'], ['check', '--help'], ['roster', '--help']].map(
    (args): BadInputCase => ({
      name: `${args.join(' ')} > /dev/full`,
      classes: [3],
      args: () => args,
      stdoutTo: '/dev/full',
      code: 74,
    }),
  ),
  {
    name: 'a misspelt option: a near miss, suggested',
    classes: [4],
    args: () => ['--hlep'],
    code: 2,
    lines: 2,
    stderr: /^error: unknown option '--hlep'$/,
  },
  {
    name: 'a misspelt command: a near miss, suggested',
    classes: [4],
    args: () => ['chekc'],
    code: 2,
    lines: 2,
    stderr: /^error: unknown command 'chekc'$/,
  },
  // ---- issue 28: FIFOs among the profiles, rejected values, config files ---------------------
  ...[
    ['check', '--court', 'ctd', ...READY, '--courts-dir', 'courts'],
    ['roster', 'team.csv', '--as-of', '2026-11-22', '--courts-dir', 'courts'],
    ['courts', '--courts-dir', 'courts'],
    ['validate', 'courts'],
  ].map((args): BadInputCase => ({
    name: `${args[0]}: a FIFO named ctd.yaml in --courts-dir is refused, not waited on`,
    classes: [5],
    defects: [9],
    files: { 'team.csv': `name,courts,filer\nAda,ctd,pro-se\n` },
    setup: (dir) => {
      mkdirSync(join(dir, 'courts'));
      spawnSync('mkfifo', [join(dir, 'courts', 'ctd.yaml')]);
    },
    args: () => args,
    code: 2,
    stderr:
      /^error: cannot read court profile courts\/ctd\.yaml: it is not a regular file \(a FIFO\)$/,
    timeLimitMs: 10_000,
  })),
  {
    name: 'completion with a secret',
    classes: [4],
    defects: [7],
    args: () => ['completion', SECRET],
    code: 2,
    lines: 1,
    stderr:
      /^error: the value of argument 'shell' is invalid\. Allowed choices are bash, zsh, fish\.$/,
    secret: SECRET,
  },
  {
    name: 'completion with a near miss: quoted, with "did you mean"',
    classes: [4],
    args: () => ['completion', 'bsh'],
    code: 2,
    lines: 1,
    stderr: /'bsh' is invalid for argument 'shell' \(did you mean "bash"\?\)/,
  },
  {
    name: 'validate: an unknown key that is a secret',
    classes: [4],
    defects: [7],
    files: profileWith(NAME, `${SECRET}: x\n${NAME}`),
    args: () => ['validate', 'courts'],
    code: 2,
    errorLine: false,
    stderr: /courts\/ctd\.yaml:\d+:1: unknown key; allowed keys: id, name/,
    secret: SECRET,
  },
  ...CONFIG_CASES,
];
