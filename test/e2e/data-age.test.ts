/**
 * In a real terminal, a command says once, on stderr, when the court data in force is more
 * than a year old, with the command that refreshes it; with a fresh feed stored, it says
 * nothing. (Without a terminal it never says it: test/cli/data.test.ts runs with none.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { TmuxSession } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.kill()));

function start(args: string, cache: string): TmuxSession {
  const session = new TmuxSession(
    `NEXTGEN_READY_CACHE_DIR=${cache} ${NODE} ${BIN} ${args}; echo "EXIT:$?"; sleep 60`,
    ROOT,
  );
  sessions.push(session);
  return session;
}

/** The feed's last_updated for a day, as PACER writes it. */
function lastUpdated(date: Date): string {
  const [weekday, day, month, year] = date.toUTCString().split(/[ ,]+/);
  return `${weekday}, ${day} ${month} ${year} 06:10:05 -0500`;
}

const OLD = /more than a year old\. Run `nextgen-ready data update` to refresh it\./g;

describe('the data age, in a terminal', () => {
  it('says once that the bundled data is more than a year old', async () => {
    const session = start('courts --state AZ', tempDir());
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    expect(screen.match(OLD)).toHaveLength(1);
    expect(screen).toContain(
      "Note: the court data in force is PACER's court feed of January 10, 2023",
    );
  });

  it('says nothing with a feed of this week stored', async () => {
    const feed = JSON.parse(
      readFileSync(join(ROOT, 'sources/reference/pacer-feed-raw/2023-01-10.json'), 'utf8'),
    ) as { meta: { last_updated: string } };
    feed.meta.last_updated = lastUpdated(new Date(Date.now() - 3 * 86_400_000));
    const file = join(tempDir(), 'data.json');
    writeFileSync(file, JSON.stringify(feed));
    const cache = tempDir();
    expect(
      runCli(['data', 'update', '--from', file], { env: { NEXTGEN_READY_CACHE_DIR: cache } }).code,
    ).toBe(0);
    const session = start('courts --state AZ', cache);
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    expect(screen).not.toMatch(OLD);
    expect(screen).toContain("Court data: PACER's court feed of");
  });
});
