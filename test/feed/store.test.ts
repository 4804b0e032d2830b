/**
 * Where the downloaded feed is kept, how its status is read back, and when the commands say the
 * data is old: in a terminal only, once, and never on stdout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGE_NOTE_STAMP, warnAboutData } from '../../src/cli/data-age.js';
import type { Io } from '../../src/cli/io.js';
import {
  cacheDir,
  findFeedInForce,
  readStatus,
  type BundledFeed,
  type FeedInForce,
} from '../../src/feed/store.js';
import { tempDir } from '../helpers/fixtures.js';
import { InterruptWatch } from '../../src/io/interrupts.js';

describe('the cache directory', () => {
  const home = () => '/home/ann';
  it.each([
    ['linux', {}, '/home/ann/.cache/nextgen-ready'],
    ['linux', { XDG_CACHE_HOME: '/var/cache/ann' }, '/var/cache/ann/nextgen-ready'],
    ['linux', { XDG_CACHE_HOME: 'relative/cache' }, '/home/ann/.cache/nextgen-ready'],
    ['freebsd', {}, '/home/ann/.cache/nextgen-ready'],
    ['darwin', { XDG_CACHE_HOME: '/x' }, '/home/ann/Library/Caches/nextgen-ready'],
    ['linux', { NEXTGEN_READY_CACHE_DIR: '/srv/firm/ngr' }, '/srv/firm/ngr'],
    ['darwin', { NEXTGEN_READY_CACHE_DIR: '/srv/firm/ngr' }, '/srv/firm/ngr'],
  ] as const)('on %s with %j is %s', (platform, env, dir) => {
    expect(cacheDir(env, platform, home)).toBe(dir);
  });

  it('on Windows is under %LOCALAPPDATA%', () => {
    const dir = cacheDir({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', home);
    expect(dir).toMatch(/AppData[\\/]Local[\\/]nextgen-ready[\\/]Cache$/);
  });
});

const BUNDLED: BundledFeed = {
  id: 'pacer-feed-2023-01-10',
  lastUpdated: 'Tue, 10 Jan 2023 06:10:05 -0500',
  day: '2023-01-10',
  instant: Date.parse('2023-01-10T11:10:05Z'),
};

const STATUS = {
  format: 1,
  lastUpdated: 'Fri, 20 Nov 2026 06:10:05 -0500',
  day: '2026-11-20',
  instant: Date.parse('2026-11-20T11:10:05Z'),
  fetched: '2026-11-23T10:00:00.000Z',
  from: 'https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json',
  sha256: 'ab',
  bytes: 10,
  entries: 210,
  courts: 201,
  missing: [],
  feedFile: '2026-11-20-ab.json',
  factsFile: '2026-11-20-ab.facts',
  tool: '0.1.0',
};

function cacheWith(status: unknown, facts?: string): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'court-feed.json'),
    typeof status === 'string' ? status : JSON.stringify(status),
  );
  if (facts !== undefined) {
    mkdirSync(join(dir, 'court-feed'));
    writeFileSync(join(dir, 'court-feed', STATUS.factsFile), facts);
  }
  return dir;
}

describe('reading the status back', () => {
  it('finds nothing in an empty or absent directory', () => {
    expect(readStatus(join(tempDir(), 'none')).kind).toBe('none');
    expect(findFeedInForce({ NEXTGEN_READY_CACHE_DIR: tempDir() }, BUNDLED)).toEqual({
      bundled: BUNDLED,
      day: '2023-01-10',
    });
  });

  it.each([
    ['cut short', '{"format":1,"day":'],
    ['of another format', { ...STATUS, format: 2 }],
    ['naming a file outside the cache', { ...STATUS, factsFile: '../../etc/passwd' }],
    ['with a day that is not one', { ...STATUS, day: 'yesterday' }],
  ])('calls a status %s damaged, and the bundled data stays in force', (_what, status) => {
    const dir = cacheWith(status);
    expect(readStatus(dir).kind).toBe('damaged');
    const feed = findFeedInForce({ NEXTGEN_READY_CACHE_DIR: dir }, BUNDLED);
    expect(feed.stored).toBeUndefined();
    expect(feed.day).toBe('2023-01-10');
    expect(feed.unused).toContain('is damaged');
  });

  it('uses a whole stored copy, and reads a court only when asked', () => {
    const body = JSON.stringify({
      ecf: { label: 'x', url: 'https://ecf.azd.uscourts.gov', source: 'y' },
      helpDesks: [],
    });
    const facts = `${JSON.stringify({ format: 1, courts: { azd: [0, body.length] }, counties: [body.length, body.length + 2] })}\n${body}{}`;
    const feed = findFeedInForce({ NEXTGEN_READY_CACHE_DIR: cacheWith(STATUS, facts) }, BUNDLED);
    expect(feed.day).toBe('2026-11-20');
    expect(feed.stored?.entry).toMatchObject({
      id: 'pacer-feed-2026-11-20-downloaded',
      checked: '2026-11-23',
    });
    expect(feed.stored?.factsOf('azd')?.ecf.url).toBe('https://ecf.azd.uscourts.gov');
    expect(feed.stored?.factsOf('ctd')).toBeUndefined();
    expect(feed.stored?.factsOf('__proto__')).toBeUndefined();
    expect(feed.stored?.counties()).toEqual({});
  });
});

/** An Io whose stderr records what is written, as a terminal or not. */
function recordingIo(isTTY: boolean, now = '2026-11-23T12:00:00Z', cache = tempDir()) {
  const written = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: { write: (text: string) => (written.stdout += text), isTTY },
    stderr: { write: (text: string) => (written.stderr += text), isTTY },
    stdinIsTTY: isTTY,
    // A cache of its own: the note's daily stamp goes there.
    env: { NEXTGEN_READY_CACHE_DIR: cache },
    cwd: '/',
    now: () => new Date(now),
    // Never started: no signal reaches it in these tests.
    interrupt: new InterruptWatch(() => undefined),
  };
  return { io, written };
}

describe('saying the data is old', () => {
  const bundledOnly: FeedInForce = { bundled: BUNDLED, day: BUNDLED.day };

  it('says so once on stderr in a terminal, with its age and the command that refreshes it', () => {
    const { io, written } = recordingIo(true);
    warnAboutData(bundledOnly, io);
    expect(written.stderr).toBe(
      "Note: the court data in force is PACER's court feed of January 10, 2023, 3 years, 10 months old. Run `nextgen-ready data update` to refresh it (this note comes at most once a day).\n",
    );
    expect(written.stdout).toBe('');
  });

  it('says so at most once a day for the user: a stamp in the cache directory', () => {
    const cache = tempDir();
    const first = recordingIo(true, '2026-11-23T12:00:00Z', cache);
    warnAboutData(bundledOnly, first.io);
    expect(first.written.stderr).toContain('3 years, 10 months old');
    expect(readFileSync(join(cache, AGE_NOTE_STAMP), 'utf8')).toBe('2026-11-23\n');
    const again = recordingIo(true, '2026-11-23T18:00:00Z', cache);
    warnAboutData(bundledOnly, again.io);
    expect(again.written.stderr).toBe('');
    const tomorrow = recordingIo(true, '2026-11-24T12:00:00Z', cache);
    warnAboutData(bundledOnly, tomorrow.io);
    expect(tomorrow.written.stderr).toContain('old. Run');
  });

  it('wraps the note at spaces to the terminal', () => {
    const { io, written } = recordingIo(true);
    io.stderr.columns = 40;
    warnAboutData(bundledOnly, io);
    const lines = written.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(written.stderr.replace(/\s+/g, ' ')).toContain('3 years, 10 months old. Run');
  });

  it('says nothing when stderr is not a terminal (cron, CI, a script)', () => {
    const { io, written } = recordingIo(false);
    warnAboutData({ ...bundledOnly, unused: 'the downloaded court feed is damaged' }, io);
    expect(written).toEqual({ stdout: '', stderr: '' });
  });

  it('says nothing while the data is less than a year old', () => {
    const { io, written } = recordingIo(true, '2024-01-10T12:00:00Z');
    warnAboutData(bundledOnly, io);
    expect(written.stderr).toBe('');
    const later = recordingIo(true, '2024-01-11T12:00:00Z');
    warnAboutData(bundledOnly, later.io);
    expect(later.written.stderr).toContain('1 year old');
  });

  it('names a stored copy that cannot be used', () => {
    const { io, written } = recordingIo(true, '2023-02-01T12:00:00Z');
    warnAboutData({ ...bundledOnly, unused: 'the downloaded court feed in /c is damaged: x' }, io);
    expect(written.stderr).toBe(
      'Note: the downloaded court feed in /c is damaged: x; the bundled court data is used.\n',
    );
  });
});
