/**
 * Issue 23: every court's own way in. Over the whole catalogue, the plan follows what each
 * court's profile says of its rules (no pro hac vice where it has none, the district's bar
 * where a bankruptcy court uses it, no e-filing registration for a pro se party where it is not
 * allowed), and every joining action rests on the court's own page or says in words that the
 * court's rule is unknown. Then the 24 courts of the study of December 2026
 * (shared/research/court-depth-sample.md), each with what its pages say.
 */
import { describe, expect, it } from 'vitest';
import { NEW_HERE_ANSWERS } from '../helpers/fixtures.js';
import { REGISTRATIONS } from '../helpers/invariants.js';
import { knownFact } from '../../src/profile/facts.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import type { Plan, PlanAction } from '../../src/plan/types.js';
import { actionKeys, actionOf, bundledCatalog, planFor } from '../helpers/plan.js';

const TODAY = '2026-12-06';
const catalog = await bundledCatalog();
const courts = [...catalog.courts.values()];
const NEW_HERE = NEW_HERE_ANSWERS;
const ATTORNEY = { ...NEW_HERE, filer: 'attorney', 'firm-billing': 'no', cja: 'no' };
const bankruptcyAnswer = (court: CourtProfile) =>
  court.type === 'district' ? { bankruptcy: 'no' } : {};
const text = (action: PlanAction) => [action.title, action.why, ...action.steps].join(' ');

const JOINING = new Set<string>(REGISTRATIONS);

/** Every joining plan of a court: each way an attorney comes to it, a pro se party, staff. */
async function joiningPlans(court: CourtProfile): Promise<Plan[]> {
  const base = bankruptcyAnswer(court);
  const sets: Record<string, unknown>[] = [
    ...['admitted', 'not-admitted', 'pro-hac-vice', 'federal-attorney'].map((admission) => ({
      ...ATTORNEY,
      ...base,
      admission,
    })),
    { ...NEW_HERE, ...base, filer: 'pro-se' },
    { ...NEW_HERE, ...base, filer: 'filing-agent' },
  ];
  if (court.type === 'bankruptcy') sets.push({ ...NEW_HERE, filer: 'limited-filer' });
  return Promise.all(sets.map((answers) => planFor([court.id], TODAY, answers)));
}

/** The hosts of a court's own site: its website's and those naming its id (ecf., www., coop.). */
function ownSite(court: CourtProfile, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const website = court.website ? new URL(court.website.url).hostname.toLowerCase() : undefined;
  // Some courts of a state share a domain: www.id.uscourts.gov for idd and idb.
  const labels = host.split('.');
  return host === website || labels.includes(court.id) || labels.includes(court.id.slice(0, -1));
}

/** A court page or notice the court itself published (a shared state host, say). */
function publishedBy(court: CourtProfile, kind: string, publisher: string): boolean {
  if (kind !== 'court-page' && kind !== 'court-notice') return false;
  const place = court.jurisdiction ?? (court.shortName ?? court.name).replace(/^.* for the /, '');
  const level =
    court.type === 'bankruptcy'
      ? /Bankruptcy/
      : court.type === 'district'
        ? /District Court/
        : /Appeals/;
  return publisher.includes(place) && level.test(publisher);
}

const plansByCourt = new Map(
  await Promise.all(courts.map(async (court) => [court.id, await joiningPlans(court)] as const)),
);

describe('every court, as its profile says', () => {
  it('no plan offers pro hac vice where the court admits none', () => {
    const none = courts.filter((court) => knownFact(court.joining.proHacVice)?.available === false);
    expect(none.map((court) => court.id)).toEqual(expect.arrayContaining(['ca4', 'nmd']));
    for (const court of none)
      for (const plan of plansByCourt.get(court.id) ?? [])
        expect(actionKeys(plan), court.id).not.toContain(`register-pro-hac-vice@${court.id}`);
  });

  it("no plan names a bankruptcy court's own bar where it uses its district's", () => {
    const pointing = courts.filter((court) => {
      const bar = knownFact(court.joining.bar);
      return court.type === 'bankruptcy' && bar !== undefined && bar.court !== court.id;
    });
    expect(pointing.length).toBeGreaterThan(40);
    for (const court of pointing) {
      const district = catalog.courts.get(knownFact(court.joining.bar)?.court ?? '');
      for (const plan of plansByCourt.get(court.id) ?? []) {
        const apply = plan.actions.find((action) => action.id === 'apply-for-admission');
        if (!apply) continue;
        expect(apply.title, court.id).not.toContain(court.shortName ?? court.name);
        expect(apply.title, court.id).toContain(district?.shortName ?? '');
      }
    }
  });

  it('no e-filing registration for a pro se party where the court does not allow it', () => {
    const notAllowed = courts.filter(
      (court) => knownFact(court.joining.proSe)?.efiling === 'not-allowed',
    );
    expect(notAllowed.length).toBeGreaterThan(10);
    for (const court of notAllowed) {
      const plan = (plansByCourt.get(court.id) ?? [])[4] as Plan;
      expect(plan.answers.filer.filer).toBe('pro-se');
      expect(actionKeys(plan), court.id).toEqual([`file-without-efiling@${court.id}`]);
    }
  });

  it("every joining action rests on the court's own page, or the plan says the court's rule is unknown", () => {
    const bare: string[] = [];
    for (const court of courts) {
      for (const plan of plansByCourt.get(court.id) ?? []) {
        const joining = plan.actions.filter((each) => JOINING.has(each.id));
        // Said once per plan: "the X's pages were not found to say ..." or "own pages were not".
        const said = joining.some((each) => /pages were not found to say/.test(each.caveat ?? ''));
        for (const action of joining) {
          const own = action.sources.some((id) => {
            const entry = catalog.sources.get(id);
            if (!entry?.url) return false;
            const bar = knownFact(court.joining.bar)?.court;
            const admitting = bar ? catalog.courts.get(bar) : undefined;
            return [court, admitting].some(
              (each) =>
                each !== undefined &&
                (ownSite(each, entry.url ?? '') || publishedBy(each, entry.kind, entry.publisher)),
            );
          });
          if (!own && !said) bare.push(`${court.id} ${action.id}: ${action.sources.join(' ')}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it('never says "nextgen-ready does not know": a court not found to say it is named as such', () => {
    for (const plans of plansByCourt.values())
      for (const plan of plans)
        for (const action of plan.actions)
          expect(action.caveat ?? '').not.toMatch(/nextgen-ready does not know/);
  });
});

const attorney = (court: string, admission: string) =>
  planFor([court], TODAY, {
    ...ATTORNEY,
    ...bankruptcyAnswer(catalog.courts.get(court) as CourtProfile),
    admission,
  });
const proSe = (court: string) =>
  planFor([court], TODAY, {
    ...NEW_HERE,
    ...bankruptcyAnswer(catalog.courts.get(court) as CourtProfile),
    filer: 'pro-se',
  });

describe('the 24 courts of the study, as their pages say', () => {
  it("prd: its own bar examination, not PACER's admission; a $75 yearly renewal", async () => {
    const apply = actionOf(await attorney('prd', 'not-admitted'), 'apply-for-admission', 'prd');
    expect(text(apply)).toMatch(/the court's own bar examination/);
    expect(text(apply)).toMatch(/renewed every year, for \$75 per year \(as of October 2025\)/);
    expect(text(apply)).not.toMatch(/Attorney Admissions and E-File/);
  });

  it('alnd: its request for electronic noticing by a pro se party, the rest not found', () => {
    const alnd = catalog.courts.get('alnd') as CourtProfile;
    expect(knownFact(alnd.joining.noticing)?.request?.label).toBe(
      'Request By Non-Prisoner Pro Se Party for Electronic Noticing',
    );
    expect(alnd.joining.admission).toMatchObject({ notPublished: '2026-12-06' });
  });

  it('vtd: on NextGen from June 7, 2021', () => {
    const goLive = catalog.courts.get('vtd')?.nextGen.goLive;
    expect(goLive?.precision === 'day' && goLive.date).toBe('2021-06-07');
  });

  it('wvsd: a Statement of Visiting Attorney with a sponsor, $50 per appearance, not a motion', async () => {
    const register = actionOf(
      await attorney('wvsd', 'pro-hac-vice'),
      'register-pro-hac-vice',
      'wvsd',
    );
    expect(text(register)).toMatch(
      /statement of a visiting attorney, filed with a sponsoring member/,
    );
    expect(text(register)).toMatch(/\$50 per case \(as of/);
    expect(text(register)).toMatch(/You need local counsel/);
  });

  it("txnd: its own paper application (sponsor, notary, a judge's approval, the oath); the Justice Department's attorneys excepted", async () => {
    const apply = actionOf(await attorney('txnd', 'not-admitted'), 'apply-for-admission', 'txnd');
    expect(apply.title).toMatch(/the court's own way/);
    expect(text(apply)).toMatch(
      /a sponsoring member of its bar.*signed before a notary.*a judge's approval.*the oath, taken in person/,
    );
    const federal = actionOf(
      await attorney('txnd', 'federal-attorney'),
      'register-federal-attorney',
      'txnd',
    );
    expect(federal.why).toMatch(/appear without admission to its bar \(LR 83\.11/);
  });

  it('tnwd: nothing found, and every joining plan says so', async () => {
    const apply = actionOf(await attorney('tnwd', 'not-admitted'), 'apply-for-admission', 'tnwd');
    expect(apply.caveat).toMatch(
      /Western District of Tennessee's pages were not found to say how it takes applications/,
    );
  });

  it('wiwd: admission through PACER, $238; pro hac vice PACER first, $100; pro se by the PACER request', async () => {
    const apply = actionOf(await attorney('wiwd', 'not-admitted'), 'apply-for-admission', 'wiwd');
    expect(text(apply)).toMatch(/The admission fee is \$238 \(as of/);
    const phv = actionOf(await attorney('wiwd', 'pro-hac-vice'), 'register-pro-hac-vice', 'wiwd');
    expect(text(phv)).toMatch(/file your own motion to appear pro hac vice/);
    expect(text(phv)).toMatch(/\$100/);
    const party = await proSe('wiwd');
    expect(actionKeys(party)).toEqual(['request-filing-access@wiwd']);
    expect(actionOf(party, 'request-filing-access', 'wiwd').why).toMatch(
      /the request itself is how you ask the court/,
    );
  });

  it('gud: its training and registration besides PACER; on NextGen from December 14, 2019', async () => {
    const register = actionOf(await attorney('gud', 'admitted'), 'request-filing-access', 'gud');
    expect(text(register)).toMatch(/complete its CM\/ECF training/);
    const goLive = catalog.courts.get('gud')?.nextGen.goLive;
    expect(goLive?.precision === 'day' && goLive.date).toBe('2019-12-14');
  });

  it("nhb: the court's limited-user form and PACER", async () => {
    const plan = await planFor(['nhb'], TODAY, { ...NEW_HERE, filer: 'limited-filer' });
    expect(text(actionOf(plan, 'register-limited-filer', 'nhb'))).toMatch(
      /court’s own limited-filer form.*besides the PACER request/,
    );
  });

  it("utb: the District of Utah's bar, then its own registration; the help desk of 2025", async () => {
    const plan = await attorney('utb', 'not-admitted');
    expect(actionOf(plan, 'apply-for-admission', 'utb').title).toMatch(
      /bar of the District of Utah/,
    );
    expect(actionKeys(plan)).toEqual(['apply-for-admission@utb', 'request-filing-access@utb']);
    expect(catalog.courts.get('utb')?.helpDesks.map((desk) => desk.phone)).toContain(
      '801-450-3443',
    );
  });

  it("flsb: no bankruptcy bar (the Southern District of Florida's), a local form, CMECF_support@", async () => {
    const plan = await attorney('flsb', 'not-admitted');
    expect(actionOf(plan, 'apply-for-admission', 'flsb').title).toMatch(
      /Southern District of Florida/,
    );
    expect(actionOf(plan, 'apply-for-admission', 'flsb').title).not.toMatch(/Bankruptcy Court/);
    expect(text(actionOf(plan, 'request-filing-access', 'flsb'))).toMatch(
      /its own registration form/,
    );
  });

  it('nyeb: its document upload and eSR for parties without an attorney; live from January 19, 2021', async () => {
    const steps = text(actionOf(await proSe('nyeb'), 'get-pro-se-permission', 'nyeb'));
    expect(steps).toMatch(/Pro Se Document Upload/);
    expect(steps).toMatch(/eSR Electronic Self-Representation/);
  });

  it('pawb: its Electronic Document Submission System and ePOC page', () => {
    const pawb = catalog.courts.get('pawb') as CourtProfile;
    expect(pawb.joining.filingAlternatives?.map((each) => each.label)).toContain(
      'Electronic Document Submission System',
    );
    expect(knownFact(pawb.joining.proofOfClaim)?.epoc?.url).toBe(
      'https://www.pawb.uscourts.gov/filing-proof-claim',
    );
  });

  it("mdb: the District of Maryland's bar; pro hac vice with local counsel and a $100 fee; filing agents accepted", async () => {
    expect(
      actionOf(await attorney('mdb', 'not-admitted'), 'apply-for-admission', 'mdb').title,
    ).toMatch(/District of Maryland/);
    const phv = actionOf(await attorney('mdb', 'pro-hac-vice'), 'register-pro-hac-vice', 'mdb');
    expect(text(phv)).toMatch(/You need local counsel/);
    expect(text(phv)).toMatch(/\$100/);
    expect(knownFact(catalog.courts.get('mdb')?.joining.filingAgents)?.accepted).toBe(true);
  });

  it("iasb: the Southern District of Iowa's bar; filing agents and creditors through PACER", async () => {
    expect(
      actionOf(await attorney('iasb', 'not-admitted'), 'apply-for-admission', 'iasb').title,
    ).toMatch(/Southern District of Iowa/);
    const iasb = catalog.courts.get('iasb') as CourtProfile;
    expect(knownFact(iasb.joining.limitedFilers)?.route).toBe('pacer');
    expect(knownFact(iasb.joining.filingAgents)?.accepted).toBe(true);
  });

  it("dcb: the District of Columbia's bar (its FAQ, found since the study), no bar of its own; its ECF help desk", async () => {
    const apply = actionOf(await attorney('dcb', 'not-admitted'), 'apply-for-admission', 'dcb');
    expect(apply.title).toMatch(/District of Columbia/);
    expect(apply.title).not.toMatch(/Bankruptcy Court/);
    expect(apply.caveat ?? '').not.toMatch(/were not found to say whose bar/);
    expect(apply.sources).toContain('dcb-faq');
    expect(catalog.courts.get('dcb')?.helpDesks.map((desk) => desk.phone)).toContain(
      '202-354-3281',
    );
  });

  it('ca3: a pro se party with an open case e-files without asking permission first', async () => {
    expect(actionKeys(await proSe('ca3'))).toEqual(['request-filing-access@ca3']);
  });

  it('ca4: no pro hac vice (admission instead), PACER then CM/ECF, $216; pro se by the PACER request', async () => {
    const plan = await attorney('ca4', 'pro-hac-vice');
    expect(actionKeys(plan)).toEqual(['apply-for-admission@ca4']);
    const apply = actionOf(plan, 'apply-for-admission', 'ca4');
    expect(apply.why).toMatch(/does not admit attorneys pro hac vice/);
    expect(apply.title).toMatch(/then apply for admission in its CM\/ECF/);
    expect(text(apply)).toMatch(/\$216/);
    expect(actionKeys(await proSe('ca4'))).toEqual(['request-filing-access@ca4']);
  });

  it('ca8: its admission route not found, said so', async () => {
    expect(
      actionOf(await attorney('ca8', 'not-admitted'), 'apply-for-admission', 'ca8').caveat,
    ).toMatch(/Eighth Circuit's pages were not found to say how it takes applications/);
  });

  it('cadc: PACER e-filer registration, then the application in CM/ECF', async () => {
    expect(
      actionOf(await attorney('cadc', 'not-admitted'), 'apply-for-admission', 'cadc').title,
    ).toMatch(/then apply for admission in its CM\/ECF/);
  });

  it('nmd: no pro hac vice: associate with a member of its bar', async () => {
    const plan = await attorney('nmd', 'pro-hac-vice');
    expect(actionKeys(plan)).toEqual(['file-without-efiling@nmd']);
    expect(actionOf(plan, 'file-without-efiling', 'nmd').title).toBe(
      'Appear in the District of New Mexico with a member of its bar',
    );
  });

  it("vid: its own admission, on a member's motion; pro hac vice with local counsel", async () => {
    const apply = actionOf(await attorney('vid', 'not-admitted'), 'apply-for-admission', 'vid');
    expect(apply.title).toMatch(/the court's own way/);
    expect(text(apply)).toMatch(/a sponsoring member of its bar/);
    expect(
      text(actionOf(await attorney('vid', 'pro-hac-vice'), 'register-pro-hac-vice', 'vid')),
    ).toMatch(/You need local counsel/);
  });

  it('mieb: its training before e-filing; its Pro Se eDocument Upload Program', async () => {
    expect(
      text(actionOf(await attorney('mieb', 'admitted'), 'request-filing-access', 'mieb')),
    ).toMatch(/complete its CM\/ECF training/);
    expect(text(actionOf(await proSe('mieb'), 'get-pro-se-permission', 'mieb'))).toMatch(
      /Pro Se eDocument Upload Program/,
    );
  });

  it("caeb: the Eastern District of California's bar; its own e-filing registration, not PACER", async () => {
    const plan = await attorney('caeb', 'admitted');
    const register = actionOf(plan, 'request-filing-access', 'caeb');
    expect(register.title).toMatch(/own system/);
    expect(text(register)).not.toMatch(/Maintenance tab/);
    expect(register.links.map((link) => link.url)).toContain(
      'https://efiling3.caeb.uscourts.gov/NewFilerRequest',
    );
    expect(
      actionOf(await attorney('caeb', 'not-admitted'), 'apply-for-admission', 'caeb').title,
    ).toMatch(/Eastern District of California/);
  });
});

describe('contacts in the steps (the facts audit: help desks first)', () => {
  it('an action about CM/ECF shows the help desks, not the general line, where a help desk is known', async () => {
    const plan = await planFor(['prd'], TODAY, {
      ...ATTORNEY,
      linked: 'no',
      'ecf-login': 'known',
      bankruptcy: 'no',
    });
    const labels = actionOf(plan, 'link-ecf-account', 'prd').contacts.map(
      (contact) => contact.label,
    );
    expect(labels.some((label) => /Help ?desk/i.test(label))).toBe(true);
    expect(labels).not.toContain("Clerk's Office, general information");
    // The court's block still lists every contact the profile has.
    expect(plan.courts[0]?.helpDesks.map((desk) => desk.label)).toContain(
      "Clerk's Office, general information",
    );
  });

  it('shows the general line where no help desk is known', async () => {
    const court = courts.find(
      (each) =>
        each.type === 'district' &&
        each.helpDesks.length > 0 &&
        !each.helpDesks.some((desk) =>
          /ecf|help ?desk|helpdesk|e-?fil|electronic filing/i.test(desk.label),
        ),
    );
    expect(court).toBeDefined();
    const plan = await planFor([court?.id ?? ''], TODAY, {
      ...ATTORNEY,
      linked: 'no',
      'ecf-login': 'known',
      bankruptcy: 'no',
    });
    const action = plan.actions.find((each) => each.id === 'link-ecf-account');
    expect(action?.contacts.some((contact) => contact.label !== 'PACER Service Center (PSC)')).toBe(
      true,
    );
  });
});
