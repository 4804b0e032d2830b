/**
 * The generated layer of the court profiles (courts/generated/): the committed files are what the
 * generator makes now, regenerating never touches a curated file (courts/<id>.yaml) and never
 * loses a curated value, all 201 courts are there and load, and their relations resolve.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { cleanEmail, labelledPhones, parsePhone } from '../../src/feed/contacts.js';
import { districtPhrase } from '../../src/feed/court-names.js';
import { loadBundledYaml } from '../../src/profile/profile-files.js';
import {
  COUNTIES_FILE,
  GENERATED_LINE,
  generateCounties,
  generateCourts,
} from '../../scripts/generate/generate.js';
import { schemaLineOf } from '../../scripts/data/canonical-yaml.js';
import { readGoLive } from '../../scripts/generate/go-live-readings.js';
import {
  GENERATED_COURTS,
  readReferenceData,
  writeGenerated,
} from '../../scripts/generate/write-generated.js';
import { ROOT } from '../helpers/cli.js';
import { COURTS_DIR } from '../helpers/data.js';

const GENERATED_DIR = join(COURTS_DIR, 'generated');
const data = await readReferenceData(ROOT);
const generated = generateCourts(data);
const committed = new Map(
  readdirSync(GENERATED_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), readFileSync(join(GENERATED_DIR, name), 'utf8')]),
);
const catalog = await loadCatalog();
const merged = new Map([...catalog.courts]);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
/** A copy of the repository's data folders to regenerate in. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'nextgen-ready-generate-'));
  made.push(root);
  for (const dir of ['courts', 'sources']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  return root;
}

describe('the generated layer', () => {
  it('covers every one of the 201 courts, with a file each', () => {
    const ids = data.courts.map((court) => court.id).sort();
    expect(ids).toHaveLength(201);
    expect([...committed.keys()].sort()).toEqual(ids);
  });

  it('is up to date with sources/reference/ (run `npm run generate:courts` if not)', () => {
    const stale = generated
      .filter((court) => committed.get(court.id) !== court.text)
      .map((court) => `${GENERATED_COURTS}/${court.id}.yaml`);
    const counties = readFileSync(join(ROOT, COUNTIES_FILE), 'utf8');
    if (counties !== generateCounties(data)) stale.push(COUNTIES_FILE);
    expect(stale, `stale: run \`npm run generate:courts\` and commit ${stale.join(', ')}`).toEqual(
      [],
    );
  });

  it('starts each file with the schema line, then says it is generated', () => {
    for (const court of generated) {
      expect(court.text.split('\n').slice(0, 3)).toEqual([
        schemaLineOf('generated-layer'),
        '#',
        GENERATED_LINE,
      ]);
    }
  });

  it('loads and validates merged with the defaults and the curated files', async () => {
    const { courts, problems } = await loadBundledYaml();
    expect(problems).toEqual([]);
    expect(courts.size).toBe(201);
  });
});

describe('regenerating', () => {
  it('changes nothing on a clean checkout', async () => {
    const root = copyOfData();
    const report = await writeGenerated(root, data);
    expect(report.written).toEqual([COUNTIES_FILE]); // data/ is not in the copy
    expect(report.removed).toEqual([]);
  });

  it('keeps a curated value, and still updates a generated value nothing curated', async () => {
    const root = copyOfData();
    // A person curates azd's short name; the feed's help desk of azd and azb are stale.
    const curatedFile = join(root, 'courts', 'azd.yaml');
    const curated = `${readFileSync(curatedFile, 'utf8')}shortName: D. Ariz., as our firm writes it\n`;
    writeFileSync(curatedFile, curated);
    const azb = join(root, GENERATED_COURTS, 'azb.yaml');
    writeFileSync(azb, readFileSync(azb, 'utf8').replace('602-682-4900', '602-000-0000'));
    const azdGenerated = join(root, GENERATED_COURTS, 'azd.yaml');
    writeFileSync(azdGenerated, readFileSync(azdGenerated, 'utf8').replace('District of Arizona\n', 'Stale\n'));
    const report = await writeGenerated(root, await readReferenceData(root));
    expect(report.written.sort()).toEqual(
      [`${GENERATED_COURTS}/azb.yaml`, `${GENERATED_COURTS}/azd.yaml`, COUNTIES_FILE].sort(),
    );
    // The curated file is untouched, and wins over the regenerated layer when merged.
    expect(readFileSync(curatedFile, 'utf8')).toBe(curated);
    expect(readFileSync(azb, 'utf8')).toBe(committed.get('azb'));
    const { loadCourtDirs } = await import('../../src/profile/profile-files.js');
    const known = new Set(catalog.sources.keys());
    const [azd] = (await loadCourtDirs([join(root, 'courts')], known)).filter(
      (result) => result.ok && result.data.id === 'azd',
    );
    expect(azd?.ok && azd.data.shortName).toBe('D. Ariz., as our firm writes it');
    expect(azd?.ok && azd.data.helpDesks).toEqual(merged.get('azd')?.helpDesks);
  });

  it('removes the generated file of a court no longer in the reference data', async () => {
    const root = copyOfData();
    writeFileSync(join(root, GENERATED_COURTS, 'zzz.yaml'), 'id: zzz\n');
    const report = await writeGenerated(root, data);
    expect(report.removed).toEqual([`${GENERATED_COURTS}/zzz.yaml`]);
  });

  it('writes nothing on a dry run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nextgen-ready-generate-'));
    made.push(root);
    const report = await writeGenerated(root, data, { dryRun: true });
    expect(report.written).toHaveLength(202);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('what the generated layer says', () => {
  const byId = new Map(generated.map((court) => [court.id, court.profile]));

  it('leaves the liveBy day of PACER feed to the defaults, or an earlier day a court page gives', () => {
    for (const profile of merged.values()) {
      if (['prd', 'utd', 'cacd'].includes(profile.id)) continue; // curated: go-live known
      const liveBy = profile.nextGen.liveBy;
      expect(liveBy?.date, profile.id).toBeDefined();
      expect((liveBy?.date ?? '') <= '2022-11-27', profile.id).toBe(true);
      if (liveBy?.date === '2022-11-27') expect(liveBy.source, profile.id).toBe('pacer-feed-2022-11-27');
    }
    for (const profile of byId.values()) expect(profile.nextGen?.liveBy).toBeUndefined();
  });

  // Read first from third-party pages; each court's own page states the same day.
  const COURT_PAGE_INSTEAD: Record<string, string> = {
    ca2: 'https://www.ca2.uscourts.gov/clerk/create_upgrade_PACER_in_CMECF_acct.html',
    ca9: 'https://www.ca9.uscourts.gov/cmecf/',
    ca10: 'https://ca10.uscourts.gov/cmecf/about-cmecf',
    cafc: 'https://www.cafc.uscourts.gov/announcements/archives/2018?page=6',
  };

  it('reads the go-live rows a rule can read, keeping their source; a person reads the rest', () => {
    for (const row of data.goLive.filter((each) => byId.has(each.id))) {
      const reading = readGoLive(row);
      const goLive = merged.get(row.id)?.nextGen.goLive;
      if (!reading) {
        // Read in the court's curated file, which must give it.
        expect(readFileSync(join(COURTS_DIR, `${row.id}.yaml`), 'utf8'), row.id).toMatch(
          /^ {2}goLive:/m,
        );
        continue;
      }
      // The generated file cites the page by its registry id, with the rule's note.
      expect(byId.get(row.id)?.nextGen?.goLive, row.id).toMatchObject({
        precision: reading.precision,
        note: reading.note,
      });
      expect(reading.source, row.id).toBe(row.source);
      if (reading.precision === 'day') expect(reading.date, row.id).toBe(row.goLiveAsStated);
      expect(reading.note, row.id).toContain(row.sourceKind);
      const sources = [goLive?.source ?? []].flat();
      const official = COURT_PAGE_INSTEAD[row.id];
      if (official) expect(sources, row.id).toContain(official);
    }
  });

  it('stops on a row no rule can read when no curated file reads it', () => {
    const unread = data.goLive.filter((each) => !readGoLive(each)).map((each) => each.id);
    expect(unread.length).toBeGreaterThan(0);
    expect(() => generateCourts({ ...data, curatedGoLive: new Set(unread.slice(1)) })).toThrow(
      `row ${unread[0] ?? ''} `,
    );
    expect(() => generateCourts({ ...data, curatedGoLive: new Set(unread.slice(1)) })).toThrow(
      `needs a reading: set nextGen.goLive in courts/${unread[0] ?? ''}.yaml`,
    );
  });

  it('cites no third-party page where a court page states the same go-live', () => {
    for (const id of Object.keys(COURT_PAGE_INSTEAD)) {
      const source = merged.get(id)?.nextGen.goLive.source;
      for (const each of [source].flat())
        expect(String(each), id).not.toMatch(/counselpress|telioslaw|phpny/);
    }
  });

  it("labels a number as the feed's office text does, and keeps the helplines it gives", () => {
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

  it('reads a season as unknown where no court page gives the day (none is left: wied and ilsb now have theirs)', () => {
    expect(merged.get('wied')?.nextGen.goLive).toMatchObject({ precision: 'day', date: '2019-04-08' });
    expect(merged.get('ilsb')?.nextGen.goLive).toMatchObject({ precision: 'day', date: '2021-09-13' });
    for (const id of ['wied', 'ilsb'])
      expect(merged.get(id)?.notes.map((note) => note.text).join(' ')).not.toMatch(/not known/);
  });

  it('gives a short name sentences can use, agreeing with the sources', () => {
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

  it('leaves ACMS to the curated files of the courts of appeals, and to no other court', () => {
    const appellate = [...merged.values()].filter((profile) => profile.type === 'appellate');
    expect(appellate).toHaveLength(13);
    const moved = appellate.filter((profile) => profile.acms?.status === 'moved');
    expect(moved.map((profile) => profile.id).sort()).toEqual(['ca2', 'ca9']);
    for (const profile of appellate) expect(profile.acms?.checked).toBe('2026-11-23');
    expect(merged.get('ca4')?.acms).toMatchObject({
      status: 'no-statement-found',
      source: 'ca4-link-accounts-2019',
    });
    expect([...byId.values()].filter((profile) => profile.acms)).toEqual([]);
    expect(merged.get('ca9')?.procedures['file-in-acms']?.mode).toBe('replace');
    expect(merged.get('ca2')?.procedures['file-in-acms']?.mode).toBe('after');
  });

  it('says that territorial district courts hear bankruptcy cases themselves', () => {
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
