/**
 * The interactive flow in a real pseudo-terminal: questions one at a time, arrow keys and
 * Enter, the plan at the end; Ctrl-C exits 130 with one line.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.kill()));

function start(args: string): TmuxSession {
  // The exit code is printed after the run, and the pane stays up to be read.
  const session = new TmuxSession(`node ${BIN} ${args}; echo "EXIT:$?"; sleep 60`, ROOT);
  sessions.push(session);
  return session;
}

describe('check, interactive', () => {
  it('needs tmux for these tests (.ci/run installs it)', () => {
    expect(hasTmux(), 'tmux is not installed: apt-get install tmux').toBe(true);
  });

  it('asks one question at a time and prints the plan', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ngr-e2e-')), 'plan.json');
    const session = start(`check --court prd --as-of 2026-11-22 --format json --output ${out}`);
    // [screen text to wait for, keys to answer with]: Enter takes the highlighted (first) choice.
    const script: [RegExp, string[]][] = [
      [/Who will e-file\?/, ['Enter']],
      [/Do you have your own PACER account\?/, ['Enter']],
      [/Is your PACER account upgraded\?/, ['Down', 'Enter']],
      [/multi-factor authentication/, ['Enter']],
      [/pay your PACER fees centrally/, ['Down', 'Enter']],
      [/\[prd\] Is your PACER account already linked/, ['Down', 'Enter']],
      [/\[prd\] Your current CM\/ECF login/, ['Down', 'Enter']],
      [/\[prd\] Are you appointed to the District of Puerto Rico's CJA panel\?/, ['Down', 'Enter']],
      [/\[prd\] Do you also e-file in this district's bankruptcy court\?/, ['Down', 'Enter']],
      [/Is anything not working\?/, ['Enter']],
    ];
    for (const [prompt, keys] of script) {
      await session.waitFor(prompt);
      session.keys(...keys);
    }
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    expect(screen).toMatch(/Never type a password here/);
    const plan = JSON.parse(readFileSync(out, 'utf8')) as Plan;
    expect(plan.answers.filer).toMatchObject({
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'legacy',
      mfa: 'enrolled',
      'firm-billing': 'no',
      problems: [],
    });
    expect(plan.answers.courts.prd).toEqual({
      linked: 'no',
      'ecf-login': 'forgotten',
      cja: 'no',
      bankruptcy: 'no',
    });
    expect(plan.actions.map((action) => `${action.id}@${action.court ?? 'pacer'}`)).toEqual([
      'upgrade-pacer-account@pacer',
      'recover-ecf-login@prd',
      'link-ecf-account@prd',
    ]);
  });

  it('walks a pro hac vice attorney new to the court to its registration', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ngr-e2e-')), 'plan.json');
    const session = start(
      `check --court gand --as-of 2026-11-22 --filer attorney --pacer-account individual --account-type upgraded --mfa enrolled --firm-billing no --linked no --cja no --bankruptcy no --problems none --format json --output ${out}`,
    );
    await session.waitFor(/\[gand\] Your current CM\/ECF login/);
    session.keys('Down', 'Down', 'Enter'); // never had one
    await session.waitFor(/\[gand\] How do you come to the Northern District of Georgia\?/);
    session.keys('Down', 'Down', 'Enter'); // pro hac vice
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as Plan;
    expect(plan.answers.courts.gand).toMatchObject({
      'ecf-login': 'none',
      admission: 'pro-hac-vice',
    });
    expect(plan.actions.map((action) => `${action.id}@${action.court ?? 'pacer'}`)).toEqual([
      'register-pro-hac-vice@gand',
    ]);
  });

  it('asks only what the flags left open, and prints text to the terminal', async () => {
    const session = start(
      'check --court ctd --as-of 2026-11-22 --filer attorney --pacer-account individual --account-type upgraded --mfa enrolled --firm-billing no --cja no --bankruptcy no --problems none',
    );
    await session.waitFor(/\[ctd\] Is your PACER account already linked/);
    session.keys('Enter');
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('Status: READY');
    expect(screen).toContain('EXIT:0');
    expect(screen).not.toMatch(/Who will e-file/);
  });

  it('exits 130 on Ctrl-C at a prompt, with one line and no stack trace', async () => {
    const session = start('check --court utd');
    await session.waitFor(/Who will e-file\?/);
    session.keys('C-c');
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:130');
    expect(screen).toContain('Cancelled.');
    expect(screen).not.toMatch(/^\s+at /m);
    expect(screen).not.toMatch(/ExitPromptError/);
  });

  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'exits 130 on %s at a prompt, with the cursor shown again',
    async (signal) => {
      const session = start('check --court utd');
      await session.waitFor(/Who will e-file\?/);
      expect(session.cursorVisible()).toBe(false);
      const [pid] = session.commandPids();
      expect(pid).toBeGreaterThan(0);
      process.kill(pid!, signal);
      const screen = await session.waitFor(/EXIT:\d+/);
      expect(screen).toContain('Cancelled.');
      expect(screen).toContain('EXIT:130');
      expect(screen).not.toMatch(/^\s+at /m);
      expect(session.cursorVisible()).toBe(true);
    },
  );

  it('lets the user pick the court by typing', async () => {
    const session = start(
      'check --as-of 2026-11-22 --filer attorney --pacer-account individual --account-type upgraded --mfa enrolled --firm-billing no --linked yes --cja no --bankruptcy no --problems none --format markdown',
    );
    await session.waitFor(/Which court\?/);
    session.keys('-l', 'utd');
    await session.waitFor(/utd\s+United States District Court for the District of Utah/);
    session.keys('Enter');
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('# NextGen CM/ECF checklist: utd');
    expect(screen).toContain('EXIT:0');
  });
});
