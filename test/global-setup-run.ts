/**
 * Every temporary file of the test run goes into one directory of its own: TMPDIR (and
 * TMUX_TMPDIR, for the terminal tests' tmux servers) point into it for every test and every
 * CLI a test starts, the court-feed cache is made in it (a feed a developer downloaded must not
 * change what the tests see; tests of `data` set their own), and the teardown unmounts whatever
 * a test mounted there (the bad-input catalogue's tiny disks) and removes it whole. `npm test`
 * then leaves nothing in /tmp and no mount, even when a test fails half-way or a worker dies.
 *
 * Every project lists this first; the first to run makes the directory and the others find it
 * (vitest runs every project's set-up in this one process, and every teardown at the end).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MARK = 'NEXTGEN_READY_TEST_RUN_DIR';

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default function setup(): (() => void) | undefined {
  if (process.env[MARK] !== undefined) return undefined;
  const run = mkdtempSync(join(tmpdir(), 'nextgen-ready-tests-'));
  // Cases run as `nobody` work in directories under it.
  chmodSync(run, 0o755);
  const cache = join(run, 'cache');
  mkdirSync(cache);
  Object.assign(process.env, {
    [MARK]: run,
    TMPDIR: run,
    TMUX_TMPDIR: run,
    NEXTGEN_READY_CACHE_DIR: cache,
  });
  return () => removeRunDir(run);
}

/** Unmounts what was mounted under `run` (deepest first), then removes it. */
function removeRunDir(run: string): void {
  const mounts = readMountPoints()
    .filter((target) => target.startsWith(`${run}/`))
    .sort((a, b) => b.length - a.length);
  for (const target of mounts) {
    if (spawnSync('umount', [target]).status !== 0) spawnSync('umount', ['-l', target]);
  }
  // A case may have made parts of its directory unreadable (as a user who is not root).
  spawnSync('chmod', ['-R', 'u+rwx', run]);
  rmSync(run, { recursive: true, force: true });
}

/** Every mount point of this machine (Linux); none where /proc is not there. */
function readMountPoints(): string[] {
  try {
    return readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[4])
      .filter((target): target is string => target !== undefined && target !== '')
      .map((target) =>
        target.replace(/\\(\d{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))),
      );
  } catch {
    return [];
  }
}
