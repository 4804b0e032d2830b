/**
 * The bad-input catalogue for `roster` (issue 14): hostile cells, unreadable and oversized
 * files, outputs that cannot be written, its own inputs in --out, a held lock.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { aliasBomb, SECRET, type BadInputCase } from '../../helpers/bad-input.js';

const AS_OF = ['--as-of', '2026-11-22'];
const roster = (...args: string[]) => ['roster', ...args, ...AS_OF];

const HEADER =
  'name,courts,filer,pacer-account,account-type,mfa,firm-billing,linked,ecf-login,cja,bankruptcy';
const ROW = (
  name: string,
  extra: Partial<Record<'linked' | 'ecf-login' | 'courts', string>> = {},
) =>
  [
    name.includes(',') || name.includes('"') ? `"${name.replaceAll('"', '""')}"` : name,
    extra.courts ?? 'ctd',
    'attorney',
    'individual',
    'upgraded',
    'enrolled',
    'no',
    extra.linked ?? 'yes',
    extra['ecf-login'] ?? '',
    'no',
    'no',
  ].join(',');
/** A roster: a good row, then the given rows, then another good row. */
const team = (...rows: string[]) =>
  `${[HEADER, ROW('Ada Good'), ...rows, ROW('Zed Good')].join('\n')}\n`;
const TEAM = team();

/** What a successful run into --out may create. */
const OUT = /^out(\/|$)/;

// eslint-disable-next-line no-control-regex -- looking for them is the point
const noEscapes = (text: string) => expect(text).not.toMatch(/[\u001b\u0007\u009b\u202e]/);

/** A lock file as a run on `host` with `pid` leaves it, `ageMs` old. */
function lockFile(dir: string, pid: number, host: string, ageMs = 0): void {
  mkdirSync(join(dir, 'out'), { recursive: true });
  const file = join(dir, 'out', '.nextgen-ready.lock');
  writeFileSync(file, JSON.stringify({ pid, host, started: '2026-11-22T10:00:00.000Z' }));
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
}

export const ROSTER_CASES: BadInputCase[] = [
  // ---- 1, 3. outputs that cannot be written ---------------------------------------------
  ...(['json', 'csv', 'text', 'markdown'] as const).map((format): BadInputCase => ({
    name: `roster --format ${format} > /dev/full`,
    classes: [3],
    files: { 'team.csv': TEAM },
    args: () => roster('team.csv', '--format', format),
    stdoutTo: '/dev/full',
    code: 74,
    stderr: /^error: cannot write to stdout: no space left on the device$/,
  })),
  {
    name: 'roster --out > /dev/full: every file whole, no temporary file, no lock',
    classes: [3, 9],
    files: { 'team.csv': TEAM },
    args: () => roster('team.csv', '--format', 'json', '--out', 'out'),
    stdoutTo: '/dev/full',
    code: 74,
    changes: OUT,
    // The summaries are written before stdout's last piece: whole if there, never cut.
    after: (dir) => {
      for (const name of readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.json')))
        JSON.parse(readFileSync(join(dir, 'out', name), 'utf8'));
    },
  },
  {
    name: '--out on a full disk: one line, nothing half-written left',
    classes: [1, 5, 8],
    tinyDisk: true,
    files: { 'team.csv': TEAM },
    args: (dir) => roster('team.csv', '--out', join(dir, 'disk', 'out')),
    code: 74,
    stderr: /no space left on the device$/,
    changes: /^disk\/out(\/|$)/,
    after: (dir) => {
      const left = readdirSync(join(dir, 'disk', 'out'));
      expect(left.filter((name) => /\.tmp$|lock/.test(name))).toEqual([]);
      expect(left).not.toContain('summary.csv');
    },
  },

  // ---- 2. terminal control characters in cells ------------------------------------------
  ...(['text', 'csv', 'markdown', 'json'] as const).map((format): BadInputCase => ({
    name: `a name that retitles the terminal and clears it, shown safe as ${format}`,
    classes: [2],
    files: { 'team.csv': team(ROW('X\u001b]0;PWNED\u0007\u001b[2J')) },
    args: () => roster('team.csv', '--format', format),
    code: 0,
    lines: 0,
    after: (_dir, { stdout }) => {
      noEscapes(stdout);
      expect(stdout).toMatch(/x1b\\*\]0;PWNED\\*x07/);
    },
  })),
  {
    name: 'an OSC 52 clipboard write and an OSC 8 link in cells, in the checklists and summaries',
    classes: [2],
    files: {
      'team.csv': team(
        ROW('Clip\u001b]52;c;aGVsbG8=\u0007'),
        ROW('Link \u001b]8;;https://evil.example\u0007here\u001b]8;;\u0007'),
      ),
    },
    args: () => roster('team.csv', '--out', 'out'),
    code: 0,
    lines: 2,
    changes: OUT,
    after: (dir, { stdout }) => {
      noEscapes(stdout);
      for (const name of readdirSync(join(dir, 'out')))
        noEscapes(readFileSync(join(dir, 'out', name), 'utf8'));
    },
  },
  {
    name: 'a bidirectional override in a name, in JSON',
    classes: [2],
    files: { 'team.csv': team(ROW('Eve \u202eredaerb')) },
    args: () => roster('team.csv', '--format', 'json'),
    code: 0,
    lines: 0,
    after: (_dir, { stdout }) => noEscapes(stdout),
  },
  {
    name: 'a terminal escape in an unknown header',
    classes: [2, 4],
    files: { 'team.csv': 'name,courts,x\u001b[2Jy\nA,ctd,1\n' },
    args: () => roster('team.csv'),
    code: 2,
    stderr: /^error: team\.csv: column 3 is not a roster column$/,
  },
  {
    name: 'a terminal escape in a bad court id (a row error on stderr)',
    classes: [2],
    files: { 'team.csv': team(ROW('Bad Court', { courts: 'ct\u001bd' })) },
    args: () => roster('team.csv'),
    code: 2,
    lines: 3,
    stdout: /Bad Court/,
    stderr: /^error: 1 row could not be planned or written \(line 3\)/,
  },

  // ---- 4. secrets in cells are never repeated -------------------------------------------
  {
    name: 'a password as the CM/ECF login: the row fails, the secret is nowhere',
    classes: [4],
    files: { 'team.csv': team(ROW('Pat Secret', { linked: 'no', 'ecf-login': SECRET })) },
    args: () => roster('team.csv', '--out', 'out', '--format', 'json'),
    code: 2,
    lines: 3,
    stdout: /Pat Secret/,
    secret: SECRET,
    changes: OUT,
  },
  {
    name: 'a password in the courts cell',
    classes: [4],
    files: { 'team.csv': team(ROW('Pat Secret', { courts: SECRET })) },
    args: () => roster('team.csv', '--format', 'csv'),
    code: 2,
    lines: 3,
    stdout: /Pat Secret/,
    secret: SECRET,
  },
  {
    name: 'a password column: refused before anything is planned',
    classes: [4],
    files: { 'team.csv': `name,courts,PACER Password\nA,ctd,${SECRET}\n` },
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr: /refused: column "PACER Password" looks like it holds a password/,
    secret: SECRET,
  },
  {
    name: 'a data row where the header should be',
    classes: [4],
    files: { 'team.csv': `Jane Doe,ctd,${SECRET}\nA,ctd,x\n` },
    args: () => roster('team.csv'),
    code: 2,
    lines: 5,
    stderr: /^error: team\.csv: 3 problems with the columns$/,
    secret: SECRET,
  },
  {
    name: 'a password in the --answers file',
    classes: [4],
    files: { 'team.csv': TEAM, 'firm.yaml': `ecf-login: ${SECRET}\n` },
    args: () => roster('team.csv', '--answers', 'firm.yaml'),
    code: 2,
    lines: 3,
    secret: SECRET,
  },

  // ---- 5. unreadable files --------------------------------------------------------------
  {
    name: 'a YAML roster that is an alias bomb',
    classes: [5, 7],
    files: { 'team.yaml': aliasBomb(true) },
    args: () => roster('team.yaml'),
    code: 2,
    lines: 3,
  },
  {
    name: 'an --answers file that is an alias bomb',
    classes: [5, 7],
    files: { 'team.csv': TEAM, 'firm.yaml': aliasBomb() },
    args: () => roster('team.csv', '--answers', 'firm.yaml'),
    code: 2,
    lines: 3,
  },
  {
    name: 'the roster under a file (ENOTDIR)',
    classes: [5],
    files: { 'file.txt': 'x' },
    args: () => roster('file.txt/team.csv'),
    code: 2,
    stderr: /^error: cannot read roster file\.txt\/team\.csv: a part of the path is a file/,
  },
  {
    name: 'the roster through a link loop (ELOOP)',
    classes: [5],
    setup: (dir) => symlinkSync(join(dir, 'team.csv'), join(dir, 'team.csv')),
    args: () => roster('team.csv'),
    code: 2,
    stderr: /too many symbolic links/,
  },
  {
    name: 'the roster with a name too long (ENAMETOOLONG)',
    classes: [5, 7],
    args: () => roster(`${'t'.repeat(4000)}.csv`),
    code: 2,
    stderr: /the path is too long$/,
  },
  {
    name: 'the roster cannot be read: an I/O error (EIO)',
    classes: [5],
    setup: (dir) => symlinkSync('/proc/self/mem', join(dir, 'team.csv')),
    args: () => roster('team.csv'),
    code: 74,
    stderr: /an input\/output error/,
  },
  {
    name: 'the roster is a directory',
    classes: [5],
    setup: (dir) => mkdirSync(join(dir, 'team.csv')),
    args: () => roster('team.csv'),
    code: 2,
    stderr: /^error: cannot read roster team\.csv: it is a directory, not a file$/,
  },
  {
    name: 'the roster is a device',
    classes: [5],
    setup: (dir) => symlinkSync('/dev/zero', join(dir, 'team.csv')),
    args: () => roster('team.csv'),
    code: 2,
    stderr: /is not a regular file/,
  },
  {
    name: 'the roster nobody may read',
    classes: [5],
    asNobody: true,
    files: { 'team.csv': TEAM },
    setup: (dir) => chmodSync(join(dir, 'team.csv'), 0o000),
    args: () => roster('team.csv'),
    code: 2,
    stderr: /permission denied$/,
  },
  {
    name: '--out under a file (ENOTDIR)',
    classes: [1, 5],
    files: { 'team.csv': TEAM, 'file.txt': 'x' },
    args: () => roster('team.csv', '--out', 'file.txt/out'),
    code: 2,
    stderr: /a part of the path is a file, not a directory/,
  },
  {
    name: '--out through a link loop (ELOOP)',
    classes: [1, 5],
    files: { 'team.csv': TEAM },
    setup: (dir) => symlinkSync(join(dir, 'out'), join(dir, 'out')),
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr: /too many symbolic links/,
  },
  {
    name: '--out with a name too long (ENAMETOOLONG)',
    classes: [1, 5],
    files: { 'team.csv': TEAM },
    args: () => roster('team.csv', '--out', 'o'.repeat(4000)),
    code: 2,
    stderr: /the path is too long$/,
  },
  {
    name: '--out is a file',
    classes: [1, 5],
    files: { 'team.csv': TEAM, out: 'x' },
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr: /^error: --out out is a file, not a directory$/,
  },
  {
    name: '--out in a directory nobody may write to',
    classes: [1, 5],
    asNobody: true,
    files: { 'team.csv': TEAM },
    setup: (dir) => {
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o555);
    },
    args: () => roster('team.csv', '--out', 'locked/out'),
    code: 2,
    stderr: /permission denied$/,
  },
  {
    name: 'roster: a directory named ctd.yaml in --courts-dir',
    classes: [5],
    files: { 'team.csv': TEAM },
    setup: (dir) => mkdirSync(join(dir, 'courts', 'ctd.yaml'), { recursive: true }),
    args: () => roster('team.csv', '--courts-dir', 'courts'),
    code: 2,
    stderr: /it is a directory, not a file$/,
  },

  // ---- 6. never overwrite an input ------------------------------------------------------
  {
    name: 'roster out/summary.csv --out out',
    classes: [6],
    files: { 'out/summary.csv': TEAM },
    args: () => roster('out/summary.csv', '--out', 'out'),
    code: 2,
    stderr: /^error: out\/summary\.csv is an input of this run/,
  },
  {
    name: '--answers out/summary.json --out out',
    classes: [6],
    files: { 'team.csv': TEAM, 'out/summary.json': '{"filer": "attorney"}' },
    args: () => roster('team.csv', '--answers', 'out/summary.json', '--out', 'out'),
    code: 2,
    stderr: /is an input of this run/,
  },
  {
    name: 'an input named like a checklist in --out keeps its name; the checklist takes another',
    classes: [6],
    files: { 'team.csv': TEAM, 'out/ada-good.md': 'filer: attorney\n' },
    args: () => roster('team.csv', '--answers', 'out/ada-good.md', '--out', 'out'),
    code: 0,
    lines: 1,
    changes: /^out\/(?!ada-good\.md$)/,
    after: (dir) => expect(readdirSync(join(dir, 'out'))).toContain('ada-good-2.md'),
  },

  // ---- 7. sizes -------------------------------------------------------------------------
  {
    name: 'a cell of 2,000 characters: that row fails, the others are planned',
    classes: [7, 8],
    files: { 'team.csv': team(ROW('L'.repeat(2000))) },
    args: () => roster('team.csv', '--format', 'csv'),
    code: 2,
    lines: 3,
    stdout: /Ada Good[\s\S]*Zed Good/,
    after: (_dir, { stderr }) => {
      expect(stderr).toMatch(/name: the cell has 2000 characters; a cell has at most 1000/);
      expect(stderr.length).toBeLessThan(600);
    },
  },
  {
    name: 'a row of 100 KB: refused before anything is planned',
    classes: [7],
    files: { 'team.csv': team(ROW('W'.repeat(100_000))) },
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr: /^error: team\.csv:3: a row is longer than 64 KB/,
  },
  {
    name: 'a quote never closed early in a large file',
    classes: [7],
    files: { 'team.csv': team(`"Open quote,ctd`, ...Array(3000).fill(ROW('Someone'))) },
    args: () => roster('team.csv'),
    code: 2,
    stderr: /^error: team\.csv:3: a row is longer than 64 KB/,
  },
  {
    name: 'a header of 300 columns',
    classes: [7],
    files: { 'team.csv': `name,${Array.from({ length: 299 }, (_, i) => `c${i}`).join(',')}\nA\n` },
    args: () => roster('team.csv'),
    code: 2,
    stderr: /the header has 300 columns; a roster has at most 200/,
  },
  {
    name: 'a 3 MB YAML roster',
    classes: [7],
    files: { 'team.yaml': `- name: A\n  courts: ctd\n${'# padding\n'.repeat(300_000)}` },
    args: () => roster('team.yaml'),
    code: 2,
    stderr: /^error: roster team\.yaml is too large \(2\.9 MB; over the limit of 2 MB\)$/,
  },
  {
    name: 'a header of 5,000 characters, cut in the message',
    classes: [7],
    files: { 'team.csv': `name,courts,nam${'e'.repeat(900)}\nA,ctd,x\n` },
    args: () => roster('team.csv'),
    code: 2,
    after: (_dir, { stderr }) => expect(stderr.length).toBeLessThan(600),
  },

  // ---- 8. one row whose checklist cannot be written -----------------------------------------
  {
    name: 'a directory where a checklist goes: that row fails, the rest and the summary are written',
    classes: [8],
    files: { 'team.csv': team(ROW('Mid Row')) },
    setup: (dir) => mkdirSync(join(dir, 'out', 'mid-row.md'), { recursive: true }),
    args: () => roster('team.csv', '--out', 'out', '--format', 'csv'),
    code: 2,
    lines: 4,
    stdout: /Mid Row.*,error,.*cannot write checklist out\/mid-row\.md: it is a directory/,
    changes: /^out\/(ada-good|zed-good)\.(md|html)$|^out\/summary\.(csv|json)$|^out\/index\.html$/,
    after: (dir) => {
      const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {
        totals: { rows: number; errors: number };
      };
      expect(summary.totals).toMatchObject({ rows: 3, errors: 1 });
    },
  },
  {
    name: 'a directory where summary.json goes: the checklists and summary.csv are written',
    classes: [8],
    files: { 'team.csv': TEAM },
    setup: (dir) => mkdirSync(join(dir, 'out', 'summary.json'), { recursive: true }),
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr: /^error: cannot write summary out\/summary\.json: it is a directory, not a file$/,
    changes: /^out\/(ada-good|zed-good)\.(md|html)$|^out\/summary\.csv$/,
  },

  // ---- 10. one run at a time into one --out -------------------------------------------------
  {
    name: '--out locked by a run that is still going',
    classes: [10],
    files: { 'team.csv': TEAM },
    setup: (dir) => lockFile(dir, process.pid, hostname()),
    args: () => roster('team.csv', '--out', 'out'),
    code: 75,
    stderr: new RegExp(
      `^error: --out out is in use by another nextgen-ready roster run \\(process ${process.pid} since`,
    ),
    // The lock is the other run's: left as it was (checked by the snapshot).
    changes: /^$/,
  },
  {
    name: '--out locked by a run on another machine, refreshed a moment ago',
    classes: [10],
    files: { 'team.csv': TEAM },
    setup: (dir) => lockFile(dir, 4242, 'elsewhere.example'),
    args: () => roster('team.csv', '--out', 'out'),
    code: 75,
    stderr: /\(process 4242 on elsewhere\.example since/,
  },
  {
    name: 'a lock whose process is gone is taken over',
    classes: [10],
    files: { 'team.csv': TEAM },
    // Process ids are at most 2^22 on Linux: this one cannot be running.
    setup: (dir) => lockFile(dir, 2 ** 22 + 1, hostname()),
    args: () => roster('team.csv', '--out', 'out'),
    code: 0,
    lines: 1,
    changes: OUT,
  },
  {
    name: 'a lock not refreshed for two minutes is taken over',
    classes: [10],
    files: { 'team.csv': TEAM },
    setup: (dir) => lockFile(dir, 4242, 'elsewhere.example', 120_000),
    args: () => roster('team.csv', '--out', 'out'),
    code: 0,
    lines: 1,
    changes: OUT,
  },
  {
    name: 'temporary files a killed run left are removed',
    classes: [9, 10],
    files: { 'team.csv': TEAM, 'out/.ada-good.md.0123456789ab.tmp': 'half' },
    args: () => roster('team.csv', '--out', 'out'),
    code: 0,
    lines: 2,
    changes: OUT,
  },

  // ---- 11. values read as something else --------------------------------------------------
  {
    name: "problems: {a: 1} in a YAML roster is that row's error",
    classes: [11],
    files: {
      'team.yaml':
        '- {name: A, courts: ctd, filer: pro-se, pacer-account: none, ecf-login: none, bankruptcy: no, problems: {a: 1}}\n',
    },
    args: () => roster('team.yaml'),
    code: 2,
    lines: 3,
    // The row's error is printed once, on stderr; the table points there.
    stdout: /^1 +A +ctd +ERROR +- +see the errors$/m,
    after: (_dir, { stderr }) =>
      expect(stderr).toMatch(/^team\.yaml:1: A: problems: expected a list of values/m),
  },
  {
    name: 'a key given twice in a JSON roster record',
    classes: [11],
    files: { 'team.json': '[{"name": "A", "courts": "ctd", "name": "B"}]' },
    args: () => roster('team.json'),
    code: 2,
    lines: 3,
  },
  {
    name: 'a key given twice in a JSON --answers file',
    classes: [11],
    files: { 'team.csv': TEAM, 'firm.json': '{"cja": "no", "cja": "yes"}' },
    args: () => roster('team.csv', '--answers', 'firm.json'),
    code: 2,
    stderr: /a key is given twice in one object$/,
  },

  // ---- 12. scale: a large roster with --out is whole (memory is measured by npm run bench) --
  {
    name: '5,000 rows with --out: every checklist and both summaries whole',
    classes: [12],
    files: {
      'team.csv': team(...Array.from({ length: 5000 }, (_, i) => ROW(`Attorney ${i}`))),
    },
    args: () => roster('team.csv', '--out', 'out', '--format', 'json'),
    code: 0,
    lines: 1,
    changes: OUT,
    after: (dir, { stdout }) => {
      expect(JSON.parse(stdout).totals.rows).toBe(5002);
      const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {
        attorneys: unknown[];
      };
      expect(summary.attorneys).toHaveLength(5002);
      // A Markdown and an HTML checklist each, both summaries and index.html.
      expect(readdirSync(join(dir, 'out'))).toHaveLength(2 * 5002 + 3);
    },
  },
  // ---- issue 28: the --out lock and stdin's temporary copy -----------------------------------
  ...(
    [
      ['a FIFO', (file: string) => spawnSync('mkfifo', [file])],
      ['a directory', (file: string) => mkdirSync(file)],
    ] as const
  ).map(([what, make]): BadInputCase => ({
    name: `an --out lock that is ${what}: one line, not a wait or a crash`,
    classes: [10],
    defects: what === 'a FIFO' ? [9] : [8],
    files: { 'team.csv': TEAM },
    setup: (dir) => {
      mkdirSync(join(dir, 'out'));
      make(join(dir, 'out', '.nextgen-ready.lock'));
    },
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr: new RegExp(
      `^error: --out out holds \\.nextgen-ready\\.lock, which is ${what}, not a lock file$`,
    ),
    timeLimitMs: 10_000,
  })),
  {
    name: 'a stale lock another user left in a shared --out: one line, not a crash',
    classes: [10],
    defects: [8],
    asNobody: true,
    files: { 'team.csv': TEAM },
    setup: (dir) => {
      lockFile(dir, 4242, 'elsewhere.example', 120_000);
      // Shared, with the sticky bit: nobody may write there, but not move root's lock.
      chmodSync(join(dir, 'out'), 0o1777);
    },
    args: () => roster('team.csv', '--out', 'out'),
    code: 2,
    stderr:
      /^error: --out out holds a lock left by a run that is gone, but it cannot be removed: permission denied$/,
  },
  {
    name: 'roster - with TMPDIR missing',
    classes: [5],
    defects: [8],
    files: { 'team.csv': TEAM },
    stdinFrom: (dir) => join(dir, 'team.csv'),
    env: (dir) => ({ TMPDIR: join(dir, 'nowhere') }),
    args: () => roster('-'),
    code: 2,
    stderr:
      /^error: cannot copy the roster on stdin to the temporary directory \S*nowhere: its directory does not exist$/,
  },
  {
    name: 'roster - with TMPDIR on a read-only file system (a read-only container)',
    classes: [5],
    defects: [8],
    readOnlyDisk: true,
    files: { 'team.csv': TEAM },
    stdinFrom: (dir) => join(dir, 'team.csv'),
    env: (dir) => ({ TMPDIR: join(dir, 'ro') }),
    args: () => roster('-'),
    code: 2,
    stderr:
      /^error: cannot copy the roster on stdin to the temporary directory \S*ro: the file system is read-only$/,
  },
];
