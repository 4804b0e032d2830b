/**
 * The bad-input catalogue's `data update` cases that need a server (issue 28): redirects the
 * tool refuses, a mirror's address with a token, and two updates at once. The server is a real
 * one on 127.0.0.1 (test/helpers/feed-server.ts), so these run without blocking this process
 * (runCaseAsync); data-server.test.ts starts it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runInAsync, SECRET, type BadInputCase, type RunResult } from '../../helpers/bad-input.js';
import type { Route, TestServer } from '../../helpers/feed-server.js';
import { CACHE, cacheEnv, feedWith } from './data-cases.js';

/** A redirect to `location`. */
const redirectTo =
  (location: string): Route =>
  (_request, response) => {
    response.statusCode = 302;
    response.setHeader('location', location);
    response.end();
  };

/** The feed dated November 10, 2026: newer than the bundled one, older than November 20's. */
const OLDER = feedWith((feed) => {
  feed.meta.last_updated = 'Tue, 10 Nov 2026 06:10:05 -0500';
});

/** What the concurrent case's other run did; set while the server holds the first one. */
const race: { dir?: string; other?: RunResult } = {};

/** The routes the cases use. */
export function routesOf(): Record<string, Route> {
  return {
    '/feed.json?token=MyPacerP@ss99': (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(feedWith());
    },
    '/unreadable': redirectTo('https://[oops'),
    '/to-http': redirectTo('http://evil.example/data.json'),
    '/to-file': redirectTo('file:///etc/passwd'),
    '/to-password': redirectTo(`https://admin:${SECRET}@127.0.0.1:1/data.json`),
    // Holds the older feed back until another update has stored the newer one.
    '/slow-older.json': (_request, response) => {
      void runInAsync(race.dir!, ['data', 'update', '--from', 'newer.json'], {
        env: cacheEnv(race.dir!),
      }).then((other) => {
        race.other = other;
        response.setHeader('content-type', 'application/json');
        response.end(OLDER);
      });
    },
  };
}

const CACHE_CHANGES = /^cache(\/|$)/;

export function dataServerCases(server: () => TestServer): BadInputCase[] {
  const update = (path: string) => ['data', 'update', '--url', `${server().url}${path}`];
  return [
    // ---- 6. two updates at once ------------------------------------------------------------
    {
      name: 'two updates at once: the newer feed ends in force, the older run says it is older',
      classes: [10],
      defects: [6],
      files: { 'newer.json': feedWith() },
      setup: (dir) => {
        race.dir = dir;
        race.other = undefined;
      },
      env: cacheEnv,
      args: () => update('/slow-older.json'),
      code: 65,
      stderr:
        /^error: this feed \(of November 10, 2026\) is older than the data in force \(PACER's court feed of November 20, 2026\): not taken$/,
      changes: CACHE_CHANGES,
      after: (dir) => {
        const status = JSON.parse(
          readFileSync(join(dir, CACHE, 'court-feed.json'), 'utf8'),
        ) as Record<string, unknown>;
        expect(status.day).toBe('2026-11-20');
        // The other run, which stored the newer feed meanwhile, said so.
        expect(race.other?.code).toBe(0);
        expect(race.other?.stdout).toMatch(/^Stored PACER's court feed of November 20, 2026/);
      },
    },

    // ---- 7. a mirror's token is neither kept nor printed ----------------------------------
    {
      name: 'data update --url with a ?token=: the token is neither stored nor printed',
      classes: [4],
      defects: [7],
      env: cacheEnv,
      args: () => update(`/feed.json?token=${SECRET}`),
      code: 0,
      lines: 0,
      stdout:
        /^Stored PACER's court feed of November 20, 2026 .* from http:\/\/127\.0\.0\.1:\d+\/feed\.json\?…\.$/m,
      secret: SECRET,
      changes: CACHE_CHANGES,
    },

    // ---- 8, 12. redirects the tool does not follow: the server's doing, exit 69 -----------
    {
      name: 'a redirect to an address that cannot be read',
      classes: [5],
      defects: [8],
      env: cacheEnv,
      args: () => update('/unreadable'),
      code: 69,
      stderr:
        /^error: 127\.0\.0\.1:\d+ redirects to an address that cannot be read: the feed was not fetched$/,
      changes: CACHE_CHANGES,
    },
    ...[
      [
        '/to-http',
        'a plain http address elsewhere',
        'to an address that is not https (http:), which is not used',
      ],
      ['/to-file', 'a file: address', 'to an address that is not https (file:), which is not used'],
      [
        '/to-password',
        'an address with a password',
        'to an address holding a user name or password',
      ],
    ].map(([path, what, says]): BadInputCase => ({
      name: `a redirect to ${what}: the server's doing, exit 69`,
      classes: [4, 5],
      defects: [12],
      env: cacheEnv,
      args: () => update(path!),
      code: 69,
      stderr: new RegExp(
        `^error: 127\\.0\\.0\\.1:\\d+ redirects ${says!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the feed was not fetched$`,
      ),
      secret: SECRET,
      changes: CACHE_CHANGES,
    })),
  ];
}

/** The cases, for the catalogue's count (their server is not started there). */
export const DATA_SERVER_CASES = dataServerCases(() => ({
  url: 'http://127.0.0.1:1',
  port: 1,
  seen: [],
  close: async () => undefined,
}));
