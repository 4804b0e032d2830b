import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { hasAnsi } from '../helpers/cli.js';

/** A small fixed plan, so the snapshots stay readable and independent of the court data. */
const PLAN: Plan = {
  schemaVersion: 1,
  asOf: '2020-01-15',
  status: 'action-needed',
  courts: [
    {
      id: 'xyd',
      name: 'District of Example',
      type: 'district',
      jurisdiction: 'Example',
      ecfUrl: 'https://ecf.xyd.uscourts.gov',
      nextGen: {
        status: 'not-live',
        precision: 'day',
        goLive: 'February 18, 2020',
        date: '2020-02-18',
        sources: ['seed.txt'],
      },
      helpDesks: [],
    },
  ],
  answers: { filer: { filer: 'attorney' }, courts: { xyd: {} } },
  actions: [
    {
      id: 'upgrade-pacer-account',
      court: null,
      title: 'Upgrade your legacy PACER account',
      why: 'You answered account-type: legacy.',
      steps: ['Log in to PACER.', 'Click Upgrade | follow *every* step.'],
      links: [{ label: 'Learning aid', url: 'https://pacer.uscourts.gov/aid.pdf' }],
      contacts: [
        { label: 'PACER Service Center', phone: '800-676-6856', email: 'pacer@psc.uscourts.gov' },
      ],
      deadline: '2020-02-17',
      sources: ['001_8805ec3108b7372f.txt'],
    },
    {
      id: 'link-ecf-account',
      court: 'xyd',
      title: 'Link your CM/ECF login',
      why: 'Linking opens at go-live.',
      steps: ['Log in to CM/ECF with PACER.'],
      links: [],
      contacts: [{ label: 'Court staff', name: 'Kim Kalife', extension: '3085' }],
      notBefore: '2020-02-18',
      caveat: 'Only if you had a login.',
      sources: ['https://example.org/court'],
    },
  ],
  notes: [{ court: 'xyd', text: 'Linking is per court.', sources: ['https://example.org'] }],
};

describe('text', () => {
  it('renders a header, numbered actions with steps, links and contacts, and notes', () => {
    expect(renderText(PLAN, { width: 80 })).toMatchInlineSnapshot(`
      "NextGen CM/ECF readiness · xyd · as of January 15, 2020
      Status: ACTION NEEDED · 2 actions

      What to do
        1. Upgrade your legacy PACER account [PACER] · by February 17, 2020
        2. Link your CM/ECF login [xyd] · not before February 18, 2020

      Court
        xyd  District of Example
             not yet on NextGen · go-live February 18, 2020 · CM/ECF
             https://ecf.xyd.uscourts.gov

      Notes
        - [xyd] Linking is per court.

      Step by step

      1. Upgrade your legacy PACER account [PACER]
         Why: You answered account-type: legacy.
         Deadline: February 17, 2020
         Steps:
           a. Log in to PACER.
           b. Click Upgrade | follow *every* step.
         Links:
           - Learning aid: https://pacer.uscourts.gov/aid.pdf
         Contacts:
           - PACER Service Center: 800-676-6856 · pacer@psc.uscourts.gov
         Sources: 001_8805ec3108b7372f.txt

      2. Link your CM/ECF login [xyd]
         Why: Linking opens at go-live.
         Note: Only if you had a login.
         Not before: February 18, 2020 (cannot be done earlier)
         Steps:
           a. Log in to CM/ECF with PACER.
         Contacts:
           - Court staff, Kim Kalife: extension 3085
         Sources: https://example.org/court
      "
    `);
  });

  it('uses colour only when given a colour level', () => {
    expect(hasAnsi(renderText(PLAN))).toBe(false);
    expect(hasAnsi(renderText(PLAN, { colorLevel: 1 }))).toBe(true);
  });

  it('says plainly when there is nothing to do', () => {
    const ready: Plan = { ...PLAN, status: 'ready', actions: [], notes: [] };
    expect(renderText(ready)).toContain('Status: READY\n');
    expect(renderText(ready)).toContain('Nothing to do: you can e-file with your PACER account.');
  });

  it('sets the notes of a ready plan apart with a blank line, before no details', () => {
    const ready: Plan = { ...PLAN, status: 'ready', actions: [] };
    expect(renderText(ready, { width: 80 })).toMatchInlineSnapshot(`
      "NextGen CM/ECF readiness · xyd · as of January 15, 2020
      Status: READY

      Nothing to do: you can e-file with your PACER account.

      Court
        xyd  District of Example
             not yet on NextGen · go-live February 18, 2020 · CM/ECF
             https://ecf.xyd.uscourts.gov

      Notes
        - [xyd] Linking is per court.
      "
    `);
  });
});

describe('markdown', () => {
  it('renders a checklist fit to e-mail or print, escaping Markdown characters', () => {
    expect(renderMarkdown(PLAN)).toMatchInlineSnapshot(`
      "# NextGen CM/ECF checklist: xyd

      As of January 15, 2020 · Status: **action needed** · 2 actions

      1. Upgrade your legacy PACER account (PACER) · by February 17, 2020
      2. Link your CM/ECF login (xyd) · not before February 18, 2020

      ## Court

      | Court | NextGen | CM/ECF |
      | --- | --- | --- |
      | District of Example (xyd) | not yet on NextGen; go-live February 18, 2020 | https://ecf.xyd.uscourts.gov |

      ## Notes

      - (xyd) Linking is per court.

      ## Step by step

      - [ ] **1. Upgrade your legacy PACER account** (PACER)
        - Why: You answered account-type: legacy.
        - Deadline: February 17, 2020
        1. Log in to PACER.
        2. Click Upgrade \\| follow \\*every\\* step.
        - [Learning aid](https://pacer.uscourts.gov/aid.pdf)
        - Contact: PACER Service Center: 800-676-6856 · pacer@psc.uscourts.gov
        - Sources: 001_8805ec3108b7372f.txt
      - [ ] **2. Link your CM/ECF login** (xyd)
        - Why: Linking opens at go-live.
        - Note: Only if you had a login.
        - Not before: February 18, 2020
        1. Log in to CM/ECF with PACER.
        - Contact: Court staff, Kim Kalife: extension 3085
        - Sources: https://example.org/court
      "
    `);
    expect(hasAnsi(renderMarkdown(PLAN))).toBe(false);
  });

  it('opens a ready plan with the answer, then the courts and the notes', () => {
    const ready: Plan = { ...PLAN, status: 'ready', actions: [] };
    expect(renderMarkdown(ready)).toMatchInlineSnapshot(`
      "# NextGen CM/ECF checklist: xyd

      As of January 15, 2020 · Status: **ready** · 0 actions

      Nothing to do: you can e-file with your PACER account.

      ## Court

      | Court | NextGen | CM/ECF |
      | --- | --- | --- |
      | District of Example (xyd) | not yet on NextGen; go-live February 18, 2020 | https://ecf.xyd.uscourts.gov |

      ## Notes

      - (xyd) Linking is per court.
      "
    `);
  });

  it("takes a title, e.g. an attorney's name", () => {
    expect(renderMarkdown(PLAN, { title: 'Jane Roe: NextGen checklist' }).split('\n')[0]).toBe(
      '# Jane Roe: NextGen checklist',
    );
  });
});

describe('json', () => {
  it('is the plan itself, without colour', () => {
    const text = renderJson(PLAN);
    expect(JSON.parse(text)).toEqual(PLAN);
    expect(hasAnsi(text)).toBe(false);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
