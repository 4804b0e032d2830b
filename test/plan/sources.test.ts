/**
 * Facts a reader can check: every cited id resolves to a document in the plan, each step
 * cites only what supports it, maintainers' notes and seed file names never reach the output,
 * and text that belongs to a period carries it.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { readDataFiles, readRegistry, walkObjects } from '../helpers/data.js';
import { actionOf, planFor } from '../helpers/plan.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';

const TODAY = '2026-11-22';
const READY = { ...READY_ANSWERS };
const SEED_FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

/** Every maintainers' note in the bundled data and the registry. */
const NOTES = [
  ...readDataFiles().flatMap(({ data }) =>
    [...walkObjects(data)].flatMap(({ object }) =>
      typeof object.note === 'string' ? [object.note] : [],
    ),
  ),
  ...[...readRegistry().values()].flatMap((entry) => (entry.note ? [entry.note] : [])),
].filter((note) => note.length > 40);

/** Plans over the seed courts and a few generated ones, on days before and after go-live. */
async function samplePlans(): Promise<Plan[]> {
  const cases: [string[], string, Record<string, unknown>][] = [
    [['ctd'], '2017-08-01', { ...READY, linked: undefined, 'ecf-login': 'known' }],
    [
      ['prd'],
      TODAY,
      {
        ...READY,
        'pacer-account': 'none',
        linked: undefined,
        'ecf-login': 'known',
        cja: 'yes',
        'exempt-account': 'no',
      },
    ],
    [['utd'], '2020-02-02', { ...READY, linked: 'no', 'ecf-login': 'forgotten' }],
    [
      ['cacd'],
      TODAY,
      {
        ...READY,
        linked: 'no',
        'ecf-login': 'forgotten',
        bankruptcy: 'yes',
        problems: 'menus-limited,unlink,update-secondary-email',
      },
    ],
    [
      ['prd', 'dcd', 'ca9'],
      TODAY,
      {
        ...READY,
        linked: 'yes',
        problems: 'unlink,update-contact-info',
        bankruptcy: 'prd=yes,dcd=yes',
      },
    ],
    [
      ['azd', 'nysb'],
      TODAY,
      {
        ...READY,
        'pacer-account': 'unknown',
        linked: undefined,
        'ecf-login': 'none',
        bankruptcy: 'azd=no',
      },
    ],
  ];
  return Promise.all(cases.map(([courts, asOf, answers]) => planFor(courts, asOf, answers)));
}

const plans = await samplePlans();
const outputs = plans.map((plan) => ({
  plan,
  text: renderText(plan, { sources: true }),
  markdown: renderMarkdown(plan),
  json: renderJson(plan),
}));

describe('what a plan cites', () => {
  it('resolves every cited id to a document with a title and a publisher', () => {
    for (const plan of plans) {
      const known = new Set(plan.sources.map((source) => source.id));
      const cited = [
        ...plan.actions.flatMap((action) => action.sources),
        ...plan.notes.flatMap((note) => note.sources),
        ...plan.courts.flatMap((court) => court.nextGen.sources),
      ];
      expect(cited.filter((id) => !known.has(id))).toEqual([]);
      for (const source of plan.sources) {
        expect(source.title).not.toMatch(SEED_FILE_NAME);
        expect(source.publisher.length).toBeGreaterThan(3);
      }
    }
  });

  it('never prints a seed file name where a title belongs, only as the copy in JSON', () => {
    for (const { plan, text, markdown, json } of outputs) {
      expect(text).not.toMatch(SEED_FILE_NAME);
      expect(markdown).not.toMatch(SEED_FILE_NAME);
      const withoutCopies = JSON.stringify({
        ...plan,
        sources: plan.sources.map(({ copy: _copy, ...source }) => source),
      });
      expect(withoutCopies).not.toMatch(SEED_FILE_NAME);
      expect(json).toMatch(/"copy": "sources\/seeds\/\d{3}_[0-9a-f]{16}\.txt"/);
    }
  });

  it("never lets a maintainers' note reach the output", () => {
    expect(NOTES.length).toBeGreaterThan(100);
    for (const { text, markdown, json } of outputs) {
      const leaked = NOTES.filter(
        (note) => text.includes(note) || markdown.includes(note) || json.includes(note),
      );
      expect(leaked).toEqual([]);
    }
    // The seed traps the notes describe never reach it either.
    for (const { json } of outputs) {
      expect(json).not.toMatch(/pac[\u0400-\u04ff]/);
      expect(json).not.toContain('@acd.uscourts.gov');
      expect(json).not.toMatch(/"note":/);
    }
  });

  it('states the data age per kind of source: the feed copy, the pages checked', () => {
    const cacd = plans[3]!;
    expect(cacd.dataAsOf['data-feed']).toBe('2023-01-10');
    expect(cacd.dataAsOf['court-page']).toMatch(/^2026-11-2\d$/);
    expect(outputs[3]!.text).toMatch(/Court data: PACER's court feed of January 10, 2023;/);
    expect(outputs[3]!.markdown).toMatch(/Court data: PACER's court feed of January 10, 2023;/);
  });
});

describe('each step cites only what supports it', () => {
  it("C.D. Cal.'s own recovery steps do not cite the national (Connecticut) sources", () => {
    const recover = actionOf(plans[3]!, 'recover-ecf-login', 'cacd');
    expect(recover.sources).not.toContain('seed-002-ctd-nextgen-notice');
    expect(recover.stepSources.flat()).toEqual(
      expect.arrayContaining(['seed-004-cacd-nextgen-clerk-notice']),
    );
  });

  it("the PACER Service Center's contact cites PACER's own pages, not a court's CJA page", () => {
    for (const plan of plans)
      for (const action of plan.actions)
        for (const contact of action.contacts.filter((each) => each.phone === '800-676-6856'))
          expect(contact.sources.every((id) => id.startsWith('pacer-'))).toBe(true);
  });

  it('gives each step, link and contact its own sources, all of them among the action sources', () => {
    for (const plan of plans)
      for (const action of plan.actions) {
        expect(action.stepSources).toHaveLength(action.steps.length);
        const own = [
          ...action.whySources,
          ...action.stepSources.flat(),
          ...action.links.flatMap((link) => link.sources),
          ...action.contacts.flatMap((contact) => contact.sources),
        ];
        expect([...new Set(own)].sort()).toEqual([...action.sources].sort());
      }
  });
});

describe('text that belongs to a period carries it', () => {
  it('C.D. Cal.: keep the bankruptcy account only until the Bankruptcy Court is known to be live', async () => {
    const answers = { ...READY, linked: 'no', 'ecf-login': 'known', bankruptcy: 'yes' };
    const until = /Until the Bankruptcy Court upgrades to NextGen/;
    const in2020 = await planFor(['cacd'], '2020-03-01', answers);
    expect(actionOf(in2020, 'bankruptcy-court-login', 'cacd').steps.join(' ')).toMatch(until);
    const in2026 = await planFor(['cacd'], TODAY, answers);
    const now = actionOf(in2026, 'bankruptcy-court-login', 'cacd');
    expect(now.steps.join(' ')).not.toMatch(until);
    expect(now.steps.join(' ')).toMatch(/log in to the bankruptcy court's CM\/ECF/i);
  });
});

describe('unlinking: what is general, and what is Puerto Rico', () => {
  it("in Puerto Rico, names the court's staff and says plainly that only extensions are given", async () => {
    const plan = await planFor(['prd'], TODAY, { ...READY, problems: 'unlink' });
    const unlink = actionOf(plan, 'unlink-ecf-account', 'prd');
    expect(unlink.steps[0]).toMatch(/extensions only/);
    expect(unlink.steps[0]).toContain('https://www.prd.uscourts.gov');
    expect(unlink.steps.join(' ')).not.toMatch(/Say which CM\/ECF account/);
    expect(unlink.contacts.filter((c) => c.extension).map((c) => c.name)).toEqual([
      'Kim Kalife',
      'José Aponte',
      'Diana Villavicencio',
      'Julio Dávila',
    ]);
  });

  it('elsewhere, says only what is general: ask the court, then link the right account', async () => {
    const plan = await planFor(['utd'], TODAY, { ...READY, problems: 'unlink' });
    const unlink = actionOf(plan, 'unlink-ecf-account', 'utd');
    expect(unlink.steps[0]).toMatch(/PACER publishes no way to undo a link/);
    expect(unlink.steps.join(' ')).not.toMatch(/Court staff, not PACER/);
    expect(unlink.stepSources[0]).toEqual(['pacer-faq-link-cmecf-credentials']);
    expect(unlink.contacts.some((contact) => contact.extension)).toBe(false);
  });
});
