/**
 * The interactive flow in a real pseudo-terminal: questions one at a time with the safe
 * answer preselected and each choice explained, a review where any answer can be changed,
 * the plan, then the command that repeats the check unattended; Ctrl-C exits 130 with one
 * line; prompts are never shown where they cannot be seen.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowedValues, QUESTIONS } from '../../src/plan/questions.js';
import type { Plan } from '../../src/plan/types.js';
import { BIN, NODE, ROOT } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.kill()));

function start(args: string): TmuxSession {
  // The exit code is printed after the run, and the pane stays up to be read.
  const session = new TmuxSession(`${NODE} ${BIN} ${args}; echo "EXIT:$?"; sleep 60`, ROOT);
  sessions.push(session);
  return session;
}

/** Answers each prompt (a pattern on the screen) with its keys, in order. */
async function answer(session: TmuxSession, script: [RegExp, string[]][]): Promise<void> {
  for (const [prompt, keys] of script) {
    await session.waitFor(prompt);
    session.keys(...keys);
  }
}

/** The screen with each command continued on the next line (` \`) joined into one line. */
function joinedCommands(screen: string): string {
  return screen.replace(/ \\\n +/g, ' ');
}

/** The repeat command printed after the plan (continued lines joined, as a shell reads it). */
function repeatCommandOn(screen: string): string {
  const match =
    /To run this check again without the questions:\n {2}(nextgen-ready check .*)\n/.exec(
      joinedCommands(screen),
    );
  if (!match) throw new Error(`no repeat command on the screen:\n${screen}`);
  return match[1]!;
}

/** Runs a printed command in a shell, as the filer would paste it. */
function runPrinted(command: string, cwd: string) {
  return spawnSync('sh', ['-c', command.replace(/^nextgen-ready /, `${NODE} ${BIN} `)], {
    cwd,
    encoding: 'utf8',
    input: '',
  });
}

const REVIEW = /Your answers\. Choose one to change it, or go on to the plan:/;

describe('check, interactive', () => {
  it('needs tmux for these tests (.ci/run installs it)', () => {
    expect(hasTmux(), 'tmux is not installed: apt-get install tmux').toBe(true);
  });

  it('asks one question at a time, reviews, prints the plan and the command to repeat it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ngr-e2e-'));
    const out = join(dir, 'plan.json');
    const session = start(`check --court prd --as-of 2026-11-22 --format json --output ${out}`);
    // [screen text to wait for, keys to answer with]: Enter takes the highlighted choice,
    // which is the safe one ("I do not know", "No") wherever there is one.
    await answer(session, [
      [/Who will e-file\?/, ['Enter']],
      [/What brings you here\?/, ['Enter']],
      [/❯ I do not know\n\nNot sure: the plan starts by finding out/, ['Up', 'Up', 'Up', 'Enter']],
      [/Is your PACER account upgraded\?/, ['Up', 'Enter']],
      [/multi-factor authentication/, ['Up', 'Up', 'Up', 'Enter']],
      [/pay your PACER fees centrally/, ['Enter']],
      // Whether the filer ever had a CM/ECF login comes before whether it is linked.
      [/\[prd\] Have you ever had a CM\/ECF login/, ['Enter']],
      [/\[prd\] Is your PACER account already linked/, ['Enter']],
      [/\[prd\] Are you appointed to the District of Puerto Rico's CJA panel\?/, ['Enter']],
      [/\[prd\] Do you also e-file in this district's bankruptcy court\?/, ['Enter']],
      [/Is anything not working\?/, ['Enter']],
      [REVIEW, ['Enter']],
    ]);
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

    // The printed command gives the same plan with no questions.
    const command = repeatCommandOn(screen);
    expect(command).toBe(
      `nextgen-ready check --court prd --filer attorney --purpose file-in-case --pacer-account individual --account-type legacy --mfa enrolled --firm-billing no --ecf-login forgotten --linked no --cja no --bankruptcy no --problems none --as-of 2026-11-22 --format json --output ${out} --no-input`,
    );
    rmSync(out);
    const again = runPrinted(command, dir);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(plan);
  });

  it('lets the filer change an answer in the review, asking what now applies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ngr-e2e-'));
    const saved = join(dir, 'answers.yaml');
    const session = start(`check --court utd --as-of 2026-11-22 --save-answers ${saved}`);
    // Enter through: attorney, PACER account "I do not know", then the safe answers.
    await answer(session, [
      [/Who will e-file\?/, ['Enter']],
      [/What brings you here\?/, ['Enter']],
      [/Do you have your own PACER account\?/, ['Enter']],
      [/pay your PACER fees centrally/, ['Enter']],
      [/\[utd\] Have you ever had a CM\/ECF login/, ['Enter']],
      [/\[utd\] Are you appointed/, ['Enter']],
      [/\[utd\] Do you also e-file/, ['Enter']],
      [/Is anything not working\?/, ['Enter']],
    ]);
    let screen = await session.waitFor(REVIEW);
    expect(screen).toContain('Do you have your own PACER account: I do not know');
    expect(screen).not.toMatch(/Is it upgraded/);
    // Change the PACER account to "my own": its follow-up questions are asked, from the top.
    session.keys('Down', 'Down', 'Down', 'Enter');
    await answer(session, [
      [/❯ I do not know\n/, ['Up', 'Up', 'Up', 'Enter']],
      [/Is your PACER account upgraded\?/, ['Enter']],
      [/multi-factor authentication/, ['Enter']],
      [/\[utd\] Is your PACER account already linked/, ['Up', 'Enter']],
    ]);
    await session.waitFor(/\[utd\] Already linked to PACER in this court: Yes, already linked/);
    screen = session.screen();
    expect(screen).toContain('Do you have your own PACER account: Yes, my own individual account');
    expect(screen).toContain('Is it upgraded: I do not know');
    // The CM/ECF login was asked first, and keeps its answer.
    expect(screen.slice(screen.lastIndexOf('Your answers.'))).toMatch(
      /Ever had a CM\/ECF login for this court: Yes, but I have forgotten it/,
    );
    session.keys('Enter');
    screen = joinedCommands(await session.waitFor(/EXIT:\d+/));
    expect(screen).toContain('EXIT:0');
    expect(screen).toMatch(/--pacer-account individual --account-type unknown --mfa unknown/);
    expect(screen).toContain('--linked yes');
    expect(screen).toContain(
      `nextgen-ready check --answers ${saved} --as-of 2026-11-22 --no-input`,
    );
    expect(readFileSync(saved, 'utf8')).toContain('pacer-account: individual\n');
  });

  it('walks a pro hac vice attorney new to the court to its registration', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ngr-e2e-')), 'plan.json');
    const session = start(
      `check --court gand --as-of 2026-11-22 --filer attorney --pacer-account individual --account-type upgraded --mfa enrolled --firm-billing no --linked no --cja no --bankruptcy no --problems none --format json --output ${out}`,
    );
    await answer(session, [
      // "Yes, but I have forgotten it" is preselected: one down is "No, never".
      [/\[gand\] Have you ever had a CM\/ECF login/, ['Down', 'Enter']],
      // No answer is safe here, so none is preselected beyond the first.
      [/\[gand\] How do you come to the Northern District of Georgia\?/, ['Down', 'Down', 'Enter']],
      [REVIEW, ['Enter']],
    ]);
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

  it('asks only what the flags left open', async () => {
    const session = start(
      'check --court ctd --as-of 2026-11-22 --filer attorney --pacer-account individual --account-type upgraded --mfa enrolled --firm-billing no --cja no --bankruptcy no --problems none',
    );
    await answer(session, [
      [/\[ctd\] Have you ever had a CM\/ECF login/, ['Up', 'Enter']],
      [/\[ctd\] Is your PACER account already linked/, ['Up', 'Enter']],
      [REVIEW, ['Enter']],
    ]);
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('Status: READY');
    expect(screen).toContain('EXIT:0');
    expect(screen).not.toMatch(/Who will e-file/);
  });

  it('exits 130 on Ctrl-C at a question, with one line and no stack trace', async () => {
    const session = start('check --court utd');
    await session.waitFor(/Who will e-file\?/);
    session.keys('C-c');
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:130');
    expect(screen).toContain('Cancelled.');
    expect(screen).not.toMatch(/^\s+at /m);
    expect(screen).not.toMatch(/ExitPromptError/);
  });

  it('exits 130 on Ctrl-C in the review, printing no plan', async () => {
    const session = start(
      'check --court ctd --as-of 2026-11-22 --filer pro-se --pacer-account none --bankruptcy no --problems none',
    );
    // No PACER account: "No, never" is preselected.
    await answer(session, [
      [/\[ctd\] Have you ever had a CM\/ECF login[^]*❯ No, never/, ['Enter']],
    ]);
    await session.waitFor(REVIEW);
    session.keys('C-c');
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:130');
    expect(screen).toContain('Cancelled.');
    expect(screen).not.toMatch(/NextGen CM\/ECF readiness|To run this check again/);
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

  it('lets the filer pick several courts, searching by state', async () => {
    const session = start(
      'check --as-of 2026-11-22 --filer attorney --pacer-account individual --account-type upgraded --mfa enrolled --firm-billing no --linked yes --cja no --bankruptcy no --problems none --format markdown',
    );
    await session.waitFor(/Which courts\?/);
    // Enter before anything is typed or chosen picks nothing: the first court is no answer.
    session.keys('Enter');
    await session.waitFor(/Type part of a court name, a state or an id, then choose a court\./);
    session.keys('-l', 'utah');
    await session.waitFor(/utd\s+District of Utah/);
    // ca10, utb, utd: the state's courts and its circuit's court of appeals.
    session.keys('Down', 'Down', 'Tab');
    await session.waitFor(/Chosen: utd/);
    session.keys('C-u');
    session.keys('-l', 'connecticut');
    await session.waitFor(/ctd\s+District of Connecticut/);
    session.keys('Down', 'Down', 'Tab');
    await session.waitFor(/Chosen: utd, ctd/);
    session.keys('Enter');
    const screen = await session.waitFor(/EXIT:\d+/);
    // The checklist's court table (its title has scrolled off): both courts, in the order chosen.
    expect(session.history()).toMatch(
      /District of Utah \(utd\) \|[^]*District of Connecticut \(ctd\) \|/,
    );
    expect(screen).toContain('EXIT:0');
    expect(repeatCommandOn(screen)).toMatch(
      /^nextgen-ready check --court utd,ctd --filer attorney /,
    );
  });

  it('asks nothing where prompts cannot be seen (stderr into a file), and says why there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ngr-e2e-'));
    const log = join(dir, 'err.log');
    const session = start(`check --court ctd 2>${log}`);
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:2');
    expect(screen).not.toMatch(/Who will e-file/);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(
      /^note: no questions are asked: stdin is a terminal, but stderr goes to a file/,
    );
    expect(text).toContain('error: missing answers: filer, pacer-account');
    // The flag to pass, with the values the catalogue allows.
    expect(text).toContain(`--filer <${allowedValues(QUESTIONS[0]!)}>`);
    expect(text).toContain('or run again with stderr on the terminal to be asked.');
  });
});
