/**
 * A firm's roster in a real terminal (tmux): 300 attorneys, half of them missing the same
 * answer. Everything the run prints, stdout and stderr together, fits on a screen or two: the
 * counts per action and per court, and the missing answer once, with how many rows and the
 * fix, not a line per row twice over.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import { READY_ANSWERS, tempDir } from '../helpers/fixtures.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.kill()));

/** 300 attorneys in ctd and utd; every other row leaves `linked` empty. */
function exampleRoster(): string {
  const columns = ['name', 'email', 'id', 'courts', ...Object.keys(READY_ANSWERS), 'ecf-login'];
  const lines = [columns.join(',')];
  for (let i = 0; i < 300; i++) {
    const row: Record<string, string> = {
      ...READY_ANSWERS,
      name: `Attorney ${i + 1}`,
      email: `attorney${i + 1}@firm.example`,
      id: `E${1000 + i}`,
      courts: i % 3 === 0 ? 'ctd;utd' : i % 3 === 1 ? 'ctd' : 'utd',
      'account-type': ['upgraded', 'legacy', 'unknown'][i % 3]!,
      mfa: ['enrolled', 'not-enrolled', 'unknown'][Math.floor(i / 3) % 3]!,
      linked: i % 2 === 0 ? '' : 'no',
      'ecf-login': 'known',
    };
    lines.push(columns.map((column) => row[column] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!hasTmux())('roster in a terminal', () => {
  it('prints at most 60 lines for 300 rows, half of them missing one answer', async () => {
    const dir = tempDir({ 'team.csv': exampleRoster() });
    const session = new TmuxSession(
      `${NODE} ${BIN} roster team.csv --as-of 2026-11-22; echo "EXIT:$?"; sleep 60`,
      dir,
    );
    sessions.push(session);
    await session.waitFor(/EXIT:\d+/, 30_000);
    const printed = session.history().split('\n');
    const end = printed.findIndex((line) => line.startsWith('EXIT:'));
    const lines = printed.slice(0, end);
    writeFileSync(join(dir, 'terminal.txt'), lines.join('\n'));
    expect(printed[end]).toBe('EXIT:2');
    expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(60);
    const text = lines.join('\n');
    // The missing answer once, with its count and the fix; no line per row.
    expect(text).toMatch(/^linked is empty in 150 rows \(lines 2, 4, 6, /m);
    expect(text).toMatch(/Fix: fill the linked column/);
    expect(text).not.toMatch(/team\.csv:\d+:/);
    expect(text).not.toContain('ecf-login is empty');
    // The counts per action by title, and per court.
    expect(text).toMatch(/^ +\d+ +\d+ +\d+ +Upgrade your legacy PACER account/m);
    expect(text).toMatch(/^ +\d+ +\d+ +\d+ +Enrol your PACER account in multi-factor/m);
    expect(text).toMatch(/^ {2}ctd +200 +/m);
    expect(text).toContain('300 attorneys: ');
    expect(text).toContain('only if a condition holds');
  });
});
