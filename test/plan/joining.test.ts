/**
 * Joining a court with no CM/ECF login there: one scenario per path, with the exact actions,
 * and what each court's own facts change (admission route, pro hac vice order, pro se rules).
 */
import { describe, expect, it } from 'vitest';
import { NEW_HERE_ANSWERS } from '../helpers/fixtures.js';
import type { ResolvedAnswers } from '../../src/plan/answers.js';
import { planCourts } from '../../src/plan/plan.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import type { PlanAction } from '../../src/plan/types.js';
import { actionKeys, actionOf, bundledCatalog, planFor } from '../helpers/plan.js';

const TODAY = '2026-11-22';

/** A filer with an upgraded, MFA-enrolled account and no login in the court. */
const NEW_HERE = NEW_HERE_ANSWERS;
const ATTORNEY = { ...NEW_HERE, filer: 'attorney', 'firm-billing': 'no', cja: 'no' };

const text = (action: PlanAction) => action.steps.join(' ');

/** Answers for one court as resolved ones, unchecked: what the rules do with any answers. */
function resolvedOf(answers: Record<string, string>, court: string): ResolvedAnswers {
  const resolved = { filer: {} as Record<string, string>, courts: { [court]: {} } };
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (question.scope === 'filer') resolved.filer[question.id] = value;
    else (resolved.courts[court] as Record<string, string>)[question.id] = value;
  }
  return resolved;
}

describe('an attorney new to a court', () => {
  it.each([
    // court, admission, expected actions
    ['utd', 'admitted', ['request-filing-access@utd']],
    ['ctd', 'not-admitted', ['apply-for-admission@ctd']],
    ['gand', 'pro-hac-vice', ['register-pro-hac-vice@gand']],
    ['ord', 'federal-attorney', ['register-federal-attorney@ord']],
    ['njd', 'pro-hac-vice', ['file-without-efiling@njd']],
  ])('%s, admission %s → %j', async (court, admission, expected) => {
    const plan = await planFor([court], TODAY, { ...ATTORNEY, admission, bankruptcy: 'no' });
    expect(actionKeys(plan)).toEqual(expected);
  });

  it('admitted: E-File Registration Only, from the Maintenance tab, and never a second login', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...ATTORNEY,
      admission: 'admitted',
      bankruptcy: 'no',
    });
    const register = actionOf(plan, 'request-filing-access', 'utd');
    expect(register.steps[0]).toMatch(/^Log in to Manage My Account/);
    expect(register.steps[1]).toBe('Open the Maintenance tab.');
    expect(text(register)).toMatch(/then E-File Registration Only/);
    expect(text(register)).toMatch(/do not register: courts reject such requests/);
    // Utah's pages were not found to say whether it adds a form or training: said, in one line.
    expect(register.caveat).toMatch(
      /^The District of Utah's pages were not found to say whether it adds anything .*; the usual way is PACER's e-file registration alone: confirm with the clerk\.$/,
    );
  });

  it("not admitted: the court's route, through PACER, its own form, or CM/ECF after PACER", async () => {
    const answers = { ...ATTORNEY, admission: 'not-admitted', bankruptcy: 'no' };
    const ctd = actionOf(await planFor(['ctd'], TODAY, answers), 'apply-for-admission', 'ctd');
    expect(ctd.title).toBe(
      'Apply for admission to the bar of the District of Connecticut through PACER',
    );
    expect(text(ctd)).toMatch(/then Attorney Admissions and E-File/);
    expect(ctd.steps.at(-1)).toMatch(/appear in person/); // ctd's own ceremony
    expect(ctd.caveat).toBeUndefined();
    expect(ctd.whySources).toContain('ctd-how-apply-admission');

    const cacd = actionOf(await planFor(['cacd'], TODAY, answers), 'apply-for-admission', 'cacd');
    expect(cacd.title).toMatch(/the court's own way/);
    expect(text(cacd)).toContain(
      'https://apps.cacd.uscourts.gov/registration/Home/NewAttorneyRegistration',
    );
    expect(text(cacd)).not.toMatch(/Maintenance tab/);

    const cand = actionOf(await planFor(['cand'], TODAY, answers), 'apply-for-admission', 'cand');
    expect(cand.title).toMatch(/then apply for admission in its CM\/ECF/);
    expect(text(cand)).toMatch(/Petition for Bar Membership/);

    const ca9 = await planFor(['ca9'], TODAY, { ...answers, bankruptcy: undefined });
    expect(text(actionOf(ca9, 'apply-for-admission', 'ca9'))).toMatch(/Utilities, Bar Admission/);
  });

  it('not admitted where the route is not known: PACER steps as the usual way, and says so', async () => {
    const vtd = actionOf(
      await planFor(['vtd'], TODAY, { ...ATTORNEY, admission: 'not-admitted', bankruptcy: 'no' }),
      'apply-for-admission',
      'vtd',
    );
    expect(vtd.caveat).toBe(
      "The District of Vermont's pages were not found to say how it takes applications for admission (searched December 6, 2026); the usual way is PACER's Attorney Admissions/E-File Registration: confirm with the clerk.",
    );
    expect(text(vtd)).toMatch(/then Attorney Admissions and E-File/);
  });

  it("not admitted in Puerto Rico: the court's own bar examination, not PACER's form", async () => {
    const prd = actionOf(
      await planFor(['prd'], TODAY, { ...ATTORNEY, admission: 'not-admitted', bankruptcy: 'no' }),
      'apply-for-admission',
      'prd',
    );
    expect(prd.title).toMatch(/the court's own way/);
    expect(text(prd)).toMatch(/the court's own bar examination/);
    expect(text(prd)).not.toMatch(/Attorney Admissions and E-File/);
    expect(prd.caveat).toBeUndefined();
  });

  it.each([
    ['gand', /^First the motion or application to appear pro hac vice is filed/, 0],
    ['oknd', /^First the motion to appear pro hac vice is filed in the case; you need not wait/, 0],
    ['laed', /^Make the PACER request below together with the motion/, 0],
  ])("pro hac vice in %s: the court's order of steps comes first", async (court, first, at) => {
    const plan = await planFor([court], TODAY, {
      ...ATTORNEY,
      admission: 'pro-hac-vice',
      bankruptcy: 'no',
    });
    const register = actionOf(plan, 'register-pro-hac-vice', court);
    expect(register.steps[at]).toMatch(first);
    // Then PACER: the court's requirement comes before logging in.
    expect(
      register.steps.findIndex((step) => step.startsWith('Log in to Manage My Account')),
    ).toBeGreaterThan(at);
    expect(text(register)).toMatch(/then Pro Hac Vice/);
    expect(register.caveat).toBeUndefined();
  });

  it('pro hac vice, PACER first (E.D.N.Y.): the motion is your own, after the account', async () => {
    const plan = await planFor(['nyed'], TODAY, {
      ...ATTORNEY,
      admission: 'pro-hac-vice',
      bankruptcy: 'no',
    });
    const register = actionOf(plan, 'register-pro-hac-vice', 'nyed');
    expect(register.steps.at(-1)).toMatch(/file your own motion to appear pro hac vice/);
  });

  it('pro hac vice where the court allows no e-filing (D.N.J.): local counsel files', async () => {
    const plan = await planFor(['njd'], TODAY, {
      ...ATTORNEY,
      admission: 'pro-hac-vice',
      bankruptcy: 'no',
    });
    const action = actionOf(plan, 'file-without-efiling', 'njd');
    expect(action.title).toBe('Appear pro hac vice in the District of New Jersey without e-filing');
    expect(action.steps[0]).toMatch(/local counsel registered there files for you/);
    expect(action.sources).toContain('njd-ecf-registration');
  });

  it('pro hac vice where the order is not known: says so', async () => {
    const plan = await planFor(['prd'], TODAY, {
      ...ATTORNEY,
      admission: 'pro-hac-vice',
      bankruptcy: 'no',
    });
    expect(actionOf(plan, 'register-pro-hac-vice', 'prd').caveat).toMatch(
      /^The District of Puerto Rico's (own )?pages were not found to say (whether the order admitting you pro hac vice must come before the PACER request|how it admits attorneys pro hac vice)/,
    );
  });

  it("a federal attorney in C.D. Cal. is told of the court's own form first", async () => {
    const plan = await planFor(['cacd'], TODAY, {
      ...ATTORNEY,
      admission: 'federal-attorney',
      bankruptcy: 'no',
    });
    const register = actionOf(plan, 'register-federal-attorney', 'cacd');
    expect(register.steps[2]).toMatch(/without being admitted and without the admission fee/);
    expect(text(register)).toMatch(/then Federal Attorney/);
  });

  it('an old answers file with no admission answer still plans: every registration type, and a caveat', async () => {
    const plan = await planFor(['ctd'], TODAY, { ...ATTORNEY, bankruptcy: 'no' });
    const register = actionOf(plan, 'request-filing-access', 'ctd');
    expect(text(register)).toMatch(/Attorney Admissions and E-File .* Federal Attorney/);
    expect(register.caveat).toMatch(/^Answer admission/);
  });

  it('an attorney who had a login there links, and is not asked how they come to the court', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...ATTORNEY,
      'ecf-login': 'known',
      bankruptcy: 'no',
    });
    expect(actionKeys(plan)).toEqual(['link-ecf-account@utd']);
    expect(plan.answers.courts.utd).not.toHaveProperty('admission');
  });

  it('before the go-live: registration through PACER opens with the court', async () => {
    const plan = await planFor(['utd'], '2020-01-15', {
      ...ATTORNEY,
      mfa: undefined,
      linked: undefined,
      admission: 'admitted',
      bankruptcy: 'no',
    });
    const register = actionOf(plan, 'request-filing-access', 'utd');
    expect(register.notBefore).toBe('2020-02-01');
    expect(register.why).toMatch(/until then, ask the court how to register/);
  });
});

describe('a self-represented party new to a court', () => {
  const PRO_SE = { ...NEW_HERE, filer: 'pro-se', bankruptcy: 'no' };

  it.each([
    ['mad', ['get-pro-se-permission@mad', 'request-filing-access@mad']],
    ['cand', ['request-filing-access@cand']],
    ['kywb', ['file-without-efiling@kywb']],
    ['prd', ['get-pro-se-permission@prd', 'request-filing-access@prd']],
  ])('%s → %j', async (court, expected) => {
    const plan = await planFor([court], TODAY, {
      ...PRO_SE,
      ...(court === 'kywb' ? { bankruptcy: undefined } : {}),
    });
    expect(actionKeys(plan)).toEqual(expected);
  });

  it("registers as a non-attorney (Role in Court: Party), after the court's permission", async () => {
    const plan = await planFor(['mad'], TODAY, PRO_SE);
    expect(actionOf(plan, 'get-pro-se-permission', 'mad').caveat).toBeUndefined();
    const register = actionOf(plan, 'request-filing-access', 'mad');
    expect(register.title).toMatch(/Non-Attorney E-File Registration/);
    expect(text(register)).toMatch(/As Role in Court choose Party/);
    expect(register.why).toMatch(/once the court has given permission/);
  });
});

describe('filing agents and limited filers', () => {
  it('a filing agent in a bankruptcy court: own account, role Filing Agent, then the attorney adds them', async () => {
    const plan = await planFor(['alsb'], TODAY, { ...NEW_HERE, filer: 'filing-agent' });
    expect(actionKeys(plan)).toEqual(['register-filing-agent@alsb']);
    const register = actionOf(plan, 'register-filing-agent', 'alsb');
    expect(text(register)).toMatch(/choose Filing Agent as Role in Court/);
    expect(text(register)).toMatch(/Maintain Your ECF Account, More User Information/);
    expect(register.caveat).toBeUndefined();
  });

  it('a filing agent in a district court: the same steps, and a caveat that courts differ', async () => {
    const plan = await planFor(['ctd'], TODAY, {
      ...NEW_HERE,
      filer: 'filing-agent',
      bankruptcy: 'no',
    });
    expect(actionOf(plan, 'register-filing-agent', 'ctd').caveat).toMatch(
      /^The District of Connecticut's pages were not found to say whether it accepts filing agents; the usual way is PACER's Non-Attorney E-File Registration as Filing Agent/,
    );
  });

  it('a limited filer in a bankruptcy court registers as a creditor; in a district court, nothing is invented', async () => {
    const nhb = await planFor(['nhb'], TODAY, { ...NEW_HERE, filer: 'limited-filer' });
    expect(actionKeys(nhb)).toEqual(['register-limited-filer@nhb']);
    expect(text(actionOf(nhb, 'register-limited-filer', 'nhb'))).toMatch(/choose Creditor/);
    // check and roster refuse these answers (a conflict); the rules, given them anyway, plan
    // nothing for the court and say why.
    const answers = { ...NEW_HERE, filer: 'limited-filer', bankruptcy: 'no' };
    await expect(planFor(['ctd'], TODAY, answers)).rejects.toThrow(
      /limited-filer is for bankruptcy courts/,
    );
    const ctd = planCourts(await bundledCatalog(), ['ctd'], resolvedOf(answers, 'ctd'), TODAY);
    expect(actionKeys(ctd)).toEqual([]);
    expect(ctd.notes.map((note) => note.text).join(' ')).toMatch(
      /Limited \(creditor\) filing accounts are for bankruptcy courts/,
    );
  });

  it('is not asked about CJA, firm billing or admission', async () => {
    const plan = await planFor(['alsb'], TODAY, { ...NEW_HERE, filer: 'filing-agent' });
    expect(plan.answers.filer).not.toHaveProperty('firm-billing');
    expect(plan.answers.courts.alsb).not.toHaveProperty('cja');
    expect(plan.answers.courts.alsb).not.toHaveProperty('admission');
  });
});

describe('staff in a court that does not accept filing agents', () => {
  it('get no filing-agent registration: the attorney files, with their own login', async () => {
    const catalog = await bundledCatalog();
    const alsb = catalog.courts.get('alsb')!;
    const refusing = {
      ...alsb,
      joining: {
        ...alsb.joining,
        filingAgents: { accepted: false, source: 'alsb-nextgen-cmecf' },
      },
    };
    const courts = new Map(catalog.courts).set('alsb', refusing);
    const answers = { ...NEW_HERE, filer: 'filing-agent' };
    const plan = planCourts({ ...catalog, courts }, ['alsb'], resolvedOf(answers, 'alsb'), TODAY);
    expect(actionKeys(plan)).toEqual(['file-without-efiling@alsb']);
    const action = actionOf(plan, 'file-without-efiling', 'alsb');
    expect(action.why).toMatch(/does not accept filing agents, so the attorney files/);
    expect(text(action)).toMatch(/Staff never file with the attorney's login/);
    // Where the court accepts them (alsb's own profile), the registration as before.
    const accepting = planCourts(catalog, ['alsb'], resolvedOf(answers, 'alsb'), TODAY);
    expect(actionKeys(accepting)).toEqual(['register-filing-agent@alsb']);
  });
});
