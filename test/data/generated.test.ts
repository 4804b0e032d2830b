/**
 * The generated court profiles: committed files match what the generator makes now, curated
 * files are never touched, all 201 courts are there and load, and their relations resolve.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { cleanEmail, labelledPhones, parsePhone } from '../../src/feed/contacts.js';
import { districtPhrase } from '../../src/feed/court-names.js';
import {
  COUNTIES_FILE,
  GENERATED_MARKER,
  generateCounties,
  generateCourts,
  isGenerated,
  SCHEMA_LINE,
} from '../../scripts/generate/generate.js';
import { readGoLive } from '../../scripts/generate/go-live-readings.js';
import { readReferenceData, writeGenerated } from '../../scripts/generate/write-generated.js';
import { ROOT } from '../helpers/cli.js';
import { COURTS_DIR } from '../helpers/data.js';

const CURATED = ['cacd', 'ctd', 'prd', 'utd'];
const data = await readReferenceData(ROOT);
const generated = generateCourts(data);
const committed = new Map(
  readdirSync(COURTS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), readFileSync(join(COURTS_DIR, name), 'utf8')]),
);

describe('the generated profiles', () => {
  it('cover every one of the 201 courts, with a file each', () => {
    const ids = data.courts.map((court) => court.id).sort();
    expect(ids).toHaveLength(201);
    expect([...committed.keys()].sort()).toEqual(ids);
  });

  it('are up to date with sources/reference/ (run `npm run generate:courts` if not)', () => {
    const stale = generated
      .filter((court) => isGenerated(committed.get(court.id) ?? ''))
      .filter((court) => committed.get(court.id) !== court.text)
      .map((court) => `courts/${court.id}.yaml`);
    const counties = readFileSync(join(ROOT, COUNTIES_FILE), 'utf8');
    if (counties !== generateCounties(data)) stale.push(COUNTIES_FILE);
    expect(stale, `stale: run \`npm run generate:courts\` and commit ${stale.join(', ')}`).toEqual(
      [],
    );
  });

  it('leave exactly the hand-curated files without the generated marker', () => {
    const curated = [...committed].filter(([, text]) => !isGenerated(text)).map(([id]) => id);
    expect(curated.sort()).toEqual(CURATED);
  });

  it('start with the schema line, then the generated marker', () => {
    for (const court of generated) {
      expect(court.text.split('\n').slice(0, 2)).toEqual([SCHEMA_LINE, GENERATED_MARKER]);
    }
  });

  it('all load and validate together with the curated ones', async () => {
    const catalog = await loadCatalog();
    expect(catalog.courts.size).toBe(201);
  });
});

describe('writing the generated profiles', () => {
  it('rewrites stale generated files and never touches a curated one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nextgen-ready-generate-'));
    cpSync(COURTS_DIR, join(root, 'courts'), { recursive: true });
    // A person curates azd: deletes the marker and changes a fact.
    const curated = (committed.get('azd') ?? '')
      .replace(`${GENERATED_MARKER}\n`, '')
      .replace('shortName: District of Arizona', 'shortName: D. Ariz., as our firm writes it');
    writeFileSync(join(root, 'courts', 'azd.yaml'), curated);
    // azb is generated but stale.
    writeFileSync(
      join(root, 'courts', 'azb.yaml'),
      (committed.get('azb') ?? '').replace('602-682-4900', '602-000-0000'),
    );
    const report = await writeGenerated(root, data);
    expect(readFileSync(join(root, 'courts', 'azd.yaml'), 'utf8')).toBe(curated);
    expect(readFileSync(join(root, 'courts', 'azb.yaml'), 'utf8')).toBe(committed.get('azb'));
    for (const id of CURATED) {
      expect(readFileSync(join(root, 'courts', `${id}.yaml`), 'utf8')).toBe(committed.get(id));
    }
    expect(report.curated.sort()).toEqual(
      ['azd', ...CURATED].sort().map((id) => `courts/${id}.yaml`),
    );
    expect(report.written).toEqual(['courts/azb.yaml', COUNTIES_FILE]);
  });

  it('writes nothing on a dry run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nextgen-ready-generate-'));
    const report = await writeGenerated(root, data, { dryRun: true });
    expect(report.written).toHaveLength(202);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('related courts', async () => {
  const catalog = await loadCatalog();
  const profiles = [...catalog.courts.values()];

  it.each(profiles.filter((profile) => profile.type === 'district'))(
    '$id names its bankruptcy court, which names it back',
    (district) => {
      const related = district.related.find((each) => each.relation === 'bankruptcy');
      const bankruptcy = related && catalog.courts.get(related.id);
      expect(bankruptcy?.type).toBe('bankruptcy');
      expect(bankruptcy?.related.find((each) => each.relation === 'district')?.id).toBe(
        district.id,
      );
    },
  );

  it.each(profiles.filter((profile) => profile.type !== 'appellate'))(
    '$id names its court of appeals, which exists',
    (court) => {
      const circuits = court.related.filter((each) => each.relation === 'circuit');
      expect(circuits).toHaveLength(1);
      expect(catalog.courts.get(circuits[0]?.id ?? '')?.type).toBe('appellate');
    },
  );

  it('pairs a district and its bankruptcy court in the same circuit', () => {
    for (const district of profiles.filter((profile) => profile.type === 'district')) {
      const circuit = (id: string) =>
        catalog.courts.get(id)?.related.find((each) => each.relation === 'circuit')?.id;
      const bankruptcy = district.related.find((each) => each.relation === 'bankruptcy')?.id;
      expect(circuit(bankruptcy ?? ''), district.id).toBe(circuit(district.id));
    }
  });
});

describe('what the generated profiles say', () => {
  const byId = new Map(generated.map((court) => [court.id, court.profile]));

  it('give every court the liveBy day of PACER feed, sourced to that copy of the feed', () => {
    for (const { profile } of generated) {
      expect(profile.nextGen.liveBy, profile.id).toMatchObject({
        date: '2022-11-27',
        source: 'pacer-feed-2022-11-27',
      });
    }
  });

  // Read first from third-party pages; each court's own page states the same day.
  const COURT_PAGE_INSTEAD: Record<string, string> = {
    ca2: 'https://www.ca2.uscourts.gov/clerk/create_upgrade_PACER_in_CMECF_acct.html',
    ca9: 'https://www.ca9.uscourts.gov/cmecf/',
    ca10: 'https://ca10.uscourts.gov/cmecf/about-cmecf',
    cafc: 'https://www.cafc.uscourts.gov/announcements/archives/2018?page=6',
  };

  it("read every go-live row of the courts, keeping its source, or the court's own page", () => {
    for (const row of data.goLive.filter((each) => byId.has(each.id))) {
      const { goLive } = readGoLive(row);
      const sources = Array.isArray(goLive.source) ? goLive.source : [goLive.source];
      const official = COURT_PAGE_INSTEAD[row.id];
      expect(sources, row.id).toContain(official ?? row.source);
      if (/^\d{4}-\d{2}-\d{2}$/.test(row.goLiveAsStated) && goLive.precision === 'day')
        expect(goLive.date, row.id).toBe(row.goLiveAsStated);
      if (official) expect(sources.some((source) => source.includes('uscourts.gov'))).toBe(true);
      else expect(goLive.note, row.id).toContain(row.sourceKind);
    }
  });

  it('cite no third-party page where a court page states the same go-live', () => {
    for (const id of Object.keys(COURT_PAGE_INSTEAD)) {
      const source = byId.get(id)?.nextGen.goLive.source;
      for (const each of Array.isArray(source) ? source : [source])
        expect(String(each), id).not.toMatch(/counselpress|telioslaw|phpny/);
    }
  });

  it("label a number as the feed's office text does, and keep the helplines it gives", () => {
    // "Main Number 354-3000; Helpline (criminal) 202-354-3060 and civil (202) 354-3190."
    const dcd = byId.get('dcd')?.helpDesks?.map((desk) => [desk.label, desk.phone]);
    expect(dcd).toEqual(
      expect.arrayContaining([
        ['Main Number', '202-354-3000'],
        ['Helpline (criminal)', '202-354-3060'],
        ['Helpline (civil)', '202-354-3190'],
      ]),
    );
    expect(dcd).not.toContainEqual(['CM/ECF Help Desk', '202-354-3000']);
  });

  it('map seasons to unknown, and say the season to filers', () => {
    expect(byId.get('wied')?.nextGen.goLive.precision).toBe('unknown');
    expect(byId.get('wied')?.notes?.[0]?.text).toContain('Spring 2019');
    expect(byId.get('ilsb')?.notes?.[0]?.text).toContain('Fall 2021');
  });

  it('give a short name sentences can use, agreeing with the sources', () => {
    expect(byId.get('azd')?.shortName).toBe('District of Arizona');
    expect(byId.get('nysb')?.shortName).toBe(
      'Bankruptcy Court for the Southern District of New York',
    );
    expect(byId.get('ca4')?.shortName).toBe('Court of Appeals for the Fourth Circuit');
    expect(byId.get('dcb')?.shortName).toBe('Bankruptcy Court for the District of Columbia');
    expect(byId.get('gub')?.shortName).toBe('District Court of Guam (bankruptcy)');
    const abbreviate = (phrase: string) =>
      phrase.replace(/^(\w)\w+ District of /, '$1.D. ').replace(/^District of /, 'D. ');
    for (const court of data.courts.filter((each) => each.type !== 'appellate')) {
      if (['gud', 'gub', 'nmid', 'nmib', 'vid', 'vib', 'dcd', 'dcb'].includes(court.id)) continue;
      const phrase = districtPhrase(court);
      const feedName = data.feed.courts.find((record) => record.hostId === court.id)?.courtName;
      const said = `${court.name} | ${feedName ?? ''}`.toLowerCase();
      const forms = [phrase, abbreviate(phrase), phrase.replace(/ District of /, ' District ')];
      const direction = phrase.split(' ')[0] ?? '';
      const state = court.jurisdiction ?? '';
      expect(
        forms.some((form) => said.includes(form.toLowerCase())) ||
          (said.includes(state.toLowerCase()) &&
            (phrase.startsWith('District') || said.includes(direction.toLowerCase()))),
        `${court.id}: "${phrase}" vs ${said}`,
      ).toBe(true);
    }
  });

  it('record ACMS for every court of appeals, with the day checked, and for no other court', () => {
    const appellate = [...byId.values()].filter((profile) => profile.type === 'appellate');
    expect(appellate).toHaveLength(13);
    const moved = appellate.filter((profile) => profile.acms?.status === 'moved');
    expect(moved.map((profile) => profile.id).sort()).toEqual(['ca2', 'ca9']);
    for (const profile of appellate) expect(profile.acms?.checked).toBe('2026-11-23');
    expect(byId.get('ca4')?.acms).toMatchObject({
      status: 'no-statement-found',
      source: 'ca4-link-accounts-2019',
    });
    expect(
      [...byId.values()].filter((profile) => profile.type !== 'appellate' && profile.acms),
    ).toEqual([]);
    // The facts sit in the court data (its header), no longer in a trailing note.
    expect(byId.get('ca2')?.notes ?? []).toEqual([]);
    expect(byId.get('ca9')?.procedures?.['file-in-acms']?.mode).toBe('replace');
    expect(byId.get('ca2')?.procedures?.['file-in-acms']?.mode).toBe('after');
  });

  it('say that territorial district courts hear bankruptcy cases themselves', () => {
    for (const id of ['gub', 'nmib', 'vib']) {
      expect(
        byId.get(id)?.notes?.some((note) => note.text.includes('hears bankruptcy cases')),
      ).toBe(true);
    }
  });
});

describe('cleaning the feed', () => {
  it.each([
    ['602-322-7200', { phone: '602-322-7200', rest: '' }],
    ['(317) 229-3800', { phone: '317-229-3800', rest: '' }],
    ['215-408-2800 Ext. 2368', { phone: '215-408-2800', extension: '2368', rest: '' }],
    ['866-222-8029, Option 12', { phone: '866-222-8029', rest: ', Option 12' }],
    ['299-430-8432', undefined], // N9X area codes are reserved: a typo
    ['928-445-6598602-322-7200', undefined], // two numbers run together
    ['N/A', undefined],
    ['newcases@cod.uscourts.gov', undefined],
  ])('reads the phone text %j', (text, expected) => {
    expect(parsePhone(text)).toEqual(expected);
  });

  it.each([
    ['cmecf@ctd.uscourts.gov', 'cmecf@ctd.uscourts.gov'],
    [' SDD_cmecfhelp@sdd.uscourts.gov ', 'SDD_cmecfhelp@sdd.uscourts.gov'],
    ['[email address]', undefined],
    ['N/A', undefined],
    ['deadmail@localhost.localdomain', undefined],
    ['ecf_support@ared.uscourts.gov for technical questions', undefined],
    ['txwd_ecf_help@txwd.uscourts.gov (Replies sent Mon.-Fri. 8AM-6PM CT)', undefined],
  ])('takes the e-mail text %j only when it is one plain court address', (text, expected) => {
    expect(cleanEmail(text)).toBe(expected);
  });

  it.each([
    [
      'Main Number 354-3000; Helpline (criminal) 202-354-3060 and civil (202) 354-3190.',
      [
        ['202-354-3000', 'Main Number'],
        ['202-354-3060', 'Helpline (criminal)'],
        ['202-354-3190', 'Helpline (civil)'],
      ],
    ],
    [
      '918-699-4000 (Main Line) or 918-699-4072 (CMECF Help Desk)',
      [
        ['918-699-4000', 'Main Line'],
        ['918-699-4072', 'CMECF Help Desk'],
      ],
    ],
    [
      'Clerk\'s Office (501) 604-5351 CM/ECF Help Desk (866) 449-2550 or (501) 604-5351',
      [
        ['501-604-5351', "Clerk's Office"],
        ['866-449-2550', 'CM/ECF Help Desk'],
        ['501-604-5351', 'CM/ECF Help Desk'],
      ],
    ],
    ['(304)-347-3111 for the CM/ECF Help Desk', [['304-347-3111', 'CM/ECF Help Desk']]],
    // A number that cannot be read ("1700-6") leaves the label after it unsure: none is taken.
    ['Court--347-394-1700,Help Desk--347-394-1700-6,VCIS--347-394-1799', [['347-394-1700', 'Court']]],
    ['602-322-7200', []],
  ])('reads the labelled numbers of the office text %j', (text, expected) => {
    expect(labelledPhones(text).map(({ phone, label }) => [phone, label])).toEqual(expected);
  });

  it('fixes an impossible help-desk area code only from an office with the same number', () => {
    const albany = byIdContacts('gamd').find((desk) => desk.division === 'Albany');
    expect(albany?.phone).toBe('229-430-8432');
    expect(albany?.note).toContain('299-430-8432');
  });
});

function byIdContacts(id: string) {
  return generated.find((court) => court.id === id)?.profile.helpDesks ?? [];
}
