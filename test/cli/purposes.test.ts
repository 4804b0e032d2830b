/**
 * What brings the filer (issue 24), end to end through `check` (text and JSON) and `roster`:
 * each purpose in a court whose profile has its facts and in one that falls back, where the
 * plan says in one line that the court's pages do not say and gives the usual way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { runInProcess } from '../helpers/in-process.js';
import { plannedActionIds, tempDir } from '../helpers/roster-fixtures.js';

const AS_OF = '2026-12-06';

/** `check` in text and in JSON, unattended, for these courts and flags. */
async function check(courts: string, flags: readonly string[], asOf = AS_OF) {
  const args = ['check', '--court', courts, ...flags, '--as-of', asOf, '--no-input'];
  const text = await runInProcess([...args, '--format', 'text'], { columns: 100 });
  const json = await runInProcess([...args, '--format', 'json']);
  expect(text.code, text.stderr).toBe(0);
  expect(json.code, json.stderr).toBe(0);
  return { text: text.stdout, plan: JSON.parse(json.stdout) as Plan };
}

const keys = (plan: Plan) =>
  plan.actions.map((action) => `${action.id}@${action.court ?? 'pacer'}`);
const actionOf = (plan: Plan, court: string | null) =>
  plan.actions.find((action) => action.court === court)!;
/** The text with its lines joined, so a phrase broken across lines is found. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('purpose: proof-of-claim', () => {
  it('a creditor in a court whose ePOC needs no login gets no PACER step at all', async () => {
    // pacer-account none and ecf-login none would register a PACER account and a limited filer
    // for filing in a case; for a proof of claim they are not asked, and given they are dropped.
    const { text, plan } = await check('alsb', [
      '--filer',
      'limited-filer',
      '--purpose',
      'proof-of-claim',
      '--pacer-account',
      'none',
      '--ecf-login',
      'none',
    ]);
    expect(keys(plan)).toEqual(['file-proof-of-claim@alsb']);
    expect(plan.answers.filer).toEqual({ filer: 'limited-filer', purpose: 'proof-of-claim' });
    const action = actionOf(plan, 'alsb');
    expect(action.why).toMatch(/without a login \(ePOC\), so you need no PACER account/);
    expect(action.caveat).toBeUndefined();
    expect(action.links.map((link) => link.url)).toContain(
      'https://ecf.alsb.uscourts.gov/cgi-bin/autoFilingClaims.pl',
    );
    // A claims agent who files many: the court's limited-filer route, from its profile.
    expect(action.steps.at(-1)).toMatch(/claims agent .* may register instead as a limited filer/);
    expect(action.whySources).toContain('alsb-non-attorney-filers');
    expect(flat(text)).toContain(
      'File your proof of claim in the Bankruptcy Court for the Southern',
    );
    expect(text).not.toMatch(/^\s*\d+\. Register/m);
  });

  it('follows a court whose ePOC page was found by search (ctb)', async () => {
    const { plan } = await check('ctb', [
      '--filer',
      'limited-filer',
      '--purpose',
      'proof-of-claim',
    ]);
    const action = actionOf(plan, 'ctb');
    expect(action.caveat).toBeUndefined();
    expect(action.whySources).toEqual(['ctb-epoc']);
    expect(action.links[0]?.url).toBe('https://www.ctb.uscourts.gov/epoc');
  });

  it('says in one line where the court does not say, and gives the usual way', async () => {
    const { text, plan } = await check('akb', [
      '--filer',
      'limited-filer',
      '--purpose',
      'proof-of-claim',
    ]);
    expect(keys(plan)).toEqual(['file-proof-of-claim@akb']);
    const action = actionOf(plan, 'akb');
    expect(action.caveat).toMatch(
      /^The Bankruptcy Court for the District of Alaska's pages were not found to say whether it takes proofs of claim online without a login \(searched December 6, 2026\); the usual way is its electronic proof of claim program \(ePOC\)/,
    );
    expect(action.why).not.toMatch(/no PACER account/);
    expect(flat(text)).toContain('pages were not found to say whether it takes proofs of claim');
  });

  it('is refused for a court that is not a bankruptcy court', async () => {
    const result = await runInProcess([
      'check',
      '--court',
      'ctd',
      '--filer',
      'attorney',
      '--purpose',
      'proof-of-claim',
      '--no-input',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'purpose: proof-of-claim is for bankruptcy courts, and ctd is not one',
    );
  });
});

describe('purpose: notices-only', () => {
  it('a debtor gets DeBN, with the court’s DeBN page where its profile has one', async () => {
    const { text, plan } = await check('alsb,akb', [
      '--filer',
      'pro-se',
      '--purpose',
      'notices-only',
    ]);
    expect(keys(plan)).toEqual(['get-notices@alsb', 'get-notices@akb']);
    const alsb = actionOf(plan, 'alsb');
    expect(alsb.title).toMatch(/\(DeBN\)$/);
    expect(alsb.links.map((link) => link.url)).toContain(
      'https://www.alsb.uscourts.gov/debtor-electronic-bankruptcy-noticing-debn-0',
    );
    expect(alsb.caveat).toBeUndefined();
    expect(alsb.sources).toContain('canb-debn');
    const akb = actionOf(plan, 'akb');
    expect(akb.caveat).toMatch(/not found to say where a debtor asks for DeBN/);
    expect(flat(text)).toContain('Debtor Electronic Noticing Request form');
  });

  it('a creditor gets the national Electronic Bankruptcy Noticing', async () => {
    const { plan } = await check('alsb', ['--filer', 'limited-filer', '--purpose', 'notices-only']);
    const action = actionOf(plan, 'alsb');
    expect(action.title).toMatch(/Electronic Bankruptcy Noticing/);
    expect(action.links.map((link) => link.url)).toContain(
      'https://bankruptcynotices.uscourts.gov/overview',
    );
    expect(action.sources).toEqual(expect.arrayContaining(['bnc-ebn-overview', 'bnc-ebn-faq']));
  });

  it('in a district court: its request form where it has one, else one line and the clerk', async () => {
    const { text, plan } = await check('alnd,ctd', [
      '--filer',
      'pro-se',
      '--purpose',
      'notices-only',
    ]);
    const alnd = actionOf(plan, 'alnd');
    expect(alnd.links[0]?.label).toBe(
      'Request By Non-Prisoner Pro Se Party for Electronic Noticing',
    );
    expect(alnd.caveat).toBeUndefined();
    const ctd = actionOf(plan, 'ctd');
    expect(ctd.title).toMatch(/^Ask the District of Connecticut whether it sends you notices/);
    expect(ctd.caveat).toMatch(
      /^The District of Connecticut's pages were not found to say whether it sends notices of electronic filing/,
    );
    expect(text).toContain('Request By Non-Prisoner Pro Se Party for Electronic Noticing');
  });
});

describe('purpose: renew', () => {
  it('gives the court’s renewal, fee and period from its profile, with its source', async () => {
    const { text, plan } = await check('prd,ctd', ['--filer', 'attorney', '--purpose', 'renew']);
    expect(keys(plan)).toEqual(['renew-admission@prd', 'renew-admission@ctd']);
    const prd = actionOf(plan, 'prd');
    expect(prd.why).toContain(
      'asks its members to renew every year, for $75 per year (as of October 2025)',
    );
    expect(prd.whySources).toContain('prd-bar-renewal-2025');
    expect(prd.steps[0]).toMatch(/^How: .*NextGen CM\/ECF platform/);
    expect(prd.steps[1]).toMatch(
      /^If it lapses: .*"Good Standing" with the District of Puerto Rico\."$/,
    );
    const ctd = actionOf(plan, 'ctd');
    expect(ctd.caveat).toMatch(
      /^The District of Connecticut's pages were not found to say whether its members renew/,
    );
    expect(flat(text)).toContain('$75 per year (as of October 2025)');
  });

  it('sends a bankruptcy court’s attorney to the district court whose bar it uses', async () => {
    const { plan } = await check('alsb', ['--filer', 'attorney', '--purpose', 'renew']);
    const action = actionOf(plan, 'alsb');
    expect(action.title).toMatch(
      /^Renew your membership of the bar of the Southern District of Alabama$/,
    );
    expect(action.why).toMatch(
      /members of the bar of the Southern District of Alabama, so that is where membership is renewed\. The Southern District of Alabama asks its members to renew every 5 years/,
    );
  });

  it('is refused for a filer who is not an attorney', async () => {
    const result = await runInProcess([
      'check',
      '--court',
      'prd',
      '--filer',
      'pro-se',
      '--purpose',
      'renew',
      '--no-input',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('purpose: renew is for attorneys');
  });
});

describe('purpose: name-change', () => {
  it('changes the name once in PACER (Update Personal Information), for every court', async () => {
    const { text, plan } = await check('ctd,prd', [
      '--filer',
      'attorney',
      '--purpose',
      'name-change',
    ]);
    expect(keys(plan)).toEqual(['change-name@pacer']);
    const action = actionOf(plan, null);
    expect(action.why).toContain(
      'choosing the District of Connecticut, the District of Puerto Rico',
    );
    expect(action.steps.join(' ')).toContain('Update Personal Information');
    expect(action.sources).toEqual(
      expect.arrayContaining(['nywb-manage-my-account', 'uscfc-updating-account']),
    );
    expect(flat(text)).toContain('Update Personal Information (name, prefix, suffix)');
  });

  it('in a court not yet on NextGen, the court’s own record too', async () => {
    const { plan } = await check(
      'ctd',
      ['--filer', 'attorney', '--purpose', 'name-change'],
      '2016-06-01',
    );
    const action = actionOf(plan, null);
    expect(action.steps.at(-1)).toMatch(
      /^The District of Connecticut is not yet on NextGen: .*Maintain Your CM\/ECF Account/,
    );
  });
});

describe('purpose: leaving', () => {
  it('withdraws first, then the court’s own way (its rule, its form) or one line', async () => {
    const { text, plan } = await check('lawd,insb,ctd', [
      '--filer',
      'attorney',
      '--purpose',
      'leaving',
    ]);
    expect(keys(plan)).toEqual(['end-efiling@lawd', 'end-efiling@insb', 'end-efiling@ctd']);
    const lawd = actionOf(plan, 'lawd');
    expect(lawd.steps[0]).toMatch(/^First withdraw/);
    expect(lawd.steps.join(' ')).toContain(
      'The Western District of Louisiana\'s rule: "An attorney who has retired',
    );
    expect(lawd.whySources).toEqual(['lawd-renewals']);
    expect(actionOf(plan, 'insb').links[0]?.url).toBe(
      'https://www.insb.uscourts.gov/terminate-limited-user',
    );
    expect(actionOf(plan, 'ctd').caveat).toMatch(
      /^The District of Connecticut's pages were not found to say how a filer ends e-filing there/,
    );
    expect(flat(text)).toContain(
      'Withdraw from your cases, then end e-filing in the Western District',
    );
  });
});

describe('purpose: fee-exemption', () => {
  it('asks the court in its way where its profile has it, else one line and the usual way', async () => {
    const { text, plan } = await check('cob,ctd', [
      '--filer',
      'attorney',
      '--purpose',
      'fee-exemption',
    ]);
    // Nothing else is asked or planned: no PACER account, login, CJA or court questions.
    expect(keys(plan)).toEqual(['ask-fee-exemption@cob', 'ask-fee-exemption@ctd']);
    expect(plan.answers.filer).toEqual({ filer: 'attorney', purpose: 'fee-exemption' });
    const cob = actionOf(plan, 'cob');
    expect(cob.title).toBe(
      'Ask the Bankruptcy Court for the District of Colorado to exempt you from PACER fees',
    );
    expect(cob.caveat).toBeUndefined();
    expect(cob.links.map((link) => link.url)).toEqual([
      'https://www.cob.uscourts.gov/pacer-fee-exemptions',
      'https://pacer.uscourts.gov/my-account-billing/billing/options-access-records-if-you-cannot-afford-pacer-fees',
    ]);
    expect(cob.steps[1]).toMatch(
      /^The Bankruptcy Court for the District of Colorado names as eligible: indigent persons; bankruptcy case trustees; individual researchers/,
    );
    expect(cob.steps[2]).toMatch(
      /^How: "Complete and submit the Fee Exemption Request Form to the Clerk’s Office\..*file a motion for fee exemption in your case\."$/,
    );
    expect(cob.whySources).toEqual(['innb-epa-fee-schedule', 'cob-pacer-fee-exemptions']);
    // Once granted, used as CJA's exemption is: switched on at each login where offered.
    expect(cob.steps.at(-1)).toMatch(
      /^Once it is granted, use it as CJA panel attorneys use theirs: .*Utilities, Change PACER Exemption Status\. .*switch to exempt status in each session of exempt work/,
    );
    expect(cob.sources).toEqual(
      expect.arrayContaining([
        'innb-epa-fee-schedule',
        'pacer-cannot-afford-fees',
        'pamb-epa-exemptions',
        'nvd-cja-exempt-faq',
        'seed-000-ctd-cja-pacer-accounts',
      ]),
    );
    const ctd = actionOf(plan, 'ctd');
    expect(ctd.caveat).toBe(
      "The District of Connecticut's pages were not found to say how to ask it for an exemption from PACER fees; the usual way is a written application to the court, showing that the exemption is necessary to avoid unreasonable burdens and to promote public access to information: confirm with the clerk.",
    );
    expect(ctd.steps[0]).toMatch(/^Ask the court whose records you need/);
    expect(ctd.links.map((link) => link.url)).not.toContain(
      'https://www.cob.uscourts.gov/pacer-fee-exemptions',
    );
    expect(flat(text)).toContain(
      'Ask the Bankruptcy Court for the District of Colorado to exempt you from PACER fees',
    );
    expect(flat(text)).toContain('pro bono attorneys, pro bono alternative dispute resolution');
    expect(flat(text)).toContain(
      "The District of Connecticut's pages were not found to say how to ask it for an exemption from PACER fees",
    );
    expect(text).not.toMatch(/^\s*\d+\. (Register|Link|Have CJA)/m);
  });

  it('gives whom the court names, pro bono attorneys among them, to a self-represented party', async () => {
    const { plan } = await check('pamb', ['--filer', 'pro-se', '--purpose', 'fee-exemption']);
    const action = actionOf(plan, 'pamb');
    expect(action.caveat).toBeUndefined();
    expect(action.steps.join(' ')).toContain(
      'names as eligible: persons who are unable to afford the fees; bankruptcy case trustees; pro bono attorneys;',
    );
    expect(action.steps.join(' ')).toContain('How: "To apply for an exemption, complete the');
  });

  it('is shown on the court’s card', async () => {
    const card = await runInProcess(['courts', 'cob'], { columns: 200 });
    expect(card.code, card.stderr).toBe(0);
    expect(flat(card.stdout)).toMatch(
      /PACER fee exemptions:? .*PACER Fee Exemptions, https:\/\/www\.cob\.uscourts\.gov\/pacer-fee-exemptions; for indigent persons/,
    );
  });
});

describe('purpose through answers files and rosters', () => {
  it('is kept by --save-answers and read back by --answers', async () => {
    const dir = tempDir();
    const saved = join(dir, 'answers.yaml');
    const first = await runInProcess([
      'check',
      '--court',
      'alsb',
      '--filer',
      'limited-filer',
      '--purpose',
      'proof-of-claim',
      '--as-of',
      AS_OF,
      '--no-input',
      '--format',
      'json',
      '--save-answers',
      saved,
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(saved, 'utf8')).toContain('purpose: proof-of-claim');
    const again = await runInProcess([
      'check',
      '--answers',
      saved,
      '--as-of',
      AS_OF,
      '--no-input',
      '--format',
      'json',
    ]);
    expect(again.stdout).toBe(first.stdout);
  });

  it('plans a roster row per purpose, and a row without the column as before', async () => {
    const rows = [
      { name: 'Claims', courts: 'alsb', filer: 'limited-filer', purpose: 'proof-of-claim' },
      { name: 'Debtor', courts: 'akb', filer: 'pro-se', purpose: 'notices-only' },
      { name: 'Renewing', courts: 'prd', filer: 'attorney', purpose: 'renew' },
      { name: 'Renamed', courts: 'ctd', filer: 'attorney', purpose: 'name-change' },
      { name: 'Retiring', courts: 'lawd', filer: 'attorney', purpose: 'leaving' },
      { name: 'Researcher', courts: 'cacb', filer: 'pro-se', purpose: 'fee-exemption' },
      {
        name: 'Filing',
        courts: 'alsb',
        filer: 'limited-filer',
        purpose: '',
        'pacer-account': 'none',
        'ecf-login': 'none',
      },
    ];
    const actions = await plannedActionIds(
      rows.map((row) => ({ 'pacer-account': '', 'ecf-login': '', ...row })),
      AS_OF,
    );
    expect(actions).toEqual({
      Claims: ['file-proof-of-claim'],
      Debtor: ['get-notices'],
      Renewing: ['renew-admission'],
      Renamed: ['change-name'],
      Retiring: ['end-efiling'],
      Researcher: ['ask-fee-exemption'],
      // An empty purpose cell is file-in-case: the PACER account and the limited-filer registration.
      Filing: ['register-pacer-account', 'enroll-mfa', 'register-limited-filer'],
    });
  });
});
