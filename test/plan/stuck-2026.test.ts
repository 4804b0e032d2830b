/**
 * Issue 12, "stuck in 2026": MFA and lockouts, ACMS in the courts of appeals, changing firms,
 * dormant accounts, password resets. Each case states exact dates and the exact actions
 * expected, with days on both sides of every dated change.
 */
import { describe, expect, it } from 'vitest';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { actionKeys, actionOf, planFor } from '../helpers/plan.js';

const TODAY = '2026-11-23';
const READY = READY_ANSWERS;

describe('MFA wording follows the as-of date', () => {
  it.each([
    [
      '2025-11-23',
      /announced that every CM\/ECF filer must be enrolled in multi-factor authentication by December 31, 2025 to keep access\.$/,
      '2025-12-31',
    ],
    [
      '2025-12-30',
      /must be enrolled .* by December 31, 2025 to keep access; court notices since November 24, 2025 say PACER is rolling it out/,
      '2025-12-31',
    ],
    [
      '2025-12-31',
      /announced that every CM\/ECF filer was to be enrolled in multi-factor authentication by December 31, 2025; court notices since November 24, 2025 say PACER is rolling it out to users prompt by prompt, and that nothing is needed until PACER prompts you\.$/,
      undefined,
    ],
    [TODAY, /was to be enrolled .* by December 31, 2025; court notices since/, undefined],
  ])('on %s', async (asOf, wording, deadline) => {
    const plan = await planFor(['utd'], asOf, { ...READY, mfa: 'not-enrolled' });
    const action = actionOf(plan, 'enroll-mfa');
    expect(action.why).toMatch(wording);
    expect(action.deadline).toBe(deadline);
    // No page says the deadline was enforced: never "required since" (the audit's finding).
    expect(action.why).not.toMatch(/has been required|required of every/);
    if (asOf >= '2025-11-24') expect(action.sources).toContain('innb-mfa-update');
  });

  it('tells a new account the same, dated the same way', async () => {
    const answers = { ...READY, 'pacer-account': 'none', mfa: undefined, 'ecf-login': 'known' };
    const before = actionOf(await planFor(['utd'], '2025-12-30', answers), 'enroll-mfa');
    expect(before.why).toMatch(
      /^Your new PACER account needs it too: PACER announced that every CM\/ECF filer must be enrolled .* by December 31, 2025/,
    );
    const after = actionOf(await planFor(['utd'], '2025-12-31', answers), 'enroll-mfa');
    expect(after.why).toBe(
      'Your new PACER account needs it too: PACER announced that every CM/ECF filer was to be enrolled in multi-factor authentication by December 31, 2025; court notices since November 24, 2025 say PACER is rolling it out to users prompt by prompt, and that nothing is needed until PACER prompts you.',
    );
  });

  it('says to enrol only when prompted from the notices of November 24, 2025, not before', async () => {
    const answers = { ...READY, mfa: 'not-enrolled' };
    const before = actionOf(await planFor(['utd'], '2025-11-23', answers), 'enroll-mfa');
    const after = actionOf(await planFor(['utd'], '2025-11-24', answers), 'enroll-mfa');
    expect(before.steps.join(' ')).not.toMatch(/Enrol only when PACER prompts you/);
    expect(before.steps.join(' ')).toMatch(/from August 2025 it prompts accounts chosen at random/);
    expect(after.steps.join(' ')).toMatch(
      /Enrol only when PACER prompts you at login: if you get no prompt, nothing is needed yet/,
    );
    expect(after.steps.join(' ')).not.toMatch(/chosen at random/);
    const prompted = after.steps.findIndex((step) => step.startsWith('Enrol only when'));
    expect(after.stepSources[prompted]).toEqual([
      'gasd-mfa-updates',
      'innb-mfa-update',
      'pacer-mfa-tips-2026-02-05',
    ]);
  });

  it('gives the current guidance, each step with its own sources', async () => {
    const action = actionOf(
      await planFor(['utd'], TODAY, { ...READY, mfa: 'not-enrolled' }),
      'enroll-mfa',
    );
    const step = (pattern: RegExp) => {
      const index = action.steps.findIndex((text) => pattern.test(text));
      expect(index, `no step matches ${pattern}`).toBeGreaterThanOrEqual(0);
      return { text: action.steps[index]!, sources: action.stepSources[index]! };
    };
    expect(step(/third-party software/).sources).toEqual([
      'pacer-mfa-coming-soon',
      'wvsd-mfa-enrollment-notice',
    ]);
    // Five apps, as every PACER page read says (a third-party copy's "ten" is not used).
    const staff = step(/up to five apps/);
    expect(staff.text).toMatch(/filing agent/);
    expect(staff.text).not.toMatch(/\bten\b/);
    expect(staff.sources).toContain('nmb-recent-news');
    expect(step(/backup codes/).text).toMatch(
      /Each backup code works once; when you have used them all, get a new batch/,
    );
    expect(action.steps.join(' ')).not.toMatch(/Enroll link|Manage PACER Account/);
  });
});

describe('MFA before anything that logs in with the upgraded account', () => {
  it.each([
    [
      'a new account',
      {
        'pacer-account': 'none',
        mfa: undefined,
        linked: undefined,
        'ecf-login': 'known',
        'firm-billing': 'yes',
      },
      [
        'register-pacer-account@pacer',
        'enroll-mfa@pacer',
        'set-up-firm-billing@pacer',
        'link-ecf-account@utd',
      ],
    ],
    [
      'a legacy account',
      { 'account-type': 'legacy', mfa: 'not-enrolled', linked: 'no', 'ecf-login': 'none' },
      ['upgrade-pacer-account@pacer', 'enroll-mfa@pacer', 'request-filing-access@utd'],
    ],
    [
      'an account not known to be upgraded, with troubles',
      {
        'account-type': 'unknown',
        mfa: 'unknown',
        problems: 'menus-limited,update-contact-info,update-secondary-email',
      },
      [
        'check-account-type@pacer',
        'upgrade-pacer-account@pacer',
        'enroll-mfa@pacer',
        'refresh-ecf-menus@utd',
        'update-contact-info@pacer',
        'update-secondary-email@utd',
      ],
    ],
  ])('%s', async (_name, answers, expected) => {
    const plan = await planFor(['utd'], TODAY, { ...READY, ...answers });
    expect(actionKeys(plan)).toEqual(expected);
  });
});

describe('mfa: locked-out', () => {
  it('plans recover-mfa first, and no enrolment', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY,
      mfa: 'locked-out',
      linked: 'no',
      'ecf-login': 'known',
      problems: 'update-contact-info',
    });
    expect(actionKeys(plan)).toEqual([
      'recover-mfa@pacer',
      'link-ecf-account@utd',
      'update-contact-info@pacer',
    ]);
    const recover = actionOf(plan, 'recover-mfa');
    expect(recover.why).toMatch(
      /^You answered "Enrolled, but locked out: no access to my authentication app or backup codes" to "Is your PACER account enrolled in multi-factor authentication\?"\./,
    );
    expect(recover.steps[0]).toMatch(
      /use one of your backup codes instead of the app\. Each code works once\./,
    );
    expect(recover.steps[1]).toMatch(/another authentication app is enrolled on your account/);
    expect(recover.steps).toContainEqual(
      expect.stringMatching(/"Multifactor Authentication \(MFA\) – Logging In" learning aid/),
    );
    // The PACER Service Center is the last resort, and its contact is there.
    expect(recover.steps.at(-2)).toMatch(
      /^If none of these works, contact the PACER Service Center/,
    );
    expect(recover.contacts).toContainEqual(expect.objectContaining({ phone: '800-676-6856' }));
  });

  it("names PACER's learning aid only from azb's notice of March 30, 2026", async () => {
    const answers = { ...READY, mfa: 'locked-out' };
    const before = actionOf(await planFor(['utd'], '2026-03-29', answers), 'recover-mfa');
    const after = actionOf(await planFor(['utd'], '2026-03-30', answers), 'recover-mfa');
    expect(before.steps.join(' ')).not.toMatch(/learning aid/);
    expect(after.steps.join(' ')).toMatch(/learning aid/);
    expect(after.steps).toHaveLength(before.steps.length + 1);
    expect(after.sources).toContain('azb-mfa-learning-aids');
  });

  it('is a value of the question, asked only from May 11, 2025', async () => {
    await expect(
      planFor(['utd'], '2025-05-10', { ...READY, mfa: 'locked-out' }),
    ).resolves.toSatisfy(
      (plan: Awaited<ReturnType<typeof planFor>>) => !('mfa' in plan.answers.filer),
    );
    const plan = await planFor(['utd'], '2025-05-11', { ...READY, mfa: 'locked-out' });
    expect(actionKeys(plan)).toEqual(['recover-mfa@pacer']);
  });
});

describe('dormant accounts and passwords', () => {
  it('reactivate-pacer-account: unused for more than two years, PSC reactivates; inactive search is not that', async () => {
    const plan = await planFor(['utd'], TODAY, { ...READY, problems: 'account-deactivated' });
    expect(actionKeys(plan)).toEqual(['reactivate-pacer-account@pacer']);
    const action = actionOf(plan, 'reactivate-pacer-account');
    expect(action.steps[0]).toBe(
      'PACER deactivates an account that has not been used for more than two years; only the PACER Service Center reactivates it.',
    );
    expect(action.stepSources[0]).toEqual(['pacer-my-account-billing-page-7']);
    expect(action.steps[2]).toMatch(
      /^A Case Search Status of "Inactive" .* is not a deactivated account: it follows six months without searching/,
    );
  });

  it.each([
    ['2025-10-15', false],
    ['2025-10-16', true],
    [TODAY, true],
  ])(
    'reset-pacer-password on %s: self-reset first (%s), PSC as the fallback',
    async (asOf, selfReset) => {
      const plan = await planFor(['utd'], asOf, { ...READY, problems: 'forgot-pacer-password' });
      expect(actionKeys(plan)).toContain('reset-pacer-password@pacer');
      const action = actionOf(plan, 'reset-pacer-password');
      if (selfReset) {
        expect(action.steps[0]).toMatch(
          /^Since October 16, 2025 filers .* can reset their own PACER password, without the PACER Service Center, even when their case search status has gone inactive\./,
        );
        expect(action.stepSources[0]).toEqual([
          'waed-psc-mfa-requests',
          'gasd-mfa-updates',
          'innb-mfa-update',
        ]);
        expect(action.steps.join(' ')).not.toMatch(
          /ask the PACER Service Center to reset the password/,
        );
      } else {
        expect(action.steps[0]).toMatch(/^Go to the PACER login page/);
        expect(action.steps.join(' ')).not.toMatch(/October 16, 2025/);
        expect(action.steps).toContain(
          'If your PACER case search status is inactive, ask the PACER Service Center to reset the password.',
        );
      }
      expect(action.steps.at(-1)).toMatch(/^If that does not work, call the PACER Service Center/);
    },
  );
});

describe('problems: changed-firm', () => {
  it('an attorney: change-firm in PACER, then secondary e-mail in each court', async () => {
    const plan = await planFor(['utd', 'ctd'], TODAY, {
      ...READY,
      'firm-billing': 'yes',
      problems: 'changed-firm,update-contact-info',
    });
    expect(actionKeys(plan)).toEqual([
      'change-firm@pacer',
      'update-secondary-email@utd',
      'update-secondary-email@ctd',
    ]);
    const action = actionOf(plan, 'change-firm');
    expect(action.why).toMatch(/This covers update-contact-info too\.$/);
    const step = (pattern: RegExp) => {
      const index = action.steps.findIndex((text) => pattern.test(text));
      expect(index, `no step matches ${pattern}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    // The notice of change comes before the update, and the "All Cases" warning with it.
    const notice = step(/Notice of Change of Address, Email or Law Firm Name/);
    const update = step(/Update Address Information/);
    const allCases = step(/do not choose "All Cases" if you represented parties at your old firm/);
    expect(notice).toBeLessThan(update);
    expect(update).toBeLessThan(allCases);
    expect(action.stepSources[allCases]).toEqual(['flsd-update-personal-information']);
    // Out of the old firm's PAA, into the new one's.
    expect(action.steps[step(/Remove Your PACER Account from a PAA/)]).toMatch(/old firm/);
    expect(action.steps[step(/join your new firm's PAA/i)]).toMatch(/7-digit PACER account number/);
    expect(actionOf(plan, 'update-secondary-email', 'utd').why).toMatch(
      /^You said "I moved to another law firm \(attorneys\)"\. Secondary e-mail addresses/,
    );
  });

  it('is for attorneys: a pro se filer gets a note and no action', async () => {
    const plan = await planFor(['utd'], TODAY, {
      filer: 'pro-se',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      linked: 'yes',
      bankruptcy: 'no',
      problems: 'changed-firm',
    });
    expect(actionKeys(plan)).toEqual([]);
    expect(plan.notes.map((note) => note.text)).toContainEqual(
      expect.stringMatching(
        /^You said "I moved to another law firm \(attorneys\)", which is for attorneys/,
      ),
    );
  });

  it('someone registering a new account gets a note, not a firm change', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY,
      'pacer-account': 'none',
      mfa: undefined,
      linked: undefined,
      'ecf-login': 'known',
      problems: 'changed-firm',
    });
    expect(actionKeys(plan)).toEqual([
      'register-pacer-account@pacer',
      'enroll-mfa@pacer',
      'link-ecf-account@utd',
    ]);
    expect(plan.notes.map((note) => note.text).join(' ')).toMatch(/give your new firm's address/);
  });
});

const COURTS_OF_APPEALS = [
  'ca1',
  'ca2',
  'ca3',
  'ca4',
  'ca5',
  'ca6',
  'ca7',
  'ca8',
  'ca9',
  'ca10',
  'ca11',
  'cadc',
  'cafc',
];
const APPELLATE_READY = { ...READY, bankruptcy: undefined };

describe('the courts of appeals: secondary e-mail and unlinking', () => {
  it.each(COURTS_OF_APPEALS)('%s: secondary e-mail in PACER, no district steps', async (id) => {
    const plan = await planFor([id], TODAY, {
      ...APPELLATE_READY,
      problems: 'update-secondary-email,unlink',
    });
    expect(actionKeys(plan)).toEqual([`update-secondary-email@${id}`, `unlink-ecf-account@${id}`]);
    const email = actionOf(plan, 'update-secondary-email', id);
    expect(email.why).toMatch(
      /kept with your e-filer account in PACER, not in the court's CM\/ECF/,
    );
    expect(email.steps.join(' ')).not.toMatch(/Maintain Your Account|Email information/);
    expect(email.steps[1]).toMatch(/Manage My Account .* Maintenance tab/);
    // PACER's FAQ says where appellate recipients are added: no hedge (the facts audit).
    expect(email.steps[2]).toMatch(
      /^Click Update E-Filer Email Noticing and Frequency and add the addresses .* 255 characters\.$/,
    );
    expect(email.steps.join(' ')).not.toMatch(/no page found|ask the court/);
    expect(email.stepSources[2]).toContain('pacer-faq-listing-page-10');
    expect(email.contacts.map((contact) => contact.label)).toContain('PACER Service Center (PSC)');

    const unlink = actionOf(plan, 'unlink-ecf-account', id);
    expect(unlink.steps[0]).toMatch(
      /^No published procedure says who undoes a link in a court of appeals/,
    );
    expect(unlink.steps.at(-1)).toBe(
      'Once it is unlinked, link the right CM/ECF account (Utilities, Link my filer account to my PACER account).',
    );
    expect(unlink.contacts.map((contact) => contact.label)).toContain('PACER Service Center (PSC)');
  });

  it('a district court keeps its CM/ECF steps', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY,
      problems: 'update-secondary-email,unlink',
    });
    expect(actionOf(plan, 'update-secondary-email', 'utd').steps.join(' ')).toMatch(
      /Utilities, then Maintain Your Account, then Email information/,
    );
    expect(actionOf(plan, 'unlink-ecf-account', 'utd').steps.at(-1)).toMatch(
      /Link a CM\/ECF account to my PACER account/,
    );
  });
});

describe('ACMS in the courts of appeals', () => {
  const NOT_LINKED = { ...APPELLATE_READY, linked: 'no', 'ecf-login': 'known' };

  it.each([
    ['2021-04-30', 'not-yet', ['link-ecf-account@ca9']],
    ['2021-05-01', 'some-case-types', ['file-in-acms@ca9', 'link-ecf-account@ca9']],
    ['2023-09-30', 'some-case-types', ['file-in-acms@ca9', 'link-ecf-account@ca9']],
    ['2023-10-01', 'all-new-cases', ['file-in-acms@ca9', 'link-ecf-account@ca9']],
    [TODAY, 'all-new-cases', ['file-in-acms@ca9', 'link-ecf-account@ca9']],
  ])('the Ninth Circuit on %s: ACMS %s', async (asOf, status, actions) => {
    const plan = await planFor(['ca9'], asOf, NOT_LINKED);
    expect(plan.courts[0]?.acms?.status).toBe(status);
    expect(actionKeys(plan)).toEqual(actions);
    const link = actionOf(plan, 'link-ecf-account', 'ca9');
    if (status === 'not-yet') {
      expect(link.caveat).toBeUndefined();
      expect(plan.courts[0]?.acms?.summary).toBe(
        'not yet in use on this day (from May 1, 2021: immigration petitions for review)',
      );
      return;
    }
    // Linking is offered only for what stays in CM/ECF, and says so.
    expect(link.caveat).toMatch(/^Only for cases still in CM\/ECF\. Not for those filed in ACMS/);
    expect(link.caveat).toContain('immigration petitions for review opened since May 1, 2021');
    expect(link.why).toMatch(/Linking is only for the cases that stay in CM\/ECF/);
    const file = actionOf(plan, 'file-in-acms', 'ca9');
    if (status === 'all-new-cases') {
      expect(link.caveat).toContain('all new cases opened since October 1, 2023');
      expect(file.why).toBe(
        'The Court of Appeals for the Ninth Circuit opens all new cases in ACMS, its Appellate Case Management System, not in CM/ECF, since October 1, 2023.',
      );
      // What the court does not say is said: an old login never linked, counted as registered?
      expect(file.caveat).toBe(
        'The court does not say whether a CM/ECF login not yet linked to your PACER account counts as registered for ACMS: if ACMS does not let you file, ask the court.',
      );
    } else {
      expect(link.caveat).not.toContain('all new cases');
      expect(file.why).toMatch(/files some case types in ACMS/);
      expect(file.caveat).toMatch(
        /^Only if you file in the case types the court files in ACMS\. The court does not say whether/,
      );
    }
    // The court's own steps: login with PACER at its portal, registration, the older cases.
    expect(file.steps[0]).toMatch(
      /E-Filer Portal, https:\/\/ca9-portal\.powerappsportals\.us, with your PACER username and password/,
    );
    expect(file.steps[2]).toMatch(
      /^If you are already registered to e-file in the Ninth Circuit, nothing more is needed/,
    );
    expect(file.steps[3]).toMatch(
      /^Cases opened in CM\/ECF continue in CM\/ECF unless the court directs otherwise/,
    );
    expect(file.links.map((l) => l.url)).toContain('https://ca9-portal.powerappsportals.us');
  });

  it('the Ninth Circuit on 2023-09-30 and 2023-10-01: the header says which new cases ACMS takes', async () => {
    const before = await planFor(['ca9'], '2023-09-30', NOT_LINKED);
    const after = await planFor(['ca9'], '2023-10-01', NOT_LINKED);
    expect(before.courts[0]?.acms?.summary).toMatch(
      /^some case types are filed in ACMS, other cases in CM\/ECF: immigration petitions for review opened since May 1, 2021;/,
    );
    expect(after.courts[0]?.acms?.summary).toMatch(
      /^all new cases opened since October 1, 2023 are filed in ACMS, and before that some case types were:/,
    );
    expect(after.courts[0]?.acms?.existingCases).toBe(
      'Cases opened in CM/ECF continue in CM/ECF unless the court directs otherwise.',
    );
    expect(after.courts[0]?.acms?.portal).toBe('https://ca9-portal.powerappsportals.us');
  });

  it('a filer already set up in the Ninth Circuit needs nothing more for ACMS', async () => {
    const plan = await planFor(['ca9'], TODAY, APPELLATE_READY);
    expect(plan.status).toBe('ready');
    expect(plan.courts[0]?.acms?.status).toBe('all-new-cases');
    expect(plan.notes.filter((note) => note.text.includes('ACMS'))).toEqual([]);
  });

  it('a new e-filer in the Ninth Circuit registers through PACER, then files in ACMS; no linking', async () => {
    const plan = await planFor(['ca9'], TODAY, {
      ...APPELLATE_READY,
      linked: 'no',
      'ecf-login': 'none',
    });
    expect(actionKeys(plan)).toEqual(['request-filing-access@ca9', 'file-in-acms@ca9']);
    expect(actionOf(plan, 'file-in-acms', 'ca9').caveat).toBeUndefined();
  });

  it.each([
    ['2022-11-30', 'unknown', ['link-ecf-account@ca2']],
    ['2022-12-01', 'some-case-types', ['file-in-acms@ca2', 'link-ecf-account@ca2']],
    ['2023-04-30', 'some-case-types', ['file-in-acms@ca2', 'link-ecf-account@ca2']],
    ['2023-05-01', 'some-case-types', ['file-in-acms@ca2', 'link-ecf-account@ca2']],
  ])('the Second Circuit on %s: ACMS %s, moved by case type', async (asOf, status, actions) => {
    const plan = await planFor(['ca2'], asOf, NOT_LINKED);
    const acms = plan.courts[0]?.acms;
    expect(acms?.status).toBe(status);
    expect(actionKeys(plan)).toEqual(actions);
    const caveat = actionOf(plan, 'link-ecf-account', 'ca2').caveat ?? '';
    expect(caveat).toContain(acms?.inAcms ?? 'nothing');
    const habeas = 'prisoner habeas and civil rights appeals opened since May 1, 2023';
    expect(caveat.includes(habeas)).toBe(asOf >= '2023-05-01');
    if (status === 'unknown')
      expect(caveat).toMatch(
        /possibly petitions for review of Board of Immigration Appeals decisions \(in ACMS by December 1, 2022; since when is not known\)/,
      );
    // The Second Circuit says nothing of cases opened before a move: the output says so.
    expect(acms?.summary).toMatch(
      /What happens to cases opened in CM\/ECF before is not stated in the sources found\.$/,
    );
  });

  it("the Second Circuit's ACMS steps say which case types the sources name, and which they do not", async () => {
    const plan = await planFor(['ca2'], TODAY, NOT_LINKED);
    const file = actionOf(plan, 'file-in-acms', 'ca2');
    expect(file.steps[0]).toMatch(/you log in to it with your PACER username and password/);
    expect(file.steps.join(' ')).toMatch(
      /name prisoner habeas and civil rights appeals opened on or after May 1, 2023, but not the case types added on January 1, 2023/,
    );
    expect(file.steps.at(-1)).toMatch(/not stated in the sources found: ask the court/);
  });

  it.each(COURTS_OF_APPEALS.filter((id) => id !== 'ca2' && id !== 'ca9'))(
    '%s: no public statement found, said in the header; plain CM/ECF linking',
    async (id) => {
      const plan = await planFor([id], TODAY, NOT_LINKED);
      expect(plan.courts[0]?.acms).toMatchObject({
        status: 'no-statement-found',
        checked: '2026-11-23',
        summary:
          'no public statement that this court files cases in ACMS was found (its pages were checked on November 23, 2026)',
      });
      expect(plan.courts[0]?.acms?.sources.length).toBeGreaterThan(0);
      expect(actionKeys(plan)).toEqual([`link-ecf-account@${id}`]);
      expect(actionOf(plan, 'link-ecf-account', id).caveat ?? '').not.toMatch(/ACMS/);
    },
  );

  it('district and bankruptcy courts have no ACMS facts', async () => {
    const plan = await planFor(['utd'], TODAY, READY);
    expect(plan.courts[0]).not.toHaveProperty('acms');
  });
});
