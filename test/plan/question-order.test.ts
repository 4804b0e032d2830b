/**
 * Issue 26: questions in an order and with choices that fit the filer, and the court's
 * decisive rule first. Each case failed before: "already linked?" was asked before whether the
 * filer ever had a CM/ECF login; someone with no PACER account had "forgotten" preselected and
 * PACER-account problems offered; there was no "I forgot my username"; in D. Me. a pro se party
 * was sent to register with PACER and enrol in MFA before learning to file another way; a
 * claims agent read two log-in steps before "check whether you need an account at all".
 */
import { describe, expect, it } from 'vitest';
import type { AskAnswer, CourtFacts } from '../../src/plan/answers.js';
import { resolveAnswers } from '../../src/plan/resolve-answers.js';
import { emptyAnswers } from '../../src/plan/given-answers.js';
import { checkAnswers } from '../../src/plan/check-answers.js';
import { renderText } from '../../src/render/text.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { actionKeys, actionOf, planFor } from '../helpers/plan.js';

const AS_OF = '2026-12-06';
const CTD: CourtFacts = {
  id: 'ctd',
  name: 'District of Connecticut',
  info: { type: 'district', liveStatus: 'live', hasBankruptcyCourt: true },
};

interface Asked {
  key: string;
  values: string[];
  preselected: string | undefined;
}

/** An asker that answers from a script and records each question, its choices and its highlight. */
function recordingAsker(script: Record<string, string | string[]>, asked: Asked[]): AskAnswer {
  return (question, court, current, preselected) => {
    const key = court ? `${question.id}@${court.id}` : question.id;
    asked.push({
      key,
      values: question.options.map((option) => option.value),
      preselected: typeof current === 'string' ? current : (preselected ?? question.safeDefault),
    });
    const answer = script[key] ?? script[question.id];
    if (answer === undefined) return Promise.reject(new Error(`unexpected question ${key}`));
    return Promise.resolve(answer);
  };
}

async function interview(script: Record<string, string | string[]>): Promise<Asked[]> {
  const asked: Asked[] = [];
  // What brings the filer (issue 24) is asked after who files: here, filing in a case.
  await resolveAnswers(
    emptyAnswers(),
    [CTD],
    true,
    recordingAsker({ purpose: 'file-in-case', ...script }, asked),
  );
  return asked.filter((question) => question.key !== 'purpose');
}

describe('the order of the questions', () => {
  it('asks whether the filer ever had a CM/ECF login before whether it is linked', async () => {
    const asked = await interview({
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      'ecf-login@ctd': 'known',
      'linked@ctd': 'no',
      'cja@ctd': 'no',
      'bankruptcy@ctd': 'no',
      problems: [],
    });
    const keys = asked.map((each) => each.key);
    expect(keys.indexOf('ecf-login@ctd')).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf('ecf-login@ctd')).toBeLessThan(keys.indexOf('linked@ctd'));
  });

  it('does not ask "already linked?" of someone who never had a CM/ECF login', async () => {
    const asked = await interview({
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      'ecf-login@ctd': 'none',
      'admission@ctd': 'admitted',
      'cja@ctd': 'no',
      'bankruptcy@ctd': 'no',
      problems: [],
    });
    expect(asked.map((each) => each.key)).not.toContain('linked@ctd');
  });
});

describe('choices that fit the filer', () => {
  const proSeNone = {
    filer: 'pro-se',
    'pacer-account': 'none',
    'ecf-login@ctd': 'none',
    'bankruptcy@ctd': 'no',
    problems: [],
  };

  it('preselects "never had one", not "forgotten", for someone with no PACER account', async () => {
    const asked = await interview(proSeNone);
    expect(asked.find((each) => each.key === 'ecf-login@ctd')?.preselected).toBe('none');
    // With an account, the safe default stays "forgotten" (linking needs the login).
    const withAccount = await interview({
      ...proSeNone,
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'ecf-login@ctd': 'known',
      'linked@ctd': 'yes',
    });
    expect(withAccount.find((each) => each.key === 'ecf-login@ctd')?.preselected).toBe('forgotten');
  });

  it('offers no problems with a PACER account to someone who has none', async () => {
    const asked = await interview(proSeNone);
    const problems = asked.find((each) => each.key === 'problems')!.values;
    expect(problems).not.toContain('forgot-pacer-password');
    expect(problems).not.toContain('account-deactivated');
    expect(problems).not.toContain('unlink');
    // Nor the attorneys' change of firm to a self-represented party.
    expect(problems).not.toContain('changed-firm');
    expect(problems).toContain('update-contact-info');
  });

  it('offers "I forgot my username" beside "I forgot my password", and plans its recovery', async () => {
    const asked = await interview({
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      'ecf-login@ctd': 'known',
      'linked@ctd': 'yes',
      'cja@ctd': 'no',
      'bankruptcy@ctd': 'no',
      problems: ['forgot-pacer-username'],
    });
    const problems = asked.find((each) => each.key === 'problems')!.values;
    expect(problems).toEqual(
      expect.arrayContaining(['forgot-pacer-password', 'forgot-pacer-username']),
    );
    const plan = await planFor(['ctd'], AS_OF, {
      ...READY_ANSWERS,
      problems: ['forgot-pacer-username'],
    });
    const recover = actionOf(plan, 'find-pacer-account');
    expect(recover.title).toBe('Recover your PACER username');
    expect(recover.why).toBe('You said "I forgot my PACER username".');
    expect(recover.steps[0]).toMatch(/Forgot username\?/);
  });

  it('still reads answers files of before: linked given, ecf-login left out', () => {
    const { answers, problems } = checkAnswers(
      { ...READY_ANSWERS, linked: 'yes', 'ecf-login': undefined },
      ['ctd'],
      'file',
    );
    expect(problems).toEqual([]);
    return resolveAnswers(answers, [CTD], true).then((result) => {
      expect(result.missing).toEqual([]);
      expect(result.answers.courts.ctd?.linked).toBe('yes');
    });
  });
});

describe("the court's decisive rule first", () => {
  it('D. Me.: a pro se party who cannot e-file there is given its way first, and no PACER set-up', async () => {
    const plan = await planFor(['med'], AS_OF, {
      filer: 'pro-se',
      'pacer-account': 'none',
      'ecf-login': 'none',
      bankruptcy: 'no',
      problems: [],
    });
    expect(actionKeys(plan)[0]).toBe('file-without-efiling@med');
    expect(actionKeys(plan)).not.toContain('register-pacer-account@pacer');
    expect(actionKeys(plan)).not.toContain('enroll-mfa@pacer');
    expect(actionOf(plan, 'file-without-efiling', 'med').steps.join(' ')).toMatch(/E-mail/);
    // Its way is e-mail to the clerk: the title must not say paper.
    expect(actionOf(plan, 'file-without-efiling', 'med').title).toBe(
      'File without e-filing in the District of Maine',
    );
  });

  it('a pro se party who can e-file (N.D. Cal.) still registers with PACER', async () => {
    const plan = await planFor(['cand'], AS_OF, {
      filer: 'pro-se',
      'pacer-account': 'none',
      'ecf-login': 'none',
      bankruptcy: 'no',
      problems: [],
    });
    expect(actionKeys(plan)).toContain('register-pacer-account@pacer');
  });

  it('a claims agent reads "check whether you need an account at all" before any log-in step', async () => {
    const plan = await planFor(['txsb'], AS_OF, {
      filer: 'limited-filer',
      'pacer-account': 'shared',
      'ecf-login': 'none',
      problems: [],
    });
    const text = renderText(plan, { width: 100 });
    const check = text.indexOf('Check first whether you need an account at all');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(text.indexOf('Log in'));
    expect(check).toBeLessThan(text.indexOf('Step by step'));
  });
});
