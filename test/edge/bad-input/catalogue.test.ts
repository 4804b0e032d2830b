/**
 * The catalogue as a whole: at least 100 cases, across every command, covering every class of
 * issue 14 (signals, class 9, are driven in signals.test.ts; memory, class 12, is measured by
 * `npm run bench`) and every defect of issue 28; and the runner itself, which must leave no
 * mount and work from a checkout that only root can enter.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import {
  nobodyBinFor,
  nobodyMissing,
  removeCaseDir,
  runCase,
  tinyDiskMissing,
} from '../../helpers/bad-input.js';
import { CHECK_CASES } from './check-cases.js';
import { DATA_CASES } from './data-cases.js';
import { DATA_SERVER_CASES } from './data-server-cases.js';
import { OTHER_CASES } from './other-cases.js';
import { ROSTER_CASES } from './roster-cases.js';

const ALL = [...CHECK_CASES, ...ROSTER_CASES, ...OTHER_CASES, ...DATA_CASES];

/** The mount points of this machine, from /proc. */
const mounts = () =>
  readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter(Boolean);

describe('the bad-input catalogue', () => {
  it('has at least 100 cases, each named once', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
  });

  it('covers every command', () => {
    const commands = new Set(ALL.map((c) => c.args('/tmp').find((arg) => !arg.startsWith('-'))));
    for (const command of ['check', 'roster', 'courts', 'validate', 'questions', 'data'])
      expect(commands).toContain(command);
    expect(ALL.some((c) => c.args('/tmp').includes('--help'))).toBe(true);
  });

  it('covers the twelve classes of issue 14', () => {
    const covered = new Set(ALL.flatMap((c) => c.classes));
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('covers the defects of issue 28 (13 in signals.test.ts; 15 and 16, the runner, below)', () => {
    const covered = new Set([...ALL, ...DATA_SERVER_CASES].flatMap((c) => c.defects ?? []));
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]);
  });

  it('runs the whole --output catalogue against --save-answers too', () => {
    const output = CHECK_CASES.filter((c) => c.args('/tmp').includes('--output'));
    for (const c of output.filter((each) => !each.args('/tmp').includes('--save-answers')))
      expect(
        CHECK_CASES.some((other) => other.name === c.name.replace('--output', '--save-answers')),
        c.name,
      ).toBe(true);
  });
});

describe('the catalogue runner', () => {
  it('mounts nothing while the cases are only listed', () => {
    const before = mounts();
    for (const c of ALL) c.args(join(tmpdir(), 'nowhere'));
    expect(mounts()).toEqual(before);
  });

  it.skipIf(tinyDiskMissing() !== undefined)('unmounts a full disk when its case ends', () => {
    const full = CHECK_CASES.find((c) => c.tinyDisk === true)!;
    const before = mounts();
    runCase(full);
    expect(mounts()).toEqual(before);
  });

  it.skipIf(nobodyMissing() !== undefined)(
    'runs the CLI as nobody from a checkout only root can enter (a clone under /root, mode 0700)',
    () => {
      const closed = mkdtempSync(join(tmpdir(), 'nextgen-ready-closed-'));
      try {
        const checkout = join(closed, 'checkout');
        for (const part of ['package.json', 'bin', 'dist', 'courts', 'data', 'procedures'])
          cpSync(join(ROOT, part), join(checkout, part), {
            recursive: true,
            filter: (source) => !source.endsWith('.map'),
          });
        cpSync(join(ROOT, 'sources', 'registry.yaml'), join(checkout, 'sources', 'registry.yaml'));
        chmodSync(closed, 0o700);
        const found = nobodyBinFor(checkout);
        expect(found).toHaveProperty('bin');
        const { bin } = found as { bin: string };
        expect(bin.startsWith(`${closed}/`)).toBe(false);
        const run = spawnSync(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'courts'],
          { cwd: tmpdir(), encoding: 'utf8' },
        );
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/\bctd\b/);
        removeCaseDir(join(bin, '..', '..'));
      } finally {
        removeCaseDir(closed);
      }
    },
  );
});
