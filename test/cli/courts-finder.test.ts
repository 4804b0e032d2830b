/** `nextgen-ready courts` filters, and a plan that uses a generated profile, via the built binary. */
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { answerFlags, READY_ANSWERS } from '../helpers/fixtures.js';

interface Listing {
  id: string;
  type: string;
  jurisdiction: string | null;
  ecfUrl: string;
}

const find = async (...args: string[]) => {
  const result = await runInProcess([
    'courts',
    '--format',
    'json',
    '--as-of',
    '2026-11-22',
    ...args,
  ]);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as Listing[]).map((court) => court.id);
};

describe('nextgen-ready courts, finding your court', () => {
  it('lists all 201 courts without filters', async () => {
    expect(await find()).toHaveLength(201);
  });

  it.each([
    [['--type', 'appellate'], 13],
    [['--type', 'district'], 94],
    [['--type', 'BANKRUPTCY'], 94],
  ])('filters by %j', async (args, count) => {
    expect(await find(...args)).toHaveLength(count);
  });

  it('filters by state, by postal code or name in any case, with the circuit court', async () => {
    expect(await find('--state', 'AZ')).toEqual(['azb', 'azd', 'ca9']);
    expect(await find('--state', 'arizona')).toEqual(['azb', 'azd', 'ca9']);
    expect(await find('--state', 'New York', '--type', 'district')).toEqual([
      'nyed',
      'nynd',
      'nysd',
      'nywd',
    ]);
    expect(await find('--state', 'dc')).toEqual(['cadc', 'dcb', 'dcd']);
  });

  it('filters by circuit: a number, dc or federal', async () => {
    const ninth = await find('--circuit', '9');
    expect(ninth).toContain('ca9');
    expect(ninth).toContain('azd');
    expect(ninth).toContain('gub');
    expect(ninth).not.toContain('ca10');
    expect(await find('--circuit', 'federal')).toEqual(['cafc']);
    expect(await find('--circuit', 'dc')).toEqual(['cadc', 'dcb', 'dcd']);
    expect(await find('--circuit', '1', '--type', 'district')).toEqual([
      'mad',
      'med',
      'nhd',
      'prd',
      'rid',
    ]);
  });

  it('searches ids, names and states', async () => {
    expect(await find('--search', 'southern district of new york')).toEqual(['nysb', 'nysd']);
    expect(await find('--search', 'cacd')).toEqual(['cacd']);
    expect(await find('--search', 'Wyoming')).toEqual(['wyb', 'wyd']);
  });

  it('finds the district and bankruptcy court of a county', async () => {
    expect(await find('--county', 'Maricopa', '--state', 'AZ')).toEqual(['azb', 'azd']);
    expect(await find('--county', 'maricopa county', '--state', 'arizona')).toEqual(['azb', 'azd']);
    expect(await find('--county', 'Kings', '--state', 'NY')).toEqual(['nyeb', 'nyed']);
    expect(await find('--county', 'St Louis City', '--state', 'MO')).toEqual(['moeb', 'moed']);
    expect(await find('--county', 'Hartford', '--state', 'CT')).toEqual(['ctb', 'ctd']);
    expect(await find('--county', 'Kings', '--state', 'NY', '--type', 'bankruptcy')).toEqual([
      'nyeb',
    ]);
  });

  it('prints the matches as a table in text', async () => {
    const result = await runInProcess(['courts', '--state', 'AZ', '--as-of', '2026-11-22']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ID\s+TYPE/);
    expect(result.stdout).toMatch(
      /^azd\s+district\s+live\s+2022-02-07\s+-\s+https:\/\/ecf\.azd\.uscourts\.gov/m,
    );
    expect(result.stdout).toContain('3 courts.');
  });

  it.each([
    {
      args: ['--state', 'AZ', '--type', 'appellate', '--circuit', '10'],
      hint: /Try fewer filters/,
    },
    {
      args: ['--county', 'Maricopo', '--state', 'AZ'],
      hint: /no county "Maricopo" in Arizona \(did you mean "Maricopa"\?\)/,
    },
    { args: ['--search', 'no such court'], hint: /Try fewer filters/ },
  ])('finds nothing for $args: exit 0, [] and a hint on stderr', async ({ args, hint }) => {
    const json = await runInProcess(['courts', '--format', 'json', ...args]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toMatch(/^No court matches /);
    expect(json.stderr).toMatch(hint);
    const text = await runInProcess(['courts', ...args]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(hint);
  });

  it.each([
    {
      args: ['--type', 'distric'],
      message:
        'error: --type: "distric" is not a court type (did you mean "district"?); expected one of: district, bankruptcy, appellate',
    },
    {
      args: ['--state', 'XX'],
      message:
        'error: --state: "XX" is not a state or territory (did you mean "TX"?); give a postal code (AZ) or a name (Arizona)',
    },
    {
      args: ['--state', 'Arizonna'],
      message:
        'error: --state: "Arizonna" is not a state or territory (did you mean "Arizona"?); give a postal code (AZ) or a name (Arizona)',
    },
    {
      args: ['--circuit', '14'],
      message:
        /^error: --circuit: "14" is not a circuit \(did you mean .*"11".*\); expected 1 to 11, dc or federal$/,
    },
    {
      args: ['--county', 'Maricopa'],
      message:
        'error: --county needs --state: county names repeat across states (e.g. --county "Maricopa" --state AZ)',
    },
  ])('exits 2 with one clear line for $args', async ({ args, message }) => {
    const result = await runInProcess(['courts', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    if (typeof message === 'string') expect(lines[0]).toBe(message);
    else expect(lines[0]).toMatch(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('shows the filters with examples in --help', async () => {
    const result = await runInProcess(['courts', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--type', '--state', '--circuit', '--county', '--search'])
      expect(result.stdout).toContain(flag);
    expect(result.stdout).toContain('$ nextgen-ready courts --county Maricopa --state AZ');
  });
});

describe('a plan for a generated court', () => {
  it("sends a District of Arizona filer to the Arizona bankruptcy court's own CM/ECF and help desk", async () => {
    const result = await runInProcess([
      'check',
      '--court',
      'azd',
      '--as-of',
      '2026-11-22',
      ...answerFlags({ ...READY_ANSWERS, bankruptcy: 'yes' }),
      '--no-input',
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as {
      actions: {
        id: string;
        court: string;
        steps: string[];
        contacts: { phone?: string; email?: string }[];
        sources: string[];
      }[];
      sources: { id: string; url?: string }[];
    };
    const urlOf = (id: string) => plan.sources.find((source) => source.id === id)?.url;
    const action = plan.actions.find((each) => each.id === 'bankruptcy-court-login');
    expect(action?.court).toBe('azd');
    expect(action?.steps.join('\n')).toContain('https://ecf.azb.uscourts.gov');
    expect(action?.contacts.map((contact) => contact.phone)).toContain('602-682-4900');
    // The bankruptcy court's own page names its ECF Help Desk's address (checked 2026-12-06).
    expect(action?.contacts.map((contact) => contact.email)).toContain(
      'azbml_all_dqa@azb.uscourts.gov',
    );
    // The contacts cite PACER's feed, and the plan's sources table says where it is.
    expect(action?.sources.map(urlOf)).toContain(
      'https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json',
    );
  });

  it("shows the Second Circuit's ACMS facts in its court header, not in a trailing note", async () => {
    const result = await runInProcess([
      'check',
      '--court',
      'ca2',
      '--as-of',
      '2026-11-22',
      // A court of appeals has no bankruptcy question.
      ...answerFlags(
        Object.fromEntries(Object.entries(READY_ANSWERS).filter(([id]) => id !== 'bankruptcy')),
      ),
      '--no-input',
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as {
      courts: { id: string; acms?: { status: string; inAcms?: string; sources: string[] } }[];
      notes: { court: string; text: string; sources: string[] }[];
      sources: { id: string; url?: string }[];
    };
    const acms = plan.courts[0]?.acms;
    expect(acms?.status).toBe('some-case-types');
    expect(acms?.inAcms).toContain(
      'prisoner habeas and civil rights appeals opened since May 1, 2023',
    );
    expect(
      acms?.sources.map((id) => plan.sources.find((source) => source.id === id)?.url),
    ).toContain('https://www.ca2.uscourts.gov/');
    expect(plan.notes.filter((note) => note.text.includes('ACMS'))).toEqual([]);
  });
});
