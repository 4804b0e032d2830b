/**
 * `roster -`: the roster from stdin. Its format is told from its first character: `[` is a
 * JSON list, `-` or `#` a YAML list ("- name: Jane", "---", a comment), anything else CSV (no
 * roster column starts with those). A YAML or JSON list is read whole, within the same 2 MB
 * limit as a file; CSV is copied to a temporary file (only the user may read it, removed at
 * the end and on a signal), then read as a CSV file is: checked whole first, then streamed.
 */
import { mkdtempSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { fileError, systemReasonOf } from '../io/file-errors.js';
import { removeOnInterrupt } from '../io/interrupts.js';
import { refuseTerminal, type StdinSource } from '../io/read-file.js';
import { formatSize, LIMITS } from '../limits.js';
import { openCsvRoster } from './read-csv.js';
import { openListRoster } from './read-list.js';
import type { Roster, RosterFileFormat } from './roster-file.js';

/** The name messages give a roster read from stdin. */
export const STDIN_NAME = 'stdin';

/** The format of a roster from its first bytes; undefined while they are all blank. */
export function sniffRosterFormat(start: Buffer): RosterFileFormat | undefined {
  const text = start.toString('utf8').replace(/^\ufeff/, '');
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return undefined;
  if (first === '[') return 'json';
  if (first === '-' || first === '#') return 'yaml';
  return 'csv';
}

/** A roster read from stdin; `dispose` removes its temporary copy. */
export type StdinRoster = Roster & { dispose(): Promise<void> };

/** Opens the roster piped into stdin. */
export async function openStdinRoster(stdin: StdinSource = process.stdin): Promise<StdinRoster> {
  refuseTerminal('roster', stdin);
  const chunks: Buffer[] = [];
  let size = 0;
  let format: RosterFileFormat | undefined;
  const iterator = stdin[Symbol.asyncIterator]();
  const next = async () => {
    try {
      const result = await iterator.next();
      if (result.done) return undefined;
      return typeof result.value === 'string' ? Buffer.from(result.value) : result.value;
    } catch (error) {
      throw fileError(error, STDIN_NAME, 'roster', 'read');
    }
  };
  // Read until the format shows (or stdin ends); a list is read whole, within its limit.
  for (let chunk = await next(); chunk !== undefined; chunk = await next()) {
    chunks.push(chunk);
    size += chunk.length;
    format ??= sniffRosterFormat(Buffer.concat(chunks, size));
    if (format === 'csv') break;
    if (size > LIMITS.listRosterBytes)
      throw new UserError(
        `the roster on stdin is too large for a YAML or JSON list (over ${formatSize(LIMITS.listRosterBytes)})`,
        { hint: 'Use CSV for a large roster: it is streamed, with no limit on its rows.' },
      );
  }
  if (format !== 'csv') {
    const roster = await openListRoster(STDIN_NAME, format ?? 'yaml', Buffer.concat(chunks, size));
    // Object.assign, not a spread: a roster's blankRows is a getter, read at the end.
    return Object.assign(roster, { dispose: () => Promise.resolve() });
  }

  let dir: string;
  try {
    // Made and registered for removal in one synchronous step: a signal is handled between
    // two tasks, so it finds the directory registered. (With the asynchronous mkdtemp a SIGHUP
    // could come while the directory was being made, and leave it behind: CI saw it once.)
    dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-stdin-'));
  } catch (error) {
    const reason = systemReasonOf(error, 'write');
    if (reason === undefined) throw error;
    throw new UserError(
      `cannot copy the roster on stdin to the temporary directory ${tmpdir()}: ${reason.text}`,
      {
        hint: 'Set TMPDIR to a directory you may write to, or give the roster as a file.',
        outcome: reason.outcome,
      },
    );
  }
  // The directory, not only the copy: a signal must leave neither behind.
  const forget = removeOnInterrupt(dir);
  const path = join(dir, 'roster.csv');
  const dispose = async () => {
    forget();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      for (const chunk of chunks) await handle.write(chunk);
      for (let chunk = await next(); chunk !== undefined; chunk = await next())
        await handle.write(chunk);
    } catch (error) {
      throw fileError(error, path, 'temporary copy of stdin', 'write');
    } finally {
      await handle.close();
    }
    return Object.assign(await openCsvRoster(STDIN_NAME, path), { dispose });
  } catch (error) {
    await dispose();
    throw error;
  }
}
