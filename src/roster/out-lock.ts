/**
 * One roster run at a time per --out directory. Two runs into one directory would each write
 * their checklists there and each replace summary.csv, so the summary would list only the last
 * finisher's rows. The lock is a file created exclusively in the directory, holding who took
 * it; the run refreshes its time while it runs and removes it at the end, and on a signal.
 * A run that crashed (or was killed) cannot leave it stuck: a lock whose process is gone (on
 * this machine), or whose time has not been refreshed for a minute (from any machine sharing
 * the directory), is stale and is taken over.
 *
 * Not proper-lockfile: it brings graceful-fs and signal-exit, whose handlers re-raise a signal
 * after cleaning up and would override the roster's stop-between-rows handling and exit code;
 * this is the same mkdir-or-exclusive-create idea in a few calls to node:fs.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError, errnoOf } from '../errors.js';
import { fileError, systemReasonOf } from '../io/file-errors.js';
import { removeOnInterrupt } from '../io/interrupts.js';

/** The lock's file name in the --out directory; never a checklist or summary name. */
export const LOCK_NAME = '.nextgen-ready.lock';

/** How often a running roster refreshes its lock, and when a lock not refreshed is stale. */
const HEARTBEAT_MS = 10_000;
const STALE_MS = 60_000;

interface Holder {
  text: string;
  pid?: number;
  host?: string;
  started?: string;
  ageMs: number;
}

export interface OutLock {
  /** Removes the lock. */
  release(): Promise<void>;
}

/** A lock file no run of ours made (a directory, a FIFO, a link): never waited on or taken. */
function notALock(dir: string, what: string): UserError {
  return new UserError(`--out ${dir} holds ${LOCK_NAME}, which is ${what}, not a lock file`, {
    hint: `Remove ${join(dir, LOCK_NAME)} if no roster run is writing to ${dir}, or choose another --out.`,
  });
}

/** A lock's holder, read without waiting (a FIFO there would block a plain read for ever). */
async function readHolder(file: string, dir: string): Promise<Holder | undefined> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw notALock(dir, 'a symbolic link');
    throw fileError(error, file, 'lock file', 'read');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw notALock(dir, 'a directory');
    if (!info.isFile()) throw notALock(dir, info.isFIFO() ? 'a FIFO' : 'a special file');
    // A lock is a line of JSON; a large file there is something else.
    if (info.size > 4096) throw notALock(dir, 'a large file');
    const text = await handle.readFile('utf8');
    let parsed: Partial<Holder> = {};
    try {
      parsed = JSON.parse(text) as Partial<Holder>;
    } catch {
      // A lock cut short by a crash: judged by its age alone.
    }
    return {
      text,
      ageMs: Date.now() - info.mtimeMs,
      ...(typeof parsed.pid === 'number' ? { pid: parsed.pid } : {}),
      ...(typeof parsed.host === 'string' ? { host: parsed.host } : {}),
      ...(typeof parsed.started === 'string' ? { started: parsed.started } : {}),
    };
  } finally {
    await handle.close();
  }
}

/** True when the process that took the lock is known to be gone, or it stopped refreshing it. */
function isStale(holder: Holder): boolean {
  if (holder.ageMs > STALE_MS) return true;
  if (holder.host !== hostname() || holder.pid === undefined) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return errnoOf(error) === 'ESRCH';
  }
}

/**
 * Takes a stale lock away: renamed aside first, so that of two runs that both found it stale
 * only one removes it, and a fresh lock taken meanwhile is put back.
 */
async function breakStaleLock(file: string, dir: string, stale: Holder): Promise<boolean> {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return true; // Someone else did.
    const reason = systemReasonOf(error, 'write');
    if (reason === undefined) throw error;
    throw new UserError(
      `--out ${dir} holds a lock left by a run that is gone, but it cannot be removed: ${reason.text}`,
      {
        outcome: reason.outcome,
        hint: `Remove ${file} (another user's?) if no roster run is writing to ${dir}, or choose another --out.`,
      },
    );
  }
  if ((await readFile(aside, 'utf8').catch(() => '')) !== stale.text) {
    await rename(aside, file).catch(() => undefined);
    return false;
  }
  await rm(aside, { force: true });
  return true;
}

function busy(dir: string, holder: Holder): UserError {
  const who = [
    holder.pid !== undefined ? `process ${holder.pid}` : 'another run',
    holder.host !== undefined && holder.host !== hostname() ? `on ${holder.host}` : '',
    holder.started !== undefined ? `since ${holder.started}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return new UserError(`--out ${dir} is in use by another nextgen-ready roster run (${who})`, {
    outcome: 'busy',
    hint: `Run again when it has finished, or choose another --out. A lock left by a run that crashed clears itself within a minute (${LOCK_NAME}).`,
  });
}

/** Takes the lock on `dir`, or throws a UserError (outcome `busy`) naming who holds it. */
export async function lockOutDir(dir: string): Promise<OutLock> {
  const file = join(dir, LOCK_NAME);
  const body = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
  });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, `${body}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      const code = errnoOf(error);
      if (code !== 'EEXIST') {
        // Made but not written (a full or failing disk): ours, and of no use to anyone.
        if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EIO')
          await rm(file, { force: true }).catch(() => undefined);
        throw fileError(error, dir, '--out directory', 'write');
      }
    }
    const holder = await readHolder(file, dir);
    if (attempt >= 3) throw busy(dir, holder ?? { text: '', ageMs: 0 });
    if (holder === undefined) continue; // Released meanwhile: try again.
    if (!isStale(holder) || !(await breakStaleLock(file, dir, holder))) throw busy(dir, holder);
  }
  const forget = removeOnInterrupt(file);
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    async release() {
      clearInterval(heartbeat);
      forget();
      await rm(file, { force: true });
    },
  };
}
