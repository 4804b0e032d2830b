/**
 * The purposes beyond filing in a case, rule by rule against profiles made to say each thing
 * (the bundled profiles do not hold every combination): leaving e-filing and renewing admission.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog.js';
import type { ResolvedAnswers } from '../../src/plan/answers.js';
import { planCourts } from '../../src/plan/plan.js';
import type { PlanAction } from '../../src/plan/types.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { actionKeys, actionOf, bundledCatalog } from '../helpers/plan.js';

const TODAY = '2026-12-06';
/** A source id the registry holds, cited by the made-up facts (and by nothing of ctd's). */
const SOURCE = 'alsb-attorney-status-notice-2009';
const text = (action: PlanAction) => action.steps.join('\n');

/** The bundled catalog with one court's joining facts changed. */
async function withJoining(
  id: string,
  joining: Partial<CourtProfile['joining']>,
): Promise<Catalog & { courts: Map<string, CourtProfile> }> {
  const catalog = await bundledCatalog();
  const profile = catalog.courts.get(id) as CourtProfile;
  const courts = new Map(catalog.courts).set(id, {
    ...profile,
    joining: { ...profile.joining, ...joining },
  });
  return { ...catalog, courts };
}

function answersFor(
  court: string,
  filer: NonNullable<ResolvedAnswers['filer']['filer']>,
  purpose: NonNullable<ResolvedAnswers['filer']['purpose']>,
): ResolvedAnswers {
  return { filer: { filer, purpose }, courts: { [court]: {} } };
}

describe('purpose: leaving', () => {
  it("gives the court's form and rule as steps after the withdrawals, citing them", async () => {
    const catalog = await withJoining('ctd', {
      leaving: {
        form: {
          label: 'Request to end e-filing',
          url: 'https://example.uscourts.gov/end',
          source: SOURCE,
        },
        text: 'Send the request to the clerk once no case of yours is open',
        source: SOURCE,
      },
    });
    const plan = planCourts(catalog, ['ctd'], answersFor('ctd', 'attorney', 'leaving'), TODAY);
    expect(actionKeys(plan)).toEqual(['end-efiling@ctd']);
    const action = actionOf(plan, 'end-efiling', 'ctd');
    expect(action.why).toMatch(/withdraw from each case where you appear first/);
    expect(text(action)).toMatch(/Request to end e-filing, https:\/\/example\.uscourts\.gov\/end/);
    expect(text(action)).toMatch(/Send the request to the clerk once no case of yours is open/);
    expect(action.links.map((link) => link.url)).toContain('https://example.uscourts.gov/end');
    expect(action.sources).toContain(SOURCE);
    expect(action.caveat).toBeUndefined();
  });

  it('says in one line where the court does not say, with the usual way', async () => {
    const catalog = await withJoining('ctd', {
      leaving: { notPublished: '2026-12-06', lookedAt: ['https://www.ctd.uscourts.gov/'] },
    });
    const plan = planCourts(catalog, ['ctd'], answersFor('ctd', 'attorney', 'leaving'), TODAY);
    const action = actionOf(plan, 'end-efiling', 'ctd');
    expect(action.caveat).toMatch(/how a filer ends e-filing there/);
    expect(action.caveat).toMatch(/a written notice to the clerk's office/);
    expect(action.sources).not.toContain(SOURCE);
  });

  it('tells an attorney for the United States that the exemption from admission ends with the job', async () => {
    const catalog = await withJoining('ctd', {
      government: { rule: 'no-admission-needed', source: SOURCE },
    });
    const attorney = planCourts(catalog, ['ctd'], answersFor('ctd', 'attorney', 'leaving'), TODAY);
    const step = actionOf(attorney, 'end-efiling', 'ctd').steps.find((s) =>
      s.startsWith('Leaving government:'),
    );
    expect(step).toMatch(/lets attorneys for the United States appear without admission/);
    expect(actionOf(attorney, 'end-efiling', 'ctd').sources).toContain(SOURCE);
    // Not said to a party without an attorney, nor where the court requires admission.
    const proSe = planCourts(catalog, ['ctd'], answersFor('ctd', 'pro-se', 'leaving'), TODAY);
    expect(text(actionOf(proSe, 'end-efiling', 'ctd'))).not.toMatch(/Leaving government/);
    const requiring = await withJoining('ctd', {
      government: { rule: 'admission-required', source: SOURCE },
    });
    const other = planCourts(requiring, ['ctd'], answersFor('ctd', 'attorney', 'leaving'), TODAY);
    expect(text(actionOf(other, 'end-efiling', 'ctd'))).not.toMatch(/Leaving government/);
  });
});

describe('purpose: renew', () => {
  it("gives how it is done and what a lapse costs, each with the renewal's sources", async () => {
    const catalog = await bundledCatalog();
    const ctd = catalog.courts.get('ctd') as CourtProfile;
    const admission = ctd.joining.admission;
    if (!admission || 'notPublished' in admission) throw new Error('ctd has its admission');
    const renewing = await withJoining('ctd', {
      admission: {
        ...admission,
        renewal: {
          every: '3 years',
          how: 'Renew through PACER before the period ends',
          lapse: 'A lapsed member must apply again',
          source: SOURCE,
        },
      },
    });
    const plan = planCourts(renewing, ['ctd'], answersFor('ctd', 'attorney', 'renew'), TODAY);
    const action = actionOf(plan, 'renew-admission', 'ctd');
    expect(action.why).toMatch(/asks its members to renew every 3 years/);
    expect(action.steps).toContain('How: Renew through PACER before the period ends.');
    expect(action.steps).toContain('If it lapses: A lapsed member must apply again.');
    expect(action.caveat).toBeUndefined();
    expect(action.sources).toContain(SOURCE);
  });

  it('says the court asks for renewal but not how, where its requirements name it alone', async () => {
    const catalog = await bundledCatalog();
    const ctd = catalog.courts.get('ctd') as CourtProfile;
    const admission = ctd.joining.admission;
    if (!admission || 'notPublished' in admission) throw new Error('ctd has its admission');
    const { renewal: _renewal, ...withoutRenewal } = admission;
    const asking = await withJoining('ctd', {
      admission: { ...withoutRenewal, requirements: ['renewal'], source: SOURCE },
    });
    const plan = planCourts(asking, ['ctd'], answersFor('ctd', 'attorney', 'renew'), TODAY);
    const action = actionOf(plan, 'renew-admission', 'ctd');
    expect(action.caveat).toMatch(/how its members renew, though its rule asks for renewal/);
    const silent = await withJoining('ctd', {
      admission: { ...withoutRenewal, requirements: [], source: SOURCE },
    });
    const other = planCourts(silent, ['ctd'], answersFor('ctd', 'attorney', 'renew'), TODAY);
    expect(actionOf(other, 'renew-admission', 'ctd').caveat).toMatch(
      /whether its members renew their admission or e-filing registration/,
    );
  });

  it("renews a bankruptcy court's attorneys in the district court whose bar it uses, with that court's contacts", async () => {
    const catalog = await bundledCatalog();
    const plan = planCourts(catalog, ['alsb'], answersFor('alsb', 'attorney', 'renew'), TODAY);
    const action = actionOf(plan, 'renew-admission', 'alsb');
    expect(action.why).toMatch(/so that is where membership is renewed/);
    const alsd = catalog.courts.get('alsd') as CourtProfile;
    const desks = alsd.helpDesks.map((desk) => desk.phone ?? desk.email);
    expect(action.contacts.some((contact) => desks.includes(contact.phone ?? contact.email))).toBe(
      true,
    );
    // A court whose bar is its own renews there, without the sentence.
    const own = planCourts(catalog, ['alsd'], answersFor('alsd', 'attorney', 'renew'), TODAY);
    expect(actionOf(own, 'renew-admission', 'alsd').why).not.toMatch(/where membership is renewed/);
  });
});
