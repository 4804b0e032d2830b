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

const OLD =
  /\d+ years?(, \d+ months?)? old\. Run `nextgen-ready data update` to refresh it \(this note comes at most once a day\)\./g;

/** The screen with the lines a terminal wrapped joined again. */
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

describe('the data age, in a terminal', () => {
  it('says once, with its age, that the bundled data is more than a year old', async () => {
    const session = start('courts --state AZ', tempDir());
    const screen = flat(await session.waitFor(/EXIT:\d+/));
    expect(screen).toContain('EXIT:0');
    expect(screen.match(OLD)).toHaveLength(1);
    expect(screen).toContain(
      "Note: the court data in force is PACER's court feed of January 10, 2023, 3 years",
    );
  });

  it('says it at most once a day: a second run that day is not told again', async () => {
    const cache = tempDir();
    const first = start('courts --state AZ', cache);
    expect(flat(await first.waitFor(/EXIT:\d+/)).match(OLD)).toHaveLength(1);
    const second = start('courts --state AZ', cache);
    const screen = flat(await second.waitFor(/EXIT:\d+/));
    expect(screen).toContain('EXIT:0');
    expect(screen).not.toMatch(OLD);
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
