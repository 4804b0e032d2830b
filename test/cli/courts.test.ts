import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/fixtures.js';
import { wholeProfileText } from '../helpers/data.js';

interface Listing {
  id: string;
  name: string;
  type: string;
  nextGen: { status: string; precision: string; date?: string; month?: string; liveBy?: string };
  acms?: { status: string; checked: string; moves: { from?: string }[] };
  ecfUrl: string;
}

const listCourts = async (...args: string[]) => {
  const result = await runInProcess(['courts', '--format', 'json', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Listing[];
};

describe('nextgen-ready courts', () => {
  it('lists the four seed courts with their NextGen date and precision', async () => {
    const courts = await listCourts('--as-of', '2026-11-22');
    const byId = Object.fromEntries(courts.map((court) => [court.id, court]));
    expect(Object.keys(byId)).toEqual(expect.arrayContaining(['cacd', 'ctd', 'prd', 'utd']));
    expect(byId.cacd?.nextGen).toMatchObject({
      status: 'live',
      precision: 'day',
      date: '2020-02-18',
    });
    // Utah's sources give February 1 and February 3, 2020: a window, both ends shown.
    expect(byId.utd?.nextGen).toMatchObject({
      status: 'live',
      precision: 'window',
      from: '2020-02-01',
      to: '2020-02-03',
    });
    expect(byId.prd?.nextGen).toMatchObject({
      status: 'live',
      precision: 'day',
      date: '2021-11-29',
    });
    expect(byId.ctd?.nextGen).toMatchObject({
      status: 'live',
      precision: 'expected-month',
      month: '2017-12',
      liveBy: '2022-11-27',
    });
    expect(byId.ctd?.ecfUrl).toBe('https://ecf.ctd.uscourts.gov');
  });

  it('says "unknown" where the facts cannot settle a date, and "not live" before a known go-live', async () => {
    const byId = Object.fromEntries(
      (await listCourts('--as-of', '2020-01-15')).map((court) => [court.id, court.nextGen.status]),
    );
    expect(byId).toMatchObject({
      ctd: 'unknown',
      cacd: 'not-live',
      utd: 'not-live',
      prd: 'not-live',
    });
    const early = Object.fromEntries(
      (await listCourts('--as-of', '2017-06-01')).map((court) => [court.id, court.nextGen.status]),
    );
    expect(early.ctd).toBe('not-live');
  });

  it('prints a table in text', async () => {
    const result = await runInProcess(['courts', '--as-of', '2026-11-22']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ID\s+TYPE\s+ON 2026-11-22/);
    expect(result.stdout).toMatch(/^ctd\s+district\s+live/m);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it("shows each court of appeals' filing systems: ACMS by date, in a column and a JSON field", async () => {
    const on = async (asOf: string) =>
      Object.fromEntries(
        (await listCourts('--type', 'appellate', '--as-of', asOf)).map((court) => [
          court.id,
          court,
        ]),
      );
    const before = await on('2023-09-30');
    const after = await on('2023-10-01');
    expect(before.ca9?.acms?.status).toBe('some-case-types');
    expect(after.ca9?.acms?.status).toBe('all-new-cases');
    expect(after.ca9?.acms?.moves.map((move) => move.from)).toEqual([
      '2021-05-01',
      '2021-05-01',
      '2023-10-01',
    ]);
    expect(after.ca2?.acms?.status).toBe('some-case-types');
    expect(after.ca4?.acms).toMatchObject({ status: 'no-statement-found', checked: '2026-11-23' });
    expect(Object.keys(after)).toHaveLength(13);
    expect((await listCourts('--search', 'utd', '--as-of', '2026-11-22'))[0]).not.toHaveProperty(
      'acms',
    );

    const table = async (asOf: string) =>
      (await runInProcess(['courts', '--type', 'appellate', '--as-of', asOf])).stdout;
    expect(await table('2023-09-30')).toMatch(
      /^ID\s+TYPE\s+ON 2023-09-30\s+GO-LIVE\s+ACMS ON 2023-09-30/,
    );
    expect(await table('2023-09-30')).toMatch(/^ca9\s.*\ssome types since 2021-05-01\s/m);
    expect(await table('2023-10-01')).toMatch(/^ca9\s.*\sall new since 2023-10-01\s/m);
    expect(await table('2023-10-01')).toMatch(/^ca4\s.*\snone found\s/m);
    expect((await runInProcess(['courts', '--search', 'utd'])).stdout).toMatch(
      /^utd\s.*\s-\s+https:/m,
    );
  });

  it('adds and replaces courts from --courts-dir', async () => {
    const ctd = wholeProfileText('ctd').replace(
      'name: United States District Court for the District of Connecticut',
      'name: Connecticut, as our firm keeps it',
    );
    const zzd = ctd.replace('id: ctd', 'id: zzd');
    const dir = tempDir({ 'ctd.yaml': ctd, 'zzd.yaml': zzd });
    const courts = await listCourts('--courts-dir', dir);
    expect(courts.find((court) => court.id === 'ctd')?.name).toBe(
      'Connecticut, as our firm keeps it',
    );
    expect(courts.map((court) => court.id)).toContain('zzd');
  });

  it.each([
    {
      args: ['courts', '--format', 'xml'],
      message:
        /error: option '-f, --format <format>' argument is invalid\. Allowed choices are text, json\./,
    },
    {
      args: ['courts', '--as-of', '2020-13-01'],
      message: /^error: --as-of: "2020-13-01" is not a date\nWrite it as YYYY-MM-DD/,
    },
    {
      args: ['courts', '--courts-dir', '/no/such/dir'],
      message: /^error: courts directory not found: \/no\/such\/dir/,
    },
    { args: ['cours'], message: /unknown command 'cours'/ },
    { args: ['courts', '--frmat', 'json'], message: /unknown option '--frmat'/ },
  ])('exits 2 with a clear message for $args', async ({ args, message }) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stdout).toBe('');
  });
});

describe('nextgen-ready courts <id>', () => {
  it("prints one court's facts: where to go, its help desks and its own rules, with sources", async () => {
    const result = await runInProcess(['courts', 'ctd', '--as-of', '2026-12-06']);
    expect(result.code, result.stderr).toBe(0);
    const text = result.stdout.replace(/\s+/g, ' ');
    expect(result.stdout).toMatch(
      /^ {2}ctd {2}United States District Court for the District of Connecticut$/m,
    );
    expect(text).toContain('district · Connecticut · on NextGen on 2026-12-06');
    expect(text).toMatch(/CM\/ECF https:\/\/ecf\.ctd\.uscourts\.gov \[\d\]/);
    expect(text).toContain(
      "Clerk's Office, CM/ECF (Bridgeport): 203-579-5861 · cmecf@ctd.uscourts.gov",
    );
    expect(text).toContain("Admission through PACER's Attorney Admissions / E-File request");
    // Its pro hac vice rule rests on a law firm's page: said, not stated as the court's.
    expect(text).toMatch(
      /Pro hac vice by motion; D\. Conn\. L\. Civ\. R\. 83\.1\(d\) \(a third party's page, not the court's: confirm with the clerk\)/,
    );
    expect(text).toMatch(
      /E-file registration not published on the court's pages \(searched [A-Z][a-z]+ \d+, 2026\)/,
    );
    expect(text).toContain('Sources [1] NOTICE RE: NEXT GENERATION (NEXTGEN) OF CM/ECF.');
    expect(text).toContain('Your own plan for this court: nextgen-ready check --court ctd');
  });

  it('gives the same facts as JSON, each with its state and sources', async () => {
    const result = await runInProcess(['courts', 'ctb', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const card = JSON.parse(result.stdout) as {
      id: string;
      facts: { topic: string; text: string; state: string; sources: string[] }[];
      sources: { id: string }[];
    };
    expect(card.id).toBe('ctb');
    // A bankruptcy court's bar is its district court's.
    expect(card.facts.find((fact) => fact.topic === 'Whose bar')).toMatchObject({
      state: 'known',
      text: 'the bar of United States District Court for the District of Connecticut (ctd)',
    });
    for (const fact of card.facts)
      if (fact.state === 'known') expect(fact.sources.length, fact.topic).toBeGreaterThan(0);
      else expect(fact.sources, fact.topic).toEqual([]);
    const cited = new Set(card.facts.flatMap((fact) => fact.sources));
    expect(new Set(card.sources.map((source) => source.id))).toEqual(cited);
  });

  it('lists the courts that words name, where they are not an id', async () => {
    const result = await runInProcess(['courts', 'western texas']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^txwb\s/m);
    expect(result.stdout).toMatch(/^txwd\s/m);
    expect(result.stdout.match(/^tx/gm)).toHaveLength(2);
  });

  it('refuses an id with filters, and an id that is nothing', async () => {
    const both = await runInProcess(['courts', 'ctd', '--state', 'CT']);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'error: courts ctd shows one court; --state CT filters a list\nGive a court id alone, or filters alone.\n',
    );
    const near = await runInProcess(['courts', 'ctx']);
    expect(near.code).toBe(2);
    expect(near.stderr).toMatch(
      /^error: courts: "ctx" is not a court id \(did you mean "ctb" or "ctd"\?\)/,
    );
  });
});

describe('a state or a court name given to --court', () => {
  it.each([
    ['texas', 'it names 9 courts: ca5, txeb, txed, txnb, txnd, txsb, txsd, txwb, txwd'],
    ['western texas', 'it names 2 courts: txwb, txwd'],
  ])('%s: names the value and the ids it names', async (value, names) => {
    const result = await runInProcess(['check', '--court', value, '--no-input']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: --court: "${value}" is not a court id; ${names}\n`);
    expect(result.stderr).toContain(`\`nextgen-ready courts --search "${value}"\``);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('in roster too', async () => {
    const dir = tempDir({ 'team.csv': 'name\nAda\n' });
    // A path, not a working directory: the mutation run's workers cannot chdir.
    const result = await runInProcess(['roster', join(dir, 'team.csv'), '--court', 'texas']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: --court: "texas" is not a court id; it names 9 courts:',
    );
  });
});

describe('nextgen-ready validate', () => {
  it('passes the bundled profiles and the national procedures', async () => {
    const result = await runInProcess(['validate']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d{3} files valid\.\n$/);
  });

  it('reports every problem of a bad directory as file:line:column and exits 2', async () => {
    const good = wholeProfileText('utd');
    const bad = good
      .replace('type: district', 'type: distict')
      .replace('to: 2020-02-03', 'to: 2020-02-31');
    const dir = tempDir({ 'utd.yaml': good, 'xxd.yaml': bad });
    const result = await runInProcess(['validate', dir]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /xxd\.yaml:\d+:1: id: id "utd" must match the file name "xxd\.yaml"|xxd\.yaml:\d+:7: type: "distict" is not allowed/,
    );
    expect(result.stderr).toMatch(
      /xxd\.yaml:\d+:7: type: "distict" is not allowed \(did you mean "district"\?\); expected one of: district, bankruptcy, appellate/,
    );
    expect(result.stderr).toMatch(
      /xxd\.yaml:\d+:\d+: nextGen\.goLive\.to: expected a real date written YYYY-MM-DD, got "2020-02-31"/,
    );
    expect(lines.at(-1)).toBe('1 of 2 files invalid, 2 problems.');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('exits 2 for a directory with no profiles', async () => {
    const result = await runInProcess(['validate', tempDir({})]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no \*\.yaml profiles found/);
  });
});

describe('help and version', () => {
  // --version, whose text the build writes in: test/edge/startup.test.ts.

  it.each([
    ['--help'],
    ['check', '--help'],
    ['courts', '--help'],
    ['validate', '--help'],
    ['questions', '--help'],
  ])('%s ends with examples', async (...args) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Examples:\n( {2}\$ nextgen-ready .+\n?)+/);
  });

  it('lists every question flag in check --help', async () => {
    const result = await runInProcess(['check', '--help']);
    for (const flag of [
      '--filer',
      '--pacer-account',
      '--account-type',
      '--ecf-login',
      '--linked',
      '--mfa',
      '--cja',
      '--exempt-account',
      '--firm-billing',
      '--bankruptcy',
      '--problems',
    ]) {
      expect(result.stdout).toContain(`  ${flag} <`);
    }
  });
});
