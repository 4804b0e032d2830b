/**
 * A court's card (`courts <id>`), line by line: each joining fact in words where known, "not
 * published" with the day searched, "not recorded yet" where nothing is, a third party's page
 * said as such; the bankruptcy-only lines only for a bankruptcy court.
 */
import { describe, expect, it } from 'vitest';
import { courtCard, type CourtCardLine } from '../../src/plan/court-card.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { bundledCatalog } from '../helpers/plan.js';

const catalog = await bundledCatalog();
const nameOf = (id: string) => catalog.courts.get(id)?.name;
const link = (label: string) => ({
  label,
  url: `https://example.uscourts.gov/${label}`,
  source: 's',
});

/** A bundled court with its joining facts replaced. */
function courtWith(id: string, joining: CourtProfile['joining']): CourtProfile {
  return { ...structuredClone(catalog.courts.get(id)!), joining };
}

const byTopic = (lines: readonly CourtCardLine[]) =>
  Object.fromEntries(lines.filter((line) => !line.contact).map((line) => [line.topic, line.text]));

describe('courtCard', () => {
  it('puts every known fact in words, with its sources', () => {
    const lines = courtCard(
      courtWith('ctb', {
        admissionsPage: link('admission'),
        bar: { court: 'ctd', source: 's' },
        admission: {
          route: 'court',
          form: link('form'),
          requirements: ['state-bar', 'sponsor', 'renewal'],
          fee: { amount: 188, asOf: '2026-12-06', source: 's' },
          renewal: {
            every: 'year',
            fee: { amount: 75, per: 'renewal', asOf: '2026-01', source: 's' },
            source: 's',
          },
          localRule: 'LR 83.1',
          source: 's',
        },
        proHacVice: {
          kind: 'statement',
          localCounsel: 'required',
          fee: { amount: 100, per: 'case', asOf: '2026-12-06', source: 's' },
          form: link('phv'),
          localRule: 'LR 83.2',
          source: 's',
        },
        efileRegistration: { extras: ['local-form', 'training'], form: link('reg'), source: 's' },
        government: { rule: 'no-admission-needed', localRule: 'LR 83.3', source: 's' },
        proSe: {
          efiling: 'permission-first',
          conditions: ['an open case'],
          form: link('motion'),
          localRule: 'LR 5.1',
          alternatives: [
            {
              kind: 'upload-tool',
              label: 'EDSS',
              url: 'https://example.uscourts.gov/edss',
              accepts: 'PDFs',
              source: 's',
            },
          ],
          source: 's',
        },
        filingAlternatives: [
          { kind: 'drop-box', label: 'Drop box', source: 's' },
          {
            kind: 'upload-tool',
            label: 'EDSS',
            url: 'https://example.uscourts.gov/edss',
            source: 's',
          },
        ],
        filingAgents: { accepted: false, source: 's' },
        limitedFilers: { route: 'court-form-and-pacer', form: link('limited'), source: 's' },
        proofOfClaim: { epoc: link('epoc'), loginNeeded: false, source: 's' },
        noticing: { debn: link('debn'), request: link('notices'), source: 's' },
        leaving: { text: 'Write to the clerk', form: link('leave'), source: 's' },
      }),
      nameOf,
    );
    expect(byTopic(lines)).toMatchObject({
      'Admissions page': 'admission, https://example.uscourts.gov/admission',
      'Whose bar': 'the bar of United States District Court for the District of Connecticut (ctd)',
      Admission:
        "on the court's own form or system, not PACER; form, https://example.uscourts.gov/form; asks for membership in good standing of a state bar; a sponsoring member of its bar, who moves your admission; fee $188 (as of December 6, 2026); renewed every year for $75 per renewal (as of January 2026); LR 83.1",
      'Pro hac vice':
        'a statement filed with a sponsoring member of its bar; local counsel required; fee $100 per case (as of December 6, 2026); phv, https://example.uscourts.gov/phv; LR 83.2',
      'E-file registration':
        "PACER's e-file request, and a form of its own and its CM/ECF training: reg, https://example.uscourts.gov/reg",
      'Government attorneys': 'need not be admitted to its bar (LR 83.3)',
      'Self-represented parties':
        'may e-file with the court’s permission, asked for first; an open case; motion, https://example.uscourts.gov/motion; LR 5.1',
      'Filing agents': 'not accepted: the attorney files',
      'Limited filers':
        "register on the court's own limited-filer form and through PACER's Non-Attorney E-File Registration; limited, https://example.uscourts.gov/limited",
      'Proofs of claim': 'online (ePOC): epoc, https://example.uscourts.gov/epoc; no login needed',
      'Notices without filing':
        'for debtors (DeBN): debn, https://example.uscourts.gov/debn; on request: notices, https://example.uscourts.gov/notices',
      'Leaving e-filing': 'Write to the clerk; leave, https://example.uscourts.gov/leave',
    });
    // The ways to file without e-filing, each once (EDSS is in both lists).
    expect(
      lines.filter((line) => line.topic === 'Filing without e-filing').map((line) => line.text),
    ).toEqual(['EDSS, https://example.uscourts.gov/edss (PDFs)', 'Drop box']);
    for (const line of lines) {
      expect(line.state, line.topic).toBe('known');
      expect(line.sources.length, line.topic).toBeGreaterThan(0);
    }
  });

  it('says not published with the day searched, and not recorded where nothing is', () => {
    const lines = courtCard(
      courtWith('ctb', {
        admission: { notPublished: '2026-12-06' },
        proHacVice: { available: false, source: 's' },
      }),
      nameOf,
    );
    const admission = lines.find((line) => line.topic === 'Admission');
    expect(admission).toEqual({
      topic: 'Admission',
      text: "not published on the court's pages (searched December 6, 2026)",
      sources: [],
      state: 'not-published',
    });
    expect(lines.find((line) => line.topic === 'Government attorneys')).toMatchObject({
      text: 'not recorded yet',
      state: 'unknown',
    });
    expect(byTopic(lines)['Pro hac vice']).toBe('not available');
    // A bankruptcy court's bankruptcy lines are there even when unknown; notices and leaving only when recorded.
    expect(lines.map((line) => line.topic)).toEqual(
      expect.arrayContaining(['Filing agents', 'Limited filers', 'Proofs of claim']),
    );
    expect(lines.map((line) => line.topic)).not.toContain('Notices without filing');
  });

  it('leaves the bankruptcy lines out for a district court, and says its bar is its own', () => {
    const lines = courtCard(
      courtWith('ctd', {
        bar: { court: 'ctd', source: 's' },
        proHacVice: { kind: 'association', source: 's' },
      }),
      nameOf,
    );
    const topics = lines.map((line) => line.topic);
    expect(topics).not.toContain('Filing agents');
    expect(topics).not.toContain('Proofs of claim');
    expect(byTopic(lines)['Whose bar']).toBe('its own');
    expect(byTopic(lines)['Pro hac vice']).toBe(
      'no pro hac vice: associate with a member of its bar',
    );
    expect(
      lines
        .filter((line) => line.topic === 'Help desk')
        .every((line) => line.contact !== undefined),
    ).toBe(true);
    expect(lines[0]).toMatchObject({
      topic: 'CM/ECF',
      text: 'https://ecf.ctd.uscourts.gov',
      state: 'known',
    });
  });

  it("marks a rule known only from a third party's page, and no other", () => {
    const thirdParty = (id: string) => id === 'firm-page';
    const lines = courtCard(
      courtWith('ctd', {
        proHacVice: { kind: 'motion', source: 'firm-page' },
        government: { rule: 'admission-required', source: ['firm-page', 's'] },
      }),
      nameOf,
      thirdParty,
    );
    expect(byTopic(lines)['Pro hac vice']).toBe(
      "by motion (a third party's page, not the court's: confirm with the clerk)",
    );
    expect(byTopic(lines)['Government attorneys']).toBe('must be admitted to its bar');
  });

  it('names a court of appeals with no bar fact without a bar line', () => {
    const topics = courtCard(courtWith('ca2', {}), nameOf).map((line) => line.topic);
    expect(topics).not.toContain('Whose bar');
    expect(topics).toContain('Admission');
  });
});
