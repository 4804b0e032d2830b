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
  dataAsOf: { 'data-feed': '2023-01-10', 'court-page': '2026-11-22' },
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
        sources: ['xyd-notice'],
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
      whySources: ['xyd-notice'],
      steps: ['Log in to PACER.', 'Click Upgrade | follow *every* step.'],
      stepSources: [['seed-009-xyd-procedure'], ['seed-009-xyd-procedure', 'pacer-faq']],
      links: [
        {
          label: 'Learning aid',
          url: 'https://pacer.uscourts.gov/aid.pdf',
          sources: ['pacer-faq'],
        },
      ],
      contacts: [
        {
          label: 'PACER Service Center',
          phone: '800-676-6856',
          email: 'pacer@psc.uscourts.gov',
          sources: ['pacer-faq'],
        },
      ],
      deadline: '2020-02-17',
      sources: ['xyd-notice', 'seed-009-xyd-procedure', 'pacer-faq'],
    },
    {
      id: 'link-ecf-account',
      court: 'xyd',
      title: 'Link your CM/ECF login',
      why: 'Linking opens at go-live.',
      whySources: ['xyd-notice'],
      steps: ['Log in to CM/ECF with PACER.'],
      stepSources: [['https://example.org/court']],
      links: [],
      contacts: [
        {
          label: 'Court staff',
          name: 'Kim Kalife',
          extension: '3085',
          sources: ['seed-009-xyd-procedure'],
        },
      ],
      notBefore: '2020-02-18',
      caveat: 'Only if you had a login.',
      sources: ['xyd-notice', 'https://example.org/court', 'seed-009-xyd-procedure'],
    },
  ],
  notes: [{ court: 'xyd', text: 'Linking is per court.', sources: ['pacer-faq'] }],
  sources: [
    {
      id: 'xyd-notice',
      title: 'NextGen is coming',
      publisher: 'U.S. District Court for the District of Example',
      kind: 'court-notice',
      date: '2019-06',
      url: 'https://www.xyd.uscourts.gov/news/nextgen',
      checked: '2026-11-22',
    },
    {
      id: 'seed-009-xyd-procedure',
      title: 'How to link your PACER account',
      publisher: 'U.S. District Court for the District of Example',
      kind: 'seed-document',
      foundAt: 'https://www.xyd.uscourts.gov/nextgen',
      copy: 'sources/seeds/009_0123456789abcdef.txt',
      checked: '2026-11-22',
    },
    {
      id: 'pacer-faq',
      title: 'How do I link my accounts?',
      publisher: 'PACER Service Center',
      kind: 'pacer-page',
      url: 'https://pacer.uscourts.gov/help/faqs/link',
      checked: '2026-11-23',
    },
    {
      id: 'https://example.org/court',
      title: 'https://example.org/court',
      publisher: 'example.org',
      kind: 'web-page',
      url: 'https://example.org/court',
    },
  ],
};

describe('text', () => {
  it('renders a header, numbered actions with steps, links and contacts, and notes', () => {
    expect(renderText(PLAN, { width: 80, sources: true })).toMatchInlineSnapshot(`
      "NextGen CM/ECF readiness · xyd · as of January 15, 2020
      Status: ACTION NEEDED · 2 actions
      Court data: PACER's court feed of January 10, 2023; court pages checked
        November 22, 2026

      What to do
        1. Upgrade your legacy PACER account [PACER] · by February 17, 2020
        2. Link your CM/ECF login [xyd] · not before February 18, 2020

      Court
        xyd  District of Example
             not yet on NextGen · go-live February 18, 2020 [1] · CM/ECF
             https://ecf.xyd.uscourts.gov

      Notes
        - [xyd] Linking is per court. [2]

      Step by step

      1. Upgrade your legacy PACER account [PACER]
         Why: You answered account-type: legacy. [1]
         Deadline: February 17, 2020
         Steps:
           a. Log in to PACER. [3]
           b. Click Upgrade | follow *every* step. [2] [3]
         Links:
           - Learning aid: https://pacer.uscourts.gov/aid.pdf [2]

      2. Link your CM/ECF login [xyd]
         Why: Linking opens at go-live. [1]
         Note: Only if you had a login.
         Not before: February 18, 2020 (cannot be done earlier)
         Steps:
           a. Log in to CM/ECF with PACER. [4]

      Whom to ask
        - PACER Service Center: 800-676-6856 · pacer@psc.uscourts.gov [2] (for 1)
        - Court staff, Kim Kalife: extension 3085 [3] (for 2)

      Sources
        [1] NextGen is coming. U.S. District Court for the District of Example, June
            2019. https://www.xyd.uscourts.gov/news/nextgen
        [2] How do I link my accounts? PACER Service Center.
            https://pacer.uscourts.gov/help/faqs/link
        [3] How to link your PACER account. U.S. District Court for the District of
            Example. Linked from https://www.xyd.uscourts.gov/nextgen. A copy ships
            with nextgen-ready.
        [4] https://example.org/court
      "
    `);
  });

  it('numbers the sources in the order the plan cites them, as one reads', () => {
    for (const text of [renderText(PLAN), renderMarkdown(PLAN).replaceAll('\\[', '[')]) {
      const body = text.slice(0, text.search(/^(Sources|## Sources)$/m));
      const firsts = [...new Set([...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
      expect(firsts).toEqual(firsts.map((_, index) => index + 1));
    }
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
      Court data: PACER's court feed of January 10, 2023; court pages checked
        November 22, 2026

      Nothing to do: you can e-file with your PACER account.

      Court
        xyd  District of Example
             not yet on NextGen · go-live February 18, 2020 · CM/ECF
             https://ecf.xyd.uscourts.gov

      Notes
        - [xyd] Linking is per court.

      Sources: this plan rests on 4 documents of the courts, PACER and others; add
        --sources to mark each step with its own and list them.
      "
    `);
  });
});

describe("a court of appeals' ACMS facts", () => {
  const plan = structuredClone(PLAN);
  plan.courts[0]!.acms = {
    status: 'all-new-cases',
    summary: 'all new cases opened since October 1, 2023 are filed in ACMS.',
    inAcms: 'all new cases opened since October 1, 2023',
    moves: [{ cases: 'all-new', from: '2023-10-01', sources: ['xyd-notice'] }],
    portal: 'https://portal.example.org',
    checked: '2026-11-23',
    sources: ['xyd-notice'],
  };

  it('sit in the court header, before the actions, in text and Markdown', () => {
    const text = renderText(plan, { width: 100, sources: true }).replace(/\s+/g, ' ');
    const line = text.indexOf(
      'ACMS: all new cases opened since October 1, 2023 are filed in ACMS. [1] · ACMS log-in https://portal.example.org',
    );
    expect(text.indexOf('xyd District of Example')).toBeGreaterThanOrEqual(0);
    expect(line).toBeGreaterThan(text.indexOf('xyd District of Example'));
    // Court facts come after the short list of actions, and before each action in detail.
    expect(line).toBeGreaterThan(text.indexOf('1. Upgrade your legacy PACER account'));
    expect(line).toBeLessThan(text.indexOf('Step by step'));
    const markdown = renderMarkdown(plan);
    const item = markdown.indexOf(
      '- ACMS, xyd: all new cases opened since October 1, 2023 are filed in ACMS. \\[1\\] Log in to ACMS at https://portal.example.org.',
    );
    expect(item).toBeGreaterThan(markdown.indexOf('| District of Example (xyd)'));
    expect(item).toBeLessThan(markdown.indexOf('## Step by step'));
    expect(JSON.parse(renderJson(plan)).courts[0].acms.status).toBe('all-new-cases');
  });

  it('are left out for a court without them', () => {
    expect(renderText(PLAN)).not.toContain('ACMS');
    expect(renderMarkdown(PLAN)).not.toContain('ACMS');
  });
});

describe('markdown', () => {
  it('renders a checklist fit to e-mail or print, escaping Markdown characters', () => {
    expect(renderMarkdown(PLAN)).toMatchInlineSnapshot(`
      "# NextGen CM/ECF checklist: xyd

      As of January 15, 2020 · Status: **action needed** · 2 actions

      Court data: PACER's court feed of January 10, 2023; court pages checked November 22, 2026

      1. Upgrade your legacy PACER account (PACER) · by February 17, 2020
      2. Link your CM/ECF login (xyd) · not before February 18, 2020

      ## Court

      | Court | NextGen | CM/ECF |
      | --- | --- | --- |
      | District of Example (xyd) | not yet on NextGen; go-live February 18, 2020 \\[1\\] | https://ecf.xyd.uscourts.gov |

      ## Notes

      - (xyd) Linking is per court. \\[2\\]

      ## Step by step

      - [ ] **1. Upgrade your legacy PACER account** (PACER)
        - Why: You answered account-type: legacy. \\[1\\]
        - Deadline: February 17, 2020
        1. Log in to PACER. \\[3\\]
        2. Click Upgrade \\| follow \\*every\\* step. \\[2\\] \\[3\\]
        - [Learning aid](https://pacer.uscourts.gov/aid.pdf) \\[2\\]
      - [ ] **2. Link your CM/ECF login** (xyd)
        - Why: Linking opens at go-live. \\[1\\]
        - Note: Only if you had a login.
        - Not before: February 18, 2020
        1. Log in to CM/ECF with PACER. \\[4\\]

      ## Whom to ask

      - PACER Service Center: 800-676-6856 · pacer@psc.uscourts.gov \\[2\\] (for 1)
      - Court staff, Kim Kalife: extension 3085 \\[3\\] (for 2)

      ## Sources

      1. NextGen is coming. U.S. District Court for the District of Example, June 2019. https://www.xyd.uscourts.gov/news/nextgen
      2. How do I link my accounts? PACER Service Center. https://pacer.uscourts.gov/help/faqs/link
      3. How to link your PACER account. U.S. District Court for the District of Example. Linked from https://www.xyd.uscourts.gov/nextgen. A copy ships with nextgen-ready.
      4. https://example.org/court
      "
    `);
    expect(hasAnsi(renderMarkdown(PLAN))).toBe(false);
  });

  it('opens a ready plan with the answer, then the courts and the notes', () => {
    const ready: Plan = { ...PLAN, status: 'ready', actions: [] };
    expect(renderMarkdown(ready)).toMatchInlineSnapshot(`
      "# NextGen CM/ECF checklist: xyd

      As of January 15, 2020 · Status: **ready** · 0 actions

      Court data: PACER's court feed of January 10, 2023; court pages checked November 22, 2026

      Nothing to do: you can e-file with your PACER account.

      ## Court

      | Court | NextGen | CM/ECF |
      | --- | --- | --- |
      | District of Example (xyd) | not yet on NextGen; go-live February 18, 2020 \\[1\\] | https://ecf.xyd.uscourts.gov |

      ## Notes

      - (xyd) Linking is per court. \\[2\\]

      ## Sources

      1. NextGen is coming. U.S. District Court for the District of Example, June 2019. https://www.xyd.uscourts.gov/news/nextgen
      2. How do I link my accounts? PACER Service Center. https://pacer.uscourts.gov/help/faqs/link
      3. How to link your PACER account. U.S. District Court for the District of Example. Linked from https://www.xyd.uscourts.gov/nextgen. A copy ships with nextgen-ready.
      4. https://example.org/court
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
