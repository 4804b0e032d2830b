/**
 * Issue 26, in a real terminal at 60 and 80 columns, with and without colour: after an
 * interactive check the status line and the numbered actions are on the last screen; no line
 * is wider than the terminal (notes, prompts, choices, the plan, the repeat command); and with
 * --no-color no colour code reaches the terminal, the prompts' included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { visibleWidth } from '../../src/render/wrap.js';
import { BIN, NODE, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.kill()));

const REVIEW = /Your answers\. Choose one to change it, or go on to the plan:/;
const HEIGHT = 30;

const answeredCount = (session: TmuxSession) => (session.history().match(/✔/g) ?? []).length;

/**
 * Answers every question: a limited filer, then Enter on each preselected answer,
 * then Enter on the review; one key press per question shown, none after the last.
 */
async function answerAll(session: TmuxSession): Promise<void> {
  // Who will e-file: a claims agent (the longest choice), one key at a time.
  await session.waitFor(/Who will e-file\?[^]*❯ An attorney/);
  for (const highlighted of [/❯ A self-represented/, /❯ Staff who file/, /❯ A creditor/]) {
    session.keys('Down');
    await session.waitFor(highlighted);
  }
  session.keys('Enter');
  for (let given = 1; given < 30; given++) {
    const start = Date.now();
    while (answeredCount(session) < given) {
      if (Date.now() - start > 15_000) throw new Error(`no answer shown:\n${session.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The next prompt, with its keys' help line.
    const screen = await session.waitFor(/navigate/);
    session.keys('Enter');
    if (REVIEW.test(screen.replace(/\s+/g, ' '))) return;
  }
  throw new Error('more than 30 questions');
}

describe.runIf(hasTmux()).each([
  [60, false],
  [80, false],
  [60, true],
  [80, true],
])('an interactive check at %i columns (colour: %s)', (width, colour) => {
  it('ends with the answer in view, every line within the width', async () => {
    const cache = tempDir();
    const session = new TmuxSession(
      `NEXTGEN_READY_CACHE_DIR=${cache} ${NODE} ${BIN} check --court txsb${colour ? '' : ' --no-color'}; echo "EXIT:$?"; sleep 60`,
      ROOT,
      { width, height: HEIGHT, colour },
    );
    sessions.push(session);
    await answerAll(session);
    const last = await session.waitFor(/EXIT:\d+/, 30_000);
    expect(last).toContain('EXIT:0');

    // The last screen: the status line and every numbered action.
    const status = /^Status: [A-Z ]+ · (\d+) actions?$/m.exec(last);
    expect(status, last).not.toBeNull();
    const count = Number(status![1]);
    for (let number = 1; number <= count; number++)
      expect(last, `action ${number}`).toMatch(new RegExp(`^ {2}${number}\\. `, 'm'));

    // Nothing wider than the terminal: tmux joins what the terminal wrapped (-J). The one
    // exception is a word wider than the line (a long URL), which is never split: it stands
    // on a line of its own, for the terminal to fold and a click or a copy to take whole.
    const history = session.history();
    const flat = history.replace(/\s+/g, ' ');
    expect(flat).toContain('Note: the court data in force is');
    expect(flat).toContain('Never type a password here.');
    // Questions and the answers shown after them are wrapped between words, never inside one.
    expect(flat).toContain(
      'Who will e-file? A creditor, claims agent or other limited filer in a bankruptcy court',
    );
    expect(flat).toContain(
      '[txsb] Have you ever had a CM/ECF login (username and password) of your own for the Bankruptcy Court for the Southern District of Texas? Yes, but I have forgotten it',
    );
    const wide = history
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => visibleWidth(line) > width && line.trim().includes(' '));
    expect(wide).toEqual([]);

    const escapes = session.screenWithEscapes();
    // Colour codes (SGR): in colour there are some, with --no-color none at all.
    if (colour) expect(escapes).toContain('\u001b[');
    else expect(escapes).not.toContain('\u001b[');
  }, 90_000);
});

describe.runIf(hasTmux()).each([40, 60])('the court picker at %i columns', (width) => {
  it('cuts a court row to the width and wraps its other lines at spaces', async () => {
    const cache = tempDir();
    const session = new TmuxSession(
      `NEXTGEN_READY_CACHE_DIR=${cache} ${NODE} ${BIN} check --no-color; echo "EXIT:$?"; sleep 60`,
      ROOT,
      { width, height: HEIGHT, colour: false },
    );
    sessions.push(session);
    await session.waitFor(/Which courts\?/);
    session.keys('-l', 'new york');
    const screen = await session.waitFor(/nysd/);
    // Each court's row on one line of the screen: cut (…), not wrapped onto the next.
    const rows = screen.split('\n').filter((line) => /^.?[◯◉●○] ny/.test(line.trimStart()));
    expect(rows.length).toBeGreaterThan(2);
    // Nothing wider than the terminal: tmux joins what the terminal wrapped (-J).
    const wide = session
      .history()
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => visibleWidth(line) > width);
    expect(wide).toEqual([]);
    // The keys' help is there, whole, between words.
    expect(screen.replace(/\s+/g, ' ')).toContain(
      'type an id, a name or a state · ↑↓ move · tab choose (several) · enter done',
    );
    session.keys('C-c');
    await session.waitFor(/EXIT:130/);
  }, 60_000);
});
