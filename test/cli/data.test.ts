/**
 * `nextgen-ready data`: the CLI (in-process) fetching PACER's court feed from real servers on
 * 127.0.0.1 (HTTP, HTTPS with a certificate it must refuse, proxies that tunnel or refuse),
 * serving the feed as PACER served it, a changed copy, and every kind of bad feed. Each test
 * has a cache directory of its own; nothing reaches the internet.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT } from '../helpers/cli.js';
import {
  serve,
  startHttpsServer,
  startProxy,
  startServer,
  type TestServer,
} from '../helpers/feed-server.js';
import { READY_ANSWERS, answerFlags, tempDir } from '../helpers/fixtures.js';
import { runInProcess } from '../helpers/in-process.js';

const RAW = join(ROOT, 'sources', 'reference', 'pacer-feed-raw');
const FEED_2023 = readFileSync(join(RAW, '2023-01-10.json'));
const FEED_2022 = readFileSync(join(RAW, '2022-11-27.json'));

interface RawEntry {
  court_id: string;
  help_desk?: { courtId: string; phone?: string; division?: string }[];
  [key: string]: unknown;
}
interface RawFeedJson {
  meta: { last_updated: string; [key: string]: unknown };
  data: RawEntry[];
}

/**
 * A newer copy of the feed, as PACER might serve it: Tucson's help desk has a new number,
 * Connecticut's (curated by hand) too, the Northern District of Alabama's bankruptcy court is
 * gone, and every entry has a field this version does not know.
 */
function changedFeed(): Buffer {
  const feed = JSON.parse(FEED_2023.toString('utf8')) as RawFeedJson;
  feed.meta.last_updated = 'Fri, 20 Nov 2026 06:10:05 -0500';
  feed.data = feed.data.filter((entry) => entry.court_id !== 'ALNBK');
  for (const entry of feed.data) {
    entry.accessibility_url = 'https://www.uscourts.gov/accessibility';
    for (const desk of entry.help_desk ?? []) {
      if (desk.phone === '520-205-4200') desk.phone = '520-205-4299';
      if (desk.phone === '203-579-5861') desk.phone = '203-579-5999';
    }
  }
  return Buffer.from(JSON.stringify(feed));
}

/** The first `count` entries of the 2023 copy, dated later: a feed missing most courts. */
function feedMissingCourts(count: number): Buffer {
  const feed = JSON.parse(FEED_2023.toString('utf8')) as RawFeedJson;
  feed.meta.last_updated = 'Fri, 20 Nov 2026 06:10:05 -0500';
  feed.data = feed.data.slice(0, count);
  return Buffer.from(JSON.stringify(feed));
}

/** The 2023 copy with one court's help desks given as text: the shape has changed. */
function feedOfChangedShape(): Buffer {
  const feed = JSON.parse(FEED_2023.toString('utf8')) as RawFeedJson;
  feed.meta.last_updated = 'Fri, 20 Nov 2026 06:10:05 -0500';
  (feed.data[5] as Record<string, unknown>).help_desk = '800-676-6856';
  return Buffer.from(JSON.stringify(feed));
}

let server: TestServer;
let https: TestServer;
let refusingProxy: TestServer;
const pending = new Set<() => void>();

beforeAll(async () => {
  const changed = changedFeed();
  server = await startServer({
    '/2023-01-10.json': serve(FEED_2023),
    '/2022-11-27.json': serve(FEED_2022),
    '/changed.json': serve(changed),
    '/html': serve(
      '<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>',
      'text/html; charset=utf-8',
    ),
    '/html-as-json': serve('<html><body>Access denied</body></html>', 'application/json'),
    '/truncated.json': serve(FEED_2023.subarray(0, Math.floor(FEED_2023.length / 2))),
    '/missing.json': serve(feedMissingCourts(40)),
    '/shape.json': serve(feedOfChangedShape()),
    '/empty.json': serve(''),
    '/error.json': serve('{"error":"maintenance"}', 'application/json', 503),
    '/moved.json': (_request, response) => {
      response.statusCode = 301;
      response.setHeader('location', '/changed.json');
      response.end();
    },
    '/moved-away.json': (_request, response) => {
      response.statusCode = 302;
      response.setHeader('location', 'http://example.com/data.json');
      response.end();
    },
    // 11 MB with no length given: the reader must stop at the limit, not at the end.
    '/huge.json': (_request, response) => {
      response.setHeader('content-type', 'application/json');
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 11) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      response.on('error', () => undefined);
      more();
    },
    // Answers nothing until the test ends: the client must give up by itself.
    '/slow.json': (_request, response) => {
      pending.add(() => response.destroy());
    },
  });
  https = await startHttpsServer({ '/changed.json': serve(changed) });
  refusingProxy = await startProxy({ refuse: true });
});

afterAll(async () => {
  for (const end of pending) end();
  await Promise.all([server, https, refusingProxy].map((each) => each?.close()));
});

/** The CLI, in-process, with a cache directory of its own. */
function data(cache: string, args: readonly string[], env: Record<string, string> = {}) {
  return runInProcess(args, { env: { NEXTGEN_READY_CACHE_DIR: cache, ...env } });
}

/** Every file in the cache directory with a hash of its bytes: what "untouched" compares. */
function storedState(cache: string): string[] {
  if (!existsSync(cache)) return [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files.push(
          `${path.slice(cache.length)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
        );
    }
  };
  walk(cache);
  return files;
}

const checkArgs = (court: string) => [
  'check',
  '--court',
  court,
  ...answerFlags({ ...READY_ANSWERS, linked: 'no', 'ecf-login': 'known' }),
  '--as-of',
  '2026-11-23',
  '--format',
  'json',
  '--no-input',
];

interface PlanJson {
  dataAsOf: Record<string, string>;
  courts: { id: string; helpDesks: { division?: string; phone?: string; sources: string[] }[] }[];
  sources: { id: string; kind: string; date?: string; title: string; checked?: string }[];
}

async function plan(cache: string, court: string): Promise<PlanJson> {
  const result = await data(cache, checkArgs(court));
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PlanJson;
}

describe('data update from a server', () => {
  it('stores the feed as PACER served it, whole, and says what is in force', async () => {
    const cache = tempDir();
    const update = await data(cache, ['data', 'update', '--url', `${server.url}/2023-01-10.json`]);
    expect(update.stderr).toBe('');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(
      "Stored PACER's court feed of January 10, 2023 (last updated Tue, 10 Jan 2023 06:10:05 -0500): 201 of 201 courts",
    );
    const [stored] = readdirSync(join(cache, 'court-feed')).filter((name) =>
      name.endsWith('.json'),
    );
    // Buffer.equals: toEqual walks a megabyte byte by byte (seconds).
    expect(readFileSync(join(cache, 'court-feed', stored ?? '')).equals(FEED_2023)).toBe(true);

    const status = await data(cache, ['data', 'status', '--format', 'json']);
    expect(JSON.parse(status.stdout)).toMatchObject({
      inForce: 'downloaded',
      feed: { day: '2023-01-10', lastUpdated: 'Tue, 10 Jan 2023 06:10:05 -0500' },
      courts: 201,
      downloaded: { from: `${server.url}/2023-01-10.json`, entries: 210, missing: [] },
      bundled: { day: '2023-01-10', courts: 201 },
      cacheDir: cache,
    });
    // The same feed as the bundled copy: nothing differs, court for court.
    const diff = await data(cache, ['data', 'diff', '--format', 'json']);
    expect(JSON.parse(diff.stdout)).toMatchObject({ courts: [], totals: { unchanged: 201 } });
    const again = await data(cache, ['data', 'update', '--url', `${server.url}/2023-01-10.json`]);
    expect(again.stdout).toContain('already stored and in force; nothing changed');
  });

  it('takes a changed copy: every command then uses its facts, and says its date', async () => {
    const cache = tempDir();
    const update = await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain("Stored PACER's court feed of November 20, 2026");
    expect(update.stdout).toContain('200 of 201 courts');
    expect(update.stdout).toContain(
      '1 court is not in it (alnb): the bundled facts stay in force there.',
    );
    expect(update.stdout).toContain(
      'fields this version does not read, left aside: data[].accessibility_url',
    );

    const azd = await plan(cache, 'azd');
    const tucson = azd.courts[0]?.helpDesks.find((desk) => desk.division === 'Tucson');
    expect(tucson?.phone).toBe('520-205-4299');
    expect(tucson?.sources).toEqual(['pacer-feed-2026-11-20-downloaded']);
    expect(azd.dataAsOf['data-feed']).toBe('2026-11-20');
    expect(azd.sources.find((source) => source.id === 'pacer-feed-2026-11-20-downloaded')).toEqual(
      expect.objectContaining({
        kind: 'data-feed',
        date: '2026-11-20',
        title: expect.stringContaining('the copy of November 20, 2026, fetched'),
        url: 'https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json',
      }),
    );

    // Hand-curated: Connecticut's contacts stay as a person checked them.
    const ctd = await plan(cache, 'ctd');
    expect(ctd.courts[0]?.helpDesks.map((desk) => desk.phone)).toContain('203-579-5861');
    expect(ctd.courts[0]?.helpDesks.map((desk) => desk.phone)).not.toContain('203-579-5999');
    // Not in the feed: the bundled facts, citing the bundled copy.
    const alnb = await plan(cache, 'alnb');
    expect(alnb.courts[0]?.helpDesks[0]?.sources).toEqual(['pacer-feed-2023-01-10']);

    const courts = await data(cache, ['courts', '--state', 'AZ', '--format', 'json']);
    const listed = JSON.parse(courts.stdout) as { id: string; dataAsOf: Record<string, string> }[];
    expect(listed.find((court) => court.id === 'azd')?.dataAsOf['data-feed']).toBe('2026-11-20');
    const text = await data(cache, ['courts', '--state', 'AZ']);
    expect(text.stdout).toContain("Court data: PACER's court feed of November 20, 2026");
    // --version says it too: the built CLI's (test/edge/data-feed.test.ts).
  });

  it('lists what the changed copy changes, court by court, in text and JSON', async () => {
    const cache = tempDir();
    await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    const json = await data(cache, ['data', 'diff', '--format', 'json']);
    expect(json.code).toBe(0);
    const diff = JSON.parse(json.stdout) as {
      downloaded: { day: string };
      courts: { id: string; status: string; changes: unknown[] }[];
      totals: Record<string, number>;
    };
    expect(diff.downloaded.day).toBe('2026-11-20');
    expect(diff.courts).toEqual([
      {
        id: 'alnb',
        name: 'Bankruptcy Court for the Northern District of Alabama',
        status: 'not-in-feed',
        changes: [],
      },
      {
        id: 'azd',
        name: 'District of Arizona',
        status: 'changed',
        changes: [
          {
            field: 'helpDesks',
            removed: [
              "CM/ECF Help Desk (Tucson): 520-205-4200, ecfhelptuc@azd.uscourts.gov, Courthouse Hours: 8:00 AM - 5:30 PMClerk's Office Hours: 8:30 AM - 5:00 PM",
            ],
            // Its e-mail and hours were taken from the office listing the old number: that
            // office now stands as a contact of its own, as the generator would make it.
            added: [
              'CM/ECF Help Desk (Tucson): 520-205-4299',
              "Court office (District of Arizona - Tucson): 520-205-4200, ecfhelptuc@azd.uscourts.gov, Courthouse Hours: 8:00 AM - 5:30 PMClerk's Office Hours: 8:30 AM - 5:00 PM",
            ],
          },
        ],
      },
      {
        id: 'ctd',
        name: 'District of Connecticut',
        status: 'kept',
        changes: [
          expect.objectContaining({
            field: 'helpDesks',
            added: ['CM/ECF Help Desk (Bridgeport): 203-579-5999'],
          }),
        ],
      },
    ]);
    expect(diff.totals).toEqual({ courts: 201, changed: 1, kept: 1, notInFeed: 1, unchanged: 198 });

    const text = await data(cache, ['data', 'diff']);
    expect(text.stdout).toContain("What PACER's court feed of November 20, 2026 (downloaded");
    expect(text.stdout).toContain(
      'alnb  Bankruptcy Court for the Northern District of Alabama: not in the downloaded feed; its bundled facts stay in force',
    );
    expect(text.stdout).toContain(
      'azd  District of Arizona\n  help desks\n    - CM/ECF Help Desk (Tucson): 520-205-4200',
    );
    expect(text.stdout).toContain('    + CM/ECF Help Desk (Tucson): 520-205-4299');
    expect(text.stdout).toContain(
      'ctd  District of Connecticut: curated by hand, so kept as it is; check courts/ctd.yaml against these changes',
    );
    expect(text.stdout).toContain(
      '1 court changed, 1 kept as curated by hand, 1 not in the feed, 198 unchanged (of 201).',
    );
  });

  it('follows a redirect on the same server, and refuses one to plain http elsewhere', async () => {
    const cache = tempDir();
    const moved = await data(cache, ['data', 'update', '--url', `${server.url}/moved.json`]);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain(`from ${server.url}/changed.json`);
    const away = await data(tempDir(), [
      'data',
      'update',
      '--url',
      `${server.url}/moved-away.json`,
    ]);
    // The server's doing, not the user's (issue 28, defect 12): 69, one line.
    expect(away.code).toBe(69);
    expect(away.stderr).toMatch(
      /^error: 127\.0\.0\.1:\d+ redirects to an address that is not https \(http:\), which is not used: the feed was not fetched\n/,
    );
  });

  it('refuses an older feed than the one in force, and keeps what is stored', async () => {
    const cache = tempDir();
    await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    const before = storedState(cache);
    const older = await data(cache, ['data', 'update', '--url', `${server.url}/2023-01-10.json`]);
    expect(older.code).toBe(65);
    expect(older.stderr).toBe(
      "error: this feed (of January 10, 2023) is older than the data in force (PACER's court feed of November 20, 2026): not taken\nThe data in force was not changed; `nextgen-ready data status` shows it.\n",
    );
    expect(storedState(cache)).toEqual(before);
  });

  it('refuses a feed older than the bundled data when nothing is stored', async () => {
    const cache = tempDir();
    const older = await data(cache, ['data', 'update', '--url', `${server.url}/2022-11-27.json`]);
    expect(older.code).toBe(65);
    expect(older.stderr).toContain(
      "this feed (of November 27, 2022) is older than the data in force (PACER's court feed of January 10, 2023)",
    );
    expect(storedState(cache)).toEqual([]);
  });
});

describe('bad feeds never replace good data', () => {
  let storedChanged: string | undefined;
  const cases: [string, string[], number, string, Record<string, string>?][] = [
    [
      'an HTML error page',
      ['--url', '/html'],
      65,
      'what came is a web page (HTML), not the feed: not taken',
    ],
    [
      'an HTML page sent as JSON',
      ['--url', '/html-as-json'],
      65,
      'what came is a web page (HTML), not the feed',
    ],
    [
      'truncated JSON',
      ['--url', '/truncated.json'],
      65,
      'the feed is cut short (not complete JSON): not taken',
    ],
    ['an empty answer', ['--url', '/empty.json'], 65, 'the feed is empty: not taken'],
    [
      'a feed missing courts',
      ['--url', '/missing.json'],
      65,
      'the feed lacks 166 of the 201 courts (cob, cod, ctb, ctd, dcb, dcd, deb, ded, ...): not taken',
    ],
    [
      'a changed shape',
      ['--url', '/shape.json'],
      65,
      "the feed's shape has changed: data[5].help_desk: Invalid input: expected array, received string: not taken",
    ],
    ['a feed over the size limit', ['--url', '/huge.json'], 65, 'the feed is larger than 10 MB'],
    ['an HTTP error', ['--url', '/error.json'], 69, 'answered HTTP 503 instead of the feed'],
    ['no such page', ['--url', '/nothing.json'], 69, 'answered HTTP 404 instead of the feed'],
    [
      'a timeout',
      ['--url', '/slow.json', '--timeout', '1'],
      69,
      'no complete answer from 127.0.0.1:',
    ],
  ];

  it.each(cases)(
    '%s: one clear line, exit %i, the stored data untouched',
    async (_what, args, code, message) => {
      // A cache holding the changed copy, stored once for every case.
      storedChanged ??= tempDir();
      if (!existsSync(join(storedChanged, 'court-feed.json')))
        await data(storedChanged, ['data', 'update', '--url', `${server.url}/changed.json`]);
      const cache = tempDir();
      cpSync(storedChanged, cache, { recursive: true });
      const before = storedState(cache);
      expect(before.length).toBe(3);
      const url = args[1]?.startsWith('/') ? `${server.url}${args[1]}` : (args[1] ?? '');
      const result = await data(cache, ['data', 'update', args[0] ?? '', url, ...args.slice(2)]);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
      const [first] = result.stderr.split('\n');
      expect(first).toMatch(/^error: /);
      expect(first).toContain(message);
      expect(result.stderr.split('\n').length).toBeLessThanOrEqual(4);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(storedState(cache)).toEqual(before);
      // And the commands still use the copy that was stored.
      expect((await plan(cache, 'azd')).dataAsOf['data-feed']).toBe('2026-11-20');
    },
  );

  it('a TLS failure: a certificate the client does not trust is refused', async () => {
    const cache = tempDir();
    const result = await data(cache, ['data', 'update', '--url', `${https.url}/changed.json`]);
    expect(result.code).toBe(69);
    expect(result.stderr).toMatch(
      /^error: the secure connection to 127\.0\.0\.1:\d+ failed: its certificate is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)\n/,
    );
    expect(storedState(cache)).toEqual([]);
  });

  it('a proxy refusal: HTTPS_PROXY is honoured, and its refusal ends in one line', async () => {
    const cache = tempDir();
    const result = await data(cache, ['data', 'update', '--url', `${https.url}/changed.json`], {
      HTTPS_PROXY: refusingProxy.url,
    });
    expect(result.code).toBe(69);
    expect(result.stderr.split('\n')[0]).toBe(
      `error: the proxy ${refusingProxy.url} refused the connection to 127.0.0.1:${https.port} (HTTP 403)`,
    );
    expect(refusingProxy.seen).toContain(`CONNECT 127.0.0.1:${https.port}`);
    expect(storedState(cache)).toEqual([]);
  });

  it('a plain http address elsewhere than this machine is a usage error, tried nowhere', async () => {
    const result = await data(tempDir(), [
      'data',
      'update',
      '--url',
      'http://pacer.example/data.json',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --url: http addresses are not used');
  });
});

describe('data update --from FILE', () => {
  it('takes a feed file, for machines with no internet', async () => {
    const cache = tempDir();
    const file = join(tempDir(), 'data.json');
    writeFileSync(file, changedFeed());
    const result = await data(cache, ['data', 'update', '--from', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`from ${file}`);
    expect((await plan(cache, 'azd')).dataAsOf['data-feed']).toBe('2026-11-20');
  });

  it.each([
    [
      'a file that is not there',
      (dir: string) => join(dir, 'none.json'),
      2,
      /^error: cannot read feed file \S*none\.json: not found$/,
    ],
    [
      'a directory',
      (dir: string) => dir,
      2,
      /^error: cannot read feed file \S*: it is a directory, not a file$/,
    ],
    [
      'a file that is not UTF-8',
      (dir: string) => {
        writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
        return join(dir, 'latin1.json');
      },
      65,
      'the feed is not UTF-8 text',
    ],
  ])('%s: one clear line, nothing stored', async (_what, fileOf, code, message) => {
    const cache = tempDir();
    const result = await data(cache, ['data', 'update', '--from', fileOf(tempDir())]);
    expect(result.code).toBe(code);
    const first = result.stderr.split('\n')[0];
    if (message instanceof RegExp) expect(first).toMatch(message);
    else expect(first).toContain(`error: ${message}`);
    expect(storedState(cache)).toEqual([]);
  });

  it('refuses --from and --url together', async () => {
    const result = await data(tempDir(), [
      'data',
      'update',
      '--from',
      'a.json',
      '--url',
      server.url,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--from and --url cannot be used together');
  });
});

describe('data update, the copies it keeps', () => {
  it('removes old copies the status does not name, and leaves one another update may be writing', async () => {
    const cache = tempDir();
    mkdirSync(join(cache, 'court-feed'));
    const old = join(cache, 'court-feed', '2025-01-01-000000000000.json');
    const recent = join(cache, 'court-feed', '2026-11-21-111111111111.json');
    writeFileSync(old, '{}');
    writeFileSync(recent, '{}');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    const update = await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    expect(update.code).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    const status = JSON.parse(readFileSync(join(cache, 'court-feed.json'), 'utf8')) as {
      feedFile: string;
      factsFile: string;
    };
    expect(readdirSync(join(cache, 'court-feed')).sort()).toEqual(
      [status.factsFile, status.feedFile, '2026-11-21-111111111111.json'].sort(),
    );
  });
});

describe('data status and reset', () => {
  it('says the bundled data is in force when nothing is stored', async () => {
    const result = await data(tempDir(), ['data', 'status']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "In force: the bundled data, PACER's court feed of January 10, 2023 (last updated Tue, 10 Jan 2023 06:10:05 -0500), 201 courts.",
    );
    expect(result.stdout).toMatch(
      /The data is \d+ days old: run `nextgen-ready data update` to refresh it\./,
    );
  });

  it('returns to the bundled data', async () => {
    const cache = tempDir();
    await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    const reset = await data(cache, ['data', 'reset']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toBe(
      "Removed the downloaded PACER's court feed of November 20, 2026. The bundled data (PACER's court feed of January 10, 2023) is in force.\n",
    );
    expect(storedState(cache)).toEqual([]);
    expect((await plan(cache, 'azd')).dataAsOf['data-feed']).toBe('2023-01-10');
    const again = await data(cache, ['data', 'reset']);
    expect(again.stdout).toContain('No downloaded feed was stored.');
  });

  it('uses the bundled data when the stored copy is damaged, and says so in status', async () => {
    const cache = tempDir();
    await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    for (const name of readdirSync(join(cache, 'court-feed')))
      if (name.endsWith('.facts')) rmSync(join(cache, 'court-feed', name));
    expect((await plan(cache, 'azd')).dataAsOf['data-feed']).toBe('2023-01-10');
    const status = await data(cache, ['data', 'status', '--format', 'json']);
    expect(JSON.parse(status.stdout)).toMatchObject({
      inForce: 'bundled',
      unused: expect.stringContaining('is damaged: its facts file cannot be read'),
    });
    // A new update repairs it.
    const update = await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    expect(update.code).toBe(0);
    expect((await plan(cache, 'azd')).dataAsOf['data-feed']).toBe('2026-11-20');
  });

  it('does not use a stored copy older than the bundled data (after an upgrade)', async () => {
    const cache = tempDir();
    await data(cache, ['data', 'update', '--url', `${server.url}/changed.json`]);
    const statusFile = join(cache, 'court-feed.json');
    const status = JSON.parse(readFileSync(statusFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      statusFile,
      JSON.stringify({ ...status, day: '2022-12-01', instant: Date.parse('2022-12-01T11:00:00Z') }),
    );
    expect((await plan(cache, 'azd')).dataAsOf['data-feed']).toBe('2023-01-10');
    const text = await data(cache, ['data', 'status']);
    expect(text.stdout).toContain(
      'Not used: the downloaded court feed of December 1, 2022 is older than the bundled one (January 10, 2023).',
    );
  });
});
