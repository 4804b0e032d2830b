/**
 * Each data rule on its own: a passing and a failing example, and what it reports. A rule
 * added to the lists without examples here fails the last test.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/catalog.js';
import {
  COURT_RULES,
  NATIONAL_RULES,
  REGISTRY_RULES,
  type DataRule,
} from '../../src/profile/rules/index.js';
import type { CourtProfile } from '../../src/profile/schema.js';

const catalog = await loadCatalog();
const ctd = catalog.courts.get('ctd') as CourtProfile;
const court = (change: (profile: CourtProfile) => void = () => {}): CourtProfile => {
  const copy = structuredClone(ctd);
  change(copy);
  return copy;
};
const national = (change: (n: typeof catalog.national) => void = () => {}) => {
  const copy = structuredClone(catalog.national);
  change(copy);
  return copy;
};
const entry = (fields: Record<string, unknown> = {}) => ({
  id: 'ctd-page',
  title: 'A page',
  publisher: 'U.S. District Court for the District of Connecticut',
  url: 'https://www.ctd.uscourts.gov/page',
  kind: 'court-page',
  checked: '2026-12-06',
  ...fields,
});

interface Example {
  pass: unknown;
  fail: unknown;
  /** What the failing example reports, at which path. */
  reports: RegExp;
  fileId?: string;
}

const EXAMPLES: Record<string, Example> = {
  'text-is-safe': {
    pass: court(),
    fail: court((p) => (p.name = 'Connecticut\u001b]0;owned\u0007')),
    reports: /^name: holds .*; remove it$/,
  },
  'urls-have-their-own-host': {
    pass: court(),
    fail: court((p) => (p.ecf.url = 'https://ecf.ctd.uscourts.gov@evil.example/')),
    reports: /^ecf\.url: the URL has a user name or password part/,
  },
  'sources-registered': {
    pass: court(),
    fail: court((p) => (p.ecf.source = 'ctd-nextgen-pagee')),
    reports: /^ecf\.source: source "ctd-nextgen-pagee" is not in .*did you mean "ctd-nextgen-page"/,
  },
  'facts-sourced': {
    pass: court(),
    fail: court((p) => {
      (p.helpDesks[0] as { source?: unknown }).source = [];
    }),
    reports: /^helpDesks\.0: holds a fact with no `source`/,
  },
  'no-http-in-text': {
    pass: court(),
    fail: court((p) =>
      p.notes.push({
        text: 'See http://ctd.uscourts.gov/x',
        audience: 'all',
        source: 'ctd-nextgen-page',
      }),
    ),
    reports: /^notes\.3\.text: links to http:\/\/ctd\.uscourts\.gov\/x over plain http/,
  },
  'emails-plain-ascii': {
    pass: court(),
    fail: court((p) =>
      p.notes.push({
        text: 'Write to pacer@psc.uscourts.gоv',
        audience: 'all',
        source: 'ctd-nextgen-page',
      }),
    ),
    reports: /^notes\.3\.text: holds an e-mail address that is not plain ASCII/,
  },
  'id-matches-file-name': {
    pass: court(),
    fail: court(),
    fileId: 'ctb',
    reports: /^id: id "ctd" must match the file name "ctb\.yaml"$/,
  },
  'go-live-bounds-agree': {
    pass: court(),
    fail: court(
      (p) => (p.nextGen.liveBy = { date: '2016-01-01', source: 'pacer-feed-2022-11-27' }),
    ),
    reports: /^nextGen\.liveBy\.date: the dated facts contradict each other/,
  },
  'court-step-placeholders-known': {
    pass: court(),
    fail: court((p) => p.procedures['recover-ecf-login']?.steps?.push('Go to {court.url}')),
    reports: /unknown placeholder \{court\.url\}/,
  },
  'override-says-something': {
    pass: court(),
    fail: court(
      (p) => (p.procedures['link-ecf-account'] = { mode: 'after', source: 'ctd-nextgen-page' }),
    ),
    reports: /^procedures\.link-ecf-account\.mode: mode "after" adds steps/,
  },
  'related-is-another-court': {
    pass: court(),
    fail: court((p) => p.related.push({ id: 'ctd', relation: 'district', source: 'courts-db' })),
    reports: /^related\.2\.id: a court cannot be related to itself$/,
  },
  'acms-only-in-courts-of-appeals': {
    pass: court(),
    fail: court(
      (p) =>
        (p.acms = {
          status: 'no-statement-found',
          checked: '2026-11-23',
          source: 'ctd-nextgen-page',
        }),
    ),
    reports: /^acms: only a court of appeals files in ACMS/,
  },
  'help-desks-are-shared-boxes': {
    pass: court(),
    fail: court((p) => {
      (p.helpDesks[0] as { email?: string }).email = 'janet_stafford@ctd.uscourts.gov';
    }),
    reports: /^helpDesks\.0\.email: looks like a named person's own address/,
  },
  'contact-labels-are-plain': {
    pass: court(),
    fail: court((p) => {
      (p.helpDesks[0] as { division?: string }).division =
        'Northern District - Cm/ecf Nextgen 1.6.3';
    }),
    reports: /^helpDesks\.0\.division: holds a release string or a web address/,
  },
  'go-live-notes-agree': {
    pass: court(),
    fail: court((p) => {
      p.nextGen.goLive = { precision: 'day', date: '2017-12-11', source: 'ctd-nextgen-page' };
      p.notes.push({
        text: 'The court planned to move to NextGen CM/ECF in Fall 2017; the day it went live is not known.',
        audience: 'all',
        source: 'ctd-nextgen-page',
      });
    }),
    reports: /^notes\.3\.text: says the go-live day is not known, but nextGen\.goLive gives it/,
  },
  'national-step-placeholders-known': {
    pass: national(),
    fail: national((n) => n.procedures['link-ecf-account'].steps.push('{court.nickname}')),
    reports: /unknown placeholder \{court\.nickname\}/,
  },
  'mfa-dates-ordered': {
    pass: national(),
    fail: national((n) => (n.facts.mfaRequiredBy.date = '2020-01-01')),
    reports: /^facts\.mfaRequiredBy\.date: MFA cannot be required before enrolment began$/,
  },
  'registry-ids-unique': {
    pass: { sources: [entry()] },
    fail: { sources: [entry(), entry()] },
    reports: /^sources\.1\.id: id "ctd-page" is already used by entry 1$/,
  },
  'registry-https-where-it-exists': {
    pass: { sources: [entry()] },
    fail: { sources: [entry({ url: 'http://www.ctd.uscourts.gov/page', httpReason: 'old' })] },
    reports: /^sources\.0\.url: http:\/\/www\.ctd\.uscourts\.gov\/page is also served over https/,
  },
};

const ALL = [
  ...new Set<DataRule<never>>([
    ...COURT_RULES,
    ...NATIONAL_RULES,
    ...REGISTRY_RULES,
  ] as DataRule<never>[]),
];

function run(rule: DataRule<never>, data: unknown, fileId = 'ctd'): string[] {
  const found: string[] = [];
  rule.check({
    data: data as never,
    fileId,
    knownSources: new Set(catalog.sources.keys()),
    report: (path, message) => found.push(`${path.join('.')}: ${message}`),
  });
  return found;
}

describe.each(ALL.filter((rule) => EXAMPLES[rule.id]).map((rule) => ({ id: rule.id, rule })))(
  'rule $id',
  ({ id, rule }) => {
    const example = EXAMPLES[id] as Example;
    it('passes the good example', () => {
      expect(run(rule, example.pass)).toEqual([]);
    });
    it('reports the bad one', () => {
      const found = run(rule, example.fail, example.fileId);
      expect(found.length, found.join('\n')).toBeGreaterThan(0);
      expect(found[0]).toMatch(example.reports);
    });
  },
);

describe('the rules', () => {
  it('each have an id of their own, a description and examples here', () => {
    const ids = ALL.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL) expect(rule.description, rule.id).toMatch(/^[A-Z].*\.$/);
    expect(ids.filter((id) => !EXAMPLES[id])).toEqual([]);
  });
});
