/**
 * Every path in the seed documents, as answers → plan. Each case states exact dates and the
 * exact actions expected; the court facts come from the bundled profiles.
 */
import { describe, expect, it } from 'vitest';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { actionKeys, actionOf, planFor } from '../helpers/plan.js';

const TODAY = '2026-11-22';
const READY = READY_ANSWERS;

describe('a filer with nothing left to do', () => {
  it.each(['ctd', 'prd', 'utd', 'cacd'])(
    'is ready in %s, with reminders only in notes',
    async (court) => {
      const plan = await planFor([court], TODAY, READY);
      expect(plan.status).toBe('ready');
      expect(plan.actions).toEqual([]);
      expect(plan.notes.every((note) => note.sources.length > 0)).toBe(true);
    },
  );
});

describe('Puerto Rico decision tables (seed 001)', () => {
  it('"Do you have an individual PACER account? No" → register, with the seed links', async () => {
    const plan = await planFor(['prd'], TODAY, {
      ...READY,
      'pacer-account': 'none',
      linked: undefined,
      'ecf-login': 'known',
    });
    // MFA before linking: the PACER login that linking needs asks for it.
    expect(actionKeys(plan)).toEqual([
      'register-pacer-account@pacer',
      'enroll-mfa@pacer',
      'link-ecf-account@prd',
    ]);
    const register = actionOf(plan, 'register-pacer-account');
    expect(register.court).toBeNull();
    // Seed 001 starts attorneys at the attorney-filers page; /register-account is "additional information".
    expect(register.links.map((link) => link.url)).toEqual([
      'https://pacer.uscourts.gov/register-account/attorney-filers-cmecf',
      'https://pacer.uscourts.gov/register-account',
    ]);
    expect(register.steps[0]).toMatch(
      /^Go to https:\/\/pacer\.uscourts\.gov\/register-account\/attorney-filers-cmecf/,
    );
    expect(register.sources).toContain('seed-001-prd-nextgen-link-procedure');
  });

  it('"I do not know" → find the username, then recover the password', async () => {
    const plan = await planFor(['prd'], TODAY, {
      ...READY,
      'pacer-account': 'unknown',
      'ecf-login': 'known',
    });
    expect(actionKeys(plan).slice(0, 4)).toEqual([
      'find-pacer-account@pacer',
      'reset-pacer-password@pacer',
      'check-account-type@pacer',
      'upgrade-pacer-account@pacer',
    ]);
    const find = actionOf(plan, 'find-pacer-account');
    expect(find.steps.join(' ')).toContain('https://pacer.login.uscourts.gov/csologin/login.jsf');
    expect(find.steps.join(' ')).toContain('Forgot username?');
    expect(find.steps.join(' ')).toMatch(/first name, last name and date of birth/);
    expect(actionOf(plan, 'reset-pacer-password').caveat).toMatch(/Only if PACER finds an account/);
    expect(actionOf(plan, 'upgrade-pacer-account').caveat).toMatch(/Legacy/);
  });

  it('"Do you have an upgraded PACER account? No" → upgrade, with the learning aid', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, 'account-type': 'legacy' });
    expect(actionKeys(plan)).toEqual(['upgrade-pacer-account@pacer']);
    const upgrade = actionOf(plan, 'upgrade-pacer-account');
    expect(upgrade.caveat).toBeUndefined();
    expect(upgrade.steps.some((step) => step.startsWith('Security:'))).toBe(true);
    expect(upgrade.links[0]?.url).toBe(
      'https://pacer.uscourts.gov/sites/default/files/files/Upgrade_PACER_Account%20-%20Learning%20Aid.pdf',
    );
  });

  it('"Do you have an upgraded PACER account? I do not know" → check, then upgrade only if legacy', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, 'account-type': 'unknown' });
    expect(actionKeys(plan)).toEqual(['check-account-type@pacer', 'upgrade-pacer-account@pacer']);
    expect(actionOf(plan, 'check-account-type').steps.join(' ')).toContain(
      'Manage My Account Login',
    );
  });

  it('"Do you know your current CM/ECF username and password? No" → the court\'s recovery pages', async () => {
    const plan = await planFor(['prd'], TODAY, {
      ...READY,
      linked: 'no',
      'ecf-login': 'forgotten',
    });
    expect(actionKeys(plan)).toEqual(['recover-ecf-login@prd', 'link-ecf-account@prd']);
    const recover = actionOf(plan, 'recover-ecf-login', 'prd');
    expect(recover.links.map((link) => link.url)).toEqual([
      'https://ecf.prd.uscourts.gov/passreset/Username.aspx',
      'https://ecf.prd.uscourts.gov/passreset/',
    ]);
    expect(recover.steps.join(' ')).toMatch(/Federal Bar Number/);
    expect(recover.steps.join(' ')).toMatch(/at least 8 characters/);
    expect(recover.contacts.map((contact) => contact.phone)).toContain('787-772-3449');
  });

  it('"Had you linked ...? No" after November 29, 2021 → link now, with the court\'s steps', async () => {
    const plan = await planFor(['prd'], '2021-11-29', {
      ...READY,
      linked: 'no',
      'ecf-login': 'known',
    });
    expect(actionKeys(plan)).toEqual(['link-ecf-account@prd']);
    const link = actionOf(plan, 'link-ecf-account', 'prd');
    expect(link.notBefore).toBeUndefined();
    expect(link.steps[0]).toBe(
      'Go to https://ecf.prd.uscourts.gov and log in with your individual upgraded PACER username and password.',
    );
    expect(
      link.steps.some((step) =>
        step.startsWith('Verify that the CM/ECF account and PACER account'),
      ),
    ).toBe(true);
  });

  it('before November 29, 2021 → wait, and linking not before that day', async () => {
    const plan = await planFor(['prd'], '2021-11-28', { ...READY, 'ecf-login': 'known' });
    expect(plan.status).toBe('waiting');
    expect(actionKeys(plan)).toEqual(['wait-for-go-live@prd', 'link-ecf-account@prd']);
    expect(actionOf(plan, 'link-ecf-account', 'prd').notBefore).toBe('2021-11-29');
  });

  it('"Had you linked ...? Yes" → ready', async () => {
    const plan = await planFor(['prd'], TODAY, READY);
    expect(plan.status).toBe('ready');
  });

  it('"My PACER account is deactivated" → PSC, with the plain ASCII address', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, problems: ['account-deactivated'] });
    const action = actionOf(plan, 'reactivate-pacer-account');
    expect(action.steps[1]).toContain('pacer@psc.uscourts.gov');
    expect(action.stepSources[1]).toEqual(['seed-001-prd-nextgen-link-procedure']);
    expect(action.contacts).toContainEqual(
      expect.objectContaining({ phone: '800-676-6856', email: 'pacer@psc.uscourts.gov' }),
    );
  });

  it('"my menus are still limited" → clear the cache, the court\'s way', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, problems: ['menus-limited'] });
    const action = actionOf(plan, 'refresh-ecf-menus', 'prd');
    expect(action.steps[0]).toMatch(/Ctrl \+ Shift \+ Delete/);
    expect(action.steps.at(-1)).toMatch(/Open a new web browser/);
  });

  it('"How do I unlink?" → the four court staff and their extensions', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, problems: ['unlink'] });
    const action = actionOf(plan, 'unlink-ecf-account', 'prd');
    const staff = action.contacts.filter((contact) => contact.extension);
    expect(staff.map((contact) => `${contact.name} ${contact.extension}`)).toEqual([
      'Kim Kalife 3085',
      'José Aponte 3079',
      'Diana Villavicencio 3024',
      'Julio Dávila 3087',
    ]);
  });

  it('"How do I update my personal information?" → in PACER, Maintenance', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, problems: ['update-contact-info'] });
    const action = actionOf(plan, 'update-contact-info');
    expect(action.court).toBeNull();
    expect(action.steps.join(' ')).toContain('Maintenance');
    expect(action.links[0]?.url).toBe(
      'https://pacer.uscourts.gov/sites/default/files/files/Maintenance%20Tab%20-%20Learning%20Aid.pdf',
    );
  });

  it('"How do I update secondary e-mail addresses?" → in CM/ECF, per court', async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, problems: ['update-secondary-email'] });
    const action = actionOf(plan, 'update-secondary-email', 'prd');
    expect(action.steps[0]).toContain('https://ecf.prd.uscourts.gov');
    expect(action.steps.join(' ')).toContain('Return to Person Information Screen');
  });

  it('PACER Administrative Account → firm billing, with the seed link', async () => {
    const plan = await planFor(['prd'], TODAY, {
      ...READY,
      'pacer-account': 'none',
      linked: undefined,
      'ecf-login': 'known',
      'firm-billing': 'yes',
    });
    const action = actionOf(plan, 'set-up-firm-billing');
    expect(action.links[0]?.url).toBe(
      'https://pacer.uscourts.gov/my-account-billing/group-billing-access',
    );
  });
});

describe('Connecticut: accounts and CJA (seeds 000, 002)', () => {
  it('a shared account → a new individual account; never upgrade the shared one', async () => {
    const plan = await planFor(['ctd'], TODAY, {
      ...READY,
      'pacer-account': 'shared',
      'ecf-login': 'known',
    });
    expect(actionKeys(plan)[0]).toBe('register-pacer-account@pacer');
    expect(actionOf(plan, 'register-pacer-account').why).toMatch(
      /Shared PACER accounts cannot be used/,
    );
    expect(plan.notes.map((note) => note.text).join(' ')).toMatch(/do not upgrade a shared/);
  });

  it('CJA, registering: the CJA box and the Connecticut jurisdiction are part of registration', async () => {
    const plan = await planFor(['ctd'], TODAY, {
      ...READY,
      'pacer-account': 'none',
      'ecf-login': 'known',
      cja: 'yes',
      'exempt-account': 'no',
    });
    const register = actionOf(plan, 'register-pacer-account');
    expect(register.steps).toContain('Select the CJA Jurisdiction Connecticut.');
    expect(register.sources).toContain('seed-000-ctd-cja-pacer-accounts');
    expect(actionKeys(plan)).not.toContain('add-cja-exemption@ctd');
    expect(actionKeys(plan)).toContain('switch-exemption-status@ctd');
  });

  it('CJA, legacy account: upgrade, then ask PSC for the exemption naming the District of Connecticut', async () => {
    const plan = await planFor(['ctd'], TODAY, {
      ...READY,
      'account-type': 'legacy',
      cja: 'yes',
      'exempt-account': 'no',
      'cja-exemption': 'no',
    });
    expect(actionKeys(plan)).toEqual([
      'upgrade-pacer-account@pacer',
      'add-cja-exemption@ctd',
      'switch-exemption-status@ctd',
    ]);
    const add = actionOf(plan, 'add-cja-exemption', 'ctd');
    expect(add.steps.join(' ')).toContain(
      'the District of Connecticut as the court in which you are appointed to the CJA Panel',
    );
    expect(add.contacts).toContainEqual(
      expect.objectContaining({ email: 'pacer@psc.uscourts.gov' }),
    );
  });

  it("CJA with a separate exempt account → merge it; the switch uses the court's five steps", async () => {
    const plan = await planFor(['ctd'], TODAY, { ...READY, cja: 'yes', 'exempt-account': 'yes' });
    expect(actionKeys(plan)).toEqual(['merge-exempt-account@pacer', 'switch-exemption-status@ctd']);
    const toggle = actionOf(plan, 'switch-exemption-status', 'ctd');
    expect(toggle.steps[2]).toBe('Select Change PACER Exemption Status.');
    expect(toggle.steps.join(' ')).toMatch(/defaults to Not Exempt/);
  });

  it('CJA with everything in place → ready, and the per-session switch is a reminder', async () => {
    const plan = await planFor(['ctd'], TODAY, {
      ...READY,
      cja: 'yes',
      'exempt-account': 'no',
      'cja-exemption': 'yes',
    });
    expect(plan.status).toBe('ready');
    expect(
      plan.notes.some((note) => note.court === 'ctd' && /switch to exempt status/.test(note.text)),
    ).toBe(true);
  });

  it("a forgotten CM/ECF login → contact the Clerk's Office", async () => {
    const plan = await planFor(['ctd'], TODAY, {
      ...READY,
      linked: 'no',
      'ecf-login': 'forgotten',
    });
    const recover = actionOf(plan, 'recover-ecf-login', 'ctd');
    expect(recover.steps.join(' ')).toMatch(/contact the Clerk's Office/);
    // The CM/ECF desks of Bridgeport and Hartford; New Haven's general line is in the court's
    // block, not in a CM/ECF step (the facts audit: help desks first).
    expect(recover.contacts.map((contact) => contact.division)).toEqual(['Bridgeport', 'Hartford']);
  });

  it("before the notice of August 21, 2017: not live; after it, unknown until PACER's feed of 2022-11-27", async () => {
    const answers = { ...READY, linked: undefined, 'ecf-login': 'known' };
    const before = await planFor(['ctd'], '2017-08-01', answers);
    expect(before.courts[0]?.nextGen.status).toBe('not-live');
    // The day after the notice is not when linking opens: only the expected month is known.
    const waiting = actionOf(before, 'link-ecf-account', 'ctd');
    expect(waiting.notBefore).toBeUndefined();
    expect(waiting.notBeforeGoLive).toMatch(/^expected in December 2017, exact day not known/);
    expect(before.status).toBe('waiting');
    expect(actionKeys(before)).toContain('wait-for-go-live@ctd');
    // The prepare-now advice stays: a login kept only in the browser is lost.
    expect(actionOf(before, 'wait-for-go-live', 'ctd').steps.join(' ')).toMatch(
      /Write down your current CM\/ECF username and password now/,
    );

    const between = await planFor(['ctd'], '2019-06-01', { ...answers, linked: 'no' });
    expect(between.courts[0]?.nextGen.status).toBe('unknown');
    const link = actionOf(between, 'link-ecf-account', 'ctd');
    expect(link.notBefore).toBeUndefined();
    expect(link.caveat).toMatch(/go-live day is not known/);
    expect(between.notes.some((note) => /cannot be said/.test(note.text))).toBe(true);
    expect(actionKeys(between)).not.toContain('wait-for-go-live@ctd');

    const after = await planFor(['ctd'], '2022-11-27', { ...answers, linked: 'no' });
    expect(after.courts[0]?.nextGen.status).toBe('live');
    expect(actionOf(after, 'link-ecf-account', 'ctd').caveat).toBeUndefined();
  });
});

describe("Utah: the court's linking steps (seed 003)", () => {
  it("links with the court's own steps, ending with the filing menus", async () => {
    const plan = await planFor(['utd'], TODAY, { ...READY, linked: 'no', 'ecf-login': 'known' });
    const link = actionOf(plan, 'link-ecf-account', 'utd');
    expect(link.steps).toHaveLength(10);
    expect(link.steps[0]).toMatch(/www\.utd\.uscourts\.gov.*https:\/\/ecf\.utd\.uscourts\.gov/);
    expect(link.steps.at(-1)).toMatch(/Civil and Criminal filing menus/);
    expect(link.sources).toContain('seed-003-utd-link-procedure');
  });

  it('goes live between February 1 and 3, 2020, as its sources say: not live before, live on the 3rd', async () => {
    const before = await planFor(['utd'], '2020-01-31', { ...READY, 'ecf-login': 'known' });
    expect(before.courts[0]?.nextGen).toMatchObject({
      status: 'not-live',
      precision: 'window',
      from: '2020-02-01',
      to: '2020-02-03',
    });
    expect(before.courts[0]?.nextGen.goLive).toBe('between February 1, 2020 and February 3, 2020');
    expect(actionOf(before, 'link-ecf-account', 'utd').notBefore).toBe('2020-02-01');
    // On the 2nd the sources cannot say whether it was live: not "not yet on NextGen".
    const between = await planFor(['utd'], '2020-02-02', {
      ...READY,
      linked: 'no',
      'ecf-login': 'known',
    });
    expect(between.courts[0]?.nextGen.status).toBe('unknown');
    expect(actionKeys(between)).not.toContain('wait-for-go-live@utd');
    expect(actionOf(between, 'link-ecf-account', 'utd').caveat).toMatch(/go-live day is not known/);
    const live = await planFor(['utd'], '2020-02-03', {
      ...READY,
      linked: 'no',
      'ecf-login': 'known',
    });
    expect(live.courts[0]?.nextGen.status).toBe('live');
    expect(actionOf(live, 'link-ecf-account', 'utd').notBefore).toBeUndefined();
  });

  it('a forgotten login → contact the court; the login is usually last name and initials', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY,
      linked: 'no',
      'ecf-login': 'forgotten',
    });
    expect(actionOf(plan, 'recover-ecf-login', 'utd').steps.join(' ')).toMatch(/smithcs/);
  });

  it("a new e-filer asks for filing rights, with the court's registration types", async () => {
    const plan = await planFor(['utd'], TODAY, { ...READY, linked: 'no', 'ecf-login': 'none' });
    expect(actionKeys(plan)).toEqual(['request-filing-access@utd']);
    expect(actionOf(plan, 'request-filing-access', 'utd').steps.at(-1)).toMatch(/Pro Hac Vice/);
  });
});

describe('Central District of California (seed 004): before and after February 18, 2020', () => {
  it('before go-live: upgrade by February 17, keep filing, link on the 18th', async () => {
    const plan = await planFor(['cacd'], '2020-01-15', {
      ...READY,
      'account-type': 'legacy',
      'ecf-login': 'forgotten',
    });
    expect(plan.status).toBe('action-needed');
    expect(actionKeys(plan)).toEqual([
      'upgrade-pacer-account@pacer',
      'recover-ecf-login@cacd',
      'wait-for-go-live@cacd',
      'link-ecf-account@cacd',
    ]);
    expect(actionOf(plan, 'upgrade-pacer-account').deadline).toBe('2020-02-17');
    expect(actionOf(plan, 'recover-ecf-login', 'cacd').deadline).toBe('2020-02-17');
    expect(actionOf(plan, 'link-ecf-account', 'cacd').notBefore).toBe('2020-02-18');
    const recover = actionOf(plan, 'recover-ecf-login', 'cacd');
    expect(recover.steps.join(' ')).toContain('ecf-helpdesk@cacd.uscourts.gov');
    expect(recover.links.map((link) => link.url)).toContain(
      'https://www.cacd.uscourts.gov/e-filing/request-cmecf-account',
    );
  });

  it('on go-live day: link now, no deadline', async () => {
    const plan = await planFor(['cacd'], '2020-02-18', {
      ...READY,
      linked: 'no',
      'ecf-login': 'known',
    });
    expect(actionKeys(plan)).toEqual(['link-ecf-account@cacd']);
    expect(actionOf(plan, 'link-ecf-account', 'cacd').notBefore).toBeUndefined();
  });

  it('pro se filers are told how the court grants e-filing permission', async () => {
    const plan = await planFor(['cacd'], TODAY, {
      filer: 'pro-se',
      'pacer-account': 'none',
      'ecf-login': 'none',
      bankruptcy: 'no',
    });
    // The court's permission first (its own steps: form CV-05, then its registration form),
    // after MFA on the new account, which the PACER login of registration asks for.
    expect(actionKeys(plan)).toEqual([
      'register-pacer-account@pacer',
      'enroll-mfa@pacer',
      'get-pro-se-permission@cacd',
      'request-filing-access@cacd',
    ]);
    const permission = actionOf(plan, 'get-pro-se-permission', 'cacd');
    expect(permission.steps.join(' ')).toMatch(/form CV-05/);
    expect(permission.steps.join(' ')).toContain(
      'https://apps.cacd.uscourts.gov/registration/Home/ProseRegistration',
    );
    expect(plan.answers.filer).not.toHaveProperty('cja');
    expect(plan.answers.filer).not.toHaveProperty('firm-billing');
  });

  it('the bankruptcy court is a separate system: link there too', async () => {
    const plan = await planFor(['cacd'], TODAY, { ...READY, bankruptcy: 'yes' });
    const action = actionOf(plan, 'bankruptcy-court-login', 'cacd');
    expect(action.steps[0]).toMatch(/separate e-filing systems/);
    expect(action.steps.join(' ')).toContain('https://ecf.cacb.uscourts.gov');
  });

  it("the MFA action carries the court's MFA FAQ", async () => {
    const plan = await planFor(['cacd'], TODAY, { ...READY, mfa: 'not-enrolled' });
    expect(actionOf(plan, 'enroll-mfa').links.map((link) => link.url)).toContain(
      'https://www.cacd.uscourts.gov/e-filing/pacer-mfa-faqs',
    );
  });
});

describe('multi-factor authentication', () => {
  it('is not asked or planned before enrolment began (2025-05-11)', async () => {
    const plan = await planFor(['utd'], '2025-05-10', { ...READY, mfa: undefined });
    expect(plan.answers.filer).not.toHaveProperty('mfa');
    expect(actionKeys(plan)).not.toContain('enroll-mfa@pacer');
  });

  it('has the December 31, 2025 deadline while it is ahead', async () => {
    const plan = await planFor(['utd'], '2025-06-01', { ...READY, mfa: 'not-enrolled' });
    expect(actionOf(plan, 'enroll-mfa').deadline).toBe('2025-12-31');
  });

  it('is required, with no deadline left, afterwards; "unknown" is conditional', async () => {
    const plan = await planFor(['utd'], TODAY, { ...READY, mfa: 'unknown' });
    const action = actionOf(plan, 'enroll-mfa');
    expect(action.deadline).toBeUndefined();
    // Later notices say to enrol only when prompted: the sign is the login, not a menu link.
    expect(action.caveat).toMatch(/^Only if you are not enrolled: once you are, PACER asks/);
    expect(action.caveat).not.toMatch(/Enroll link/);
  });

  it('is planned for a new account without being asked', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY,
      'pacer-account': 'none',
      mfa: undefined,
      'ecf-login': 'known',
    });
    expect(plan.answers.filer).not.toHaveProperty('mfa');
    expect(actionKeys(plan)).toContain('enroll-mfa@pacer');
  });
});

describe('several courts in one plan', () => {
  it('has PACER-level actions once and court-level actions per court, in dependency order', async () => {
    const plan = await planFor(['ctd', 'utd', 'cacd'], TODAY, {
      ...READY,
      'account-type': 'legacy',
      linked: 'ctd=yes,utd=no,cacd=no',
      'ecf-login': 'utd=known,cacd=forgotten',
      cja: 'utd=yes,ctd=no,cacd=no',
      'exempt-account': 'no',
      'cja-exemption': 'no',
    });
    expect(actionKeys(plan)).toEqual([
      'upgrade-pacer-account@pacer',
      'recover-ecf-login@cacd',
      'link-ecf-account@utd',
      'link-ecf-account@cacd',
      'add-cja-exemption@utd',
      'switch-exemption-status@utd',
    ]);
    expect(plan.courts.map((court) => court.id)).toEqual(['ctd', 'utd', 'cacd']);
    expect(plan.notes.some((note) => /Linking is per court/.test(note.text))).toBe(true);
  });

  it('gives PACER-level preparation the earliest upcoming go-live as its deadline', async () => {
    const plan = await planFor(['prd', 'cacd'], '2020-01-15', {
      ...READY,
      'account-type': 'legacy',
      'ecf-login': 'known',
    });
    expect(actionOf(plan, 'upgrade-pacer-account').deadline).toBe('2020-02-17');
    expect(actionOf(plan, 'link-ecf-account', 'prd').notBefore).toBe('2021-11-29');
  });
});

describe('a court of appeals', () => {
  it('names the linking menu item as appellate CM/ECF does, without the district-court guide', async () => {
    const answers = { ...READY, linked: 'no', 'ecf-login': 'known', bankruptcy: undefined };
    const appellate = actionOf(await planFor(['ca4'], TODAY, answers), 'link-ecf-account', 'ca4');
    expect(appellate.steps).toContain('Click "Link my filer account to my PACER account".');
    expect(appellate.links.map((link) => link.url)).not.toContain(
      'https://pacer.uscourts.gov/sites/default/files/files/Linking_FilingAccount_to_PACER_BKDC.pdf',
    );
    const district = actionOf(
      await planFor(['ctd'], TODAY, { ...answers, bankruptcy: 'no' }),
      'link-ecf-account',
      'ctd',
    );
    expect(district.steps).toContain('Click "Link a CM/ECF account to my PACER account".');
    expect(district.links.map((link) => link.url)).toContain(
      'https://pacer.uscourts.gov/sites/default/files/files/Linking_FilingAccount_to_PACER_BKDC.pdf',
    );
  });
});
