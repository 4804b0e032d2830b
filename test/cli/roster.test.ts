import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, type CliResult } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import {
  COLUMNS,
  filesIn,
  SEED_ROWS,
  tempDir,
  toCsv,
  type Entry,
  type RosterJson,
} from '../helpers/roster-fixtures.js';

const AS_OF = '2026-11-22';

/** Runs `roster` in `dir` (so file names in messages are short). */
async function roster(dir: string, args: readonly string[]): Promise<CliResult> {
  return await runInProcess(['roster', ...args], { cwd: dir });
}

async function rosterJson(dir: string, args: readonly string[], code = 0): Promise<RosterJson> {
  const result = await roster(dir, [...args, '--format', 'json', '--as-of', AS_OF]);
  expect(result.code, result.stderr).toBe(code);
  return JSON.parse(result.stdout) as RosterJson;
}

const actionIds = (entry: Entry | undefined) =>
  (entry?.plan?.actions ?? []).map((action) => action.id);

/** What each seed row must ask for (a subset of its plan's action ids), and its status. */
const SEED_EXPECTED: Record<string, { status: string; actions: string[] }> = {
  'Ada Ready': { status: 'ready', actions: [] },
  'Ben Legacy': { status: 'action-needed', actions: ['upgrade-pacer-account', 'link-ecf-account'] },
  'Cy Unknown': { status: 'action-needed', actions: ['find-pacer-account'] },
  'Dee Pro Se': { status: 'action-needed', actions: ['register-pacer-account'] },
  'Eve CJA Exempt': { status: 'action-needed', actions: ['merge-exempt-account'] },
  'Fay CJA Own': { status: 'action-needed', actions: ['add-cja-exemption'] },
  'Gus Shared': { status: 'action-needed', actions: ['register-pacer-account'] },
  'Hal Forgot': {
    status: 'action-needed',
    actions: [
      'reset-pacer-password',
      'reactivate-pacer-account',
      'recover-ecf-login',
      'enroll-mfa',
    ],
  },
  'Ida Firm Billing': {
    status: 'action-needed',
    actions: ['register-pacer-account', 'set-up-firm-billing'],
  },
  'Jo Four Courts': {
    status: 'action-needed',
    actions: ['link-ecf-account', 'request-filing-access', 'refresh-ecf-menus'],
  },
};

describe('nextgen-ready roster', () => {
  it('plans every seed path from one CSV file, each as check would', async () => {
    const dir = tempDir({ 'team.csv': toCsv(SEED_ROWS) });
    const document = await rosterJson(dir, ['team.csv']);
    expect(document).toMatchObject({ schemaVersion: 1, roster: 'team.csv', asOf: AS_OF });
    expect(document.attorneys.map((entry) => [entry.line, entry.name])).toEqual(
      SEED_ROWS.map((row, index) => [index + 2, row.name]),
    );
    for (const entry of document.attorneys) {
      const expected = SEED_EXPECTED[entry.name]!;
      expect({ name: entry.name, status: entry.status }).toEqual({
        name: entry.name,
        status: expected.status,
      });
      expect(actionIds(entry)).toEqual(expect.arrayContaining(expected.actions));
      expect(entry.plan?.status).toBe(entry.status);
      if (expected.status === 'ready') expect(entry.plan?.actions).toEqual([]);
    }
    expect(document.totals).toEqual({
      rows: 10,
      ready: 1,
      actionNeeded: 9,
      waiting: 0,
      errors: 0,
      actions: document.attorneys.reduce(
        (sum, entry) => sum + (entry.plan?.actions.length ?? 0),
        0,
      ),
      // Cy Unknown's account may be legacy and may lack MFA: "only if" actions, counted apart.
      conditional: 3,
      duplicates: 0,
    });

    // The same answers through `check` give the same plan.
    for (const name of ['Hal Forgot', 'Jo Four Courts']) {
      const row = SEED_ROWS.find((candidate) => candidate.name === name)!;
      const { name: _name, courts, ...answers } = row;
      const answersFile = join(dir, 'answers.json');
      const asMap = (value: string | undefined) =>
        value?.includes('=')
          ? Object.fromEntries(value.split(';').map((pair) => pair.split('=')))
          : value;
      writeFileSync(
        answersFile,
        JSON.stringify({
          ...answers,
          linked: asMap(answers.linked),
          'ecf-login': asMap(answers['ecf-login']),
          problems: answers.problems?.split(';'),
        }),
      );
      const checked = await runInProcess([
        'check',
        '--court',
        courts!.split(' ').join(','),
        '--answers',
        answersFile,
        '--format',
        'json',
        '--as-of',
        AS_OF,
        '--no-input',
      ]);
      expect(checked.code, checked.stderr).toBe(0);
      expect(document.attorneys.find((entry) => entry.name === name)?.plan).toEqual(
        JSON.parse(checked.stdout),
      );
    }
  });

  it('shows a waiting status before a go-live', async () => {
    const dir = tempDir({ 'team.csv': toCsv([SEED_ROWS[1]!]) });
    const result = await roster(dir, ['team.csv', '--as-of', '2020-01-15', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as RosterJson;
    expect(document.attorneys.map((entry) => entry.status)).toEqual(['action-needed']);
    const waiting = tempDir({
      'team.csv': toCsv([
        {
          name: 'Kit Waiting',
          courts: 'utd',
          filer: 'attorney',
          'pacer-account': 'individual',
          'account-type': 'upgraded',
          mfa: 'enrolled',
          'firm-billing': 'no',
          'ecf-login': 'known',
          cja: 'no',
          bankruptcy: 'no',
        },
      ]),
    });
    const later = await roster(waiting, ['team.csv', '--as-of', '2020-01-15', '--format', 'csv']);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout).toContain(',Kit Waiting,,,utd,waiting,');
  });

  it('reads CSV as Excel saves it: BOM, CRLF, quotes, commas and line breaks inside names', async () => {
    const rows = [
      { ...SEED_ROWS[0]!, name: 'Doe, Jane "JD"', email: 'jane@example.com', id: '00417' },
      { ...SEED_ROWS[1]!, name: 'Müller, Jürgen\r\nJr.' },
      { ...SEED_ROWS[2]!, name: 'Plain Name' },
    ];
    const dir = tempDir({ 'team.csv': `\ufeff${toCsv(rows)}` });
    const document = await rosterJson(dir, ['team.csv']);
    expect(document.attorneys.map((entry) => [entry.line, entry.name, entry.id])).toEqual([
      [2, 'Doe, Jane "JD"', '00417'],
      [3, 'Müller, Jürgen Jr.', ''],
      [5, 'Plain Name', ''],
    ]);

    const csv = await roster(dir, ['team.csv', '--format', 'csv', '--as-of', AS_OF]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.startsWith('line,name,')).toBe(true);
    expect(csv.stdout).toContain('\r\n2,"Doe, Jane ""JD""",jane@example.com,00417,ctd,ready,0,');
    expect(csv.stdout).toContain('\r\n3,"Müller, Jürgen Jr.",');
    expect(csv.stdout).toContain('\r\n5,Plain Name,');

    const text = await roster(dir, ['team.csv', '--as-of', AS_OF]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^2 +Doe, Jane "JD" +ctd +ready +0/m);
    expect(text.stdout).toMatch(/^5 +Plain Name +prd +action needed/m);
    expect(text.stdout).toContain('3 attorneys: 1 ready, 2 action needed, 0 waiting, 0 errors');
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('reads YAML and JSON rosters, planning them as the same CSV', async () => {
    const yamlRows = SEED_ROWS.map((row) => ({
      ...row,
      courts: row.courts!.split(/[; ]/),
      problems: row.problems?.split(';'),
    }));
    const yaml = yamlRows
      .map((row) =>
        Object.entries(row)
          .filter(([, value]) => value !== undefined)
          .map(
            ([key, value], index) =>
              `${index === 0 ? '- ' : '  '}${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : JSON.stringify(value)}`,
          )
          .join('\n'),
      )
      .join('\n');
    const dir = tempDir({
      'team.csv': toCsv(SEED_ROWS),
      'team.yaml': `# the firm's roster\n${yaml}\n`,
      'team.json': JSON.stringify(SEED_ROWS, null, 2),
    });
    const fromCsv = await rosterJson(dir, ['team.csv']);
    const fromYaml = await rosterJson(dir, ['team.yaml']);
    const fromJson = await rosterJson(dir, ['team.json']);
    const plans = (document: RosterJson) =>
      document.attorneys.map((entry) => [entry.name, entry.status, entry.plan]);
    expect(plans(fromYaml)).toEqual(plans(fromCsv));
    expect(plans(fromJson)).toEqual(plans(fromCsv));
    expect(fromYaml.attorneys.map((entry) => entry.line).slice(0, 3)).toEqual([2, 12, 23]);
    expect(fromJson.attorneys.map((entry) => entry.line).slice(0, 2)).toEqual([2, 14]);
  });

  it('plans every good row beside bad ones, reports each bad row with its line, then exits 2', async () => {
    const good = SEED_ROWS[0]!;
    const rows = [
      { ...good, name: 'Good One' },
      { ...good, name: 'Unknown Court', courts: 'ctdd' },
      { ...good, name: 'Bad Value', 'pacer-account': 'indiv' },
      { ...good, name: 'Missing Answer', linked: '' },
      { ...good, name: '' },
      { ...good, name: 'Good\nTwo' },
      { ...good, name: 'Good Three' },
    ];
    const dir = tempDir({ 'team.csv': `${toCsv(rows, '\n')}"Broken, quote,ctd\n` });
    const expectedLines = [2, 3, 4, 5, 6, 7, 9, 10];
    const goodLines = [2, 7, 9];

    const json = await roster(dir, ['team.csv', '--format', 'json', '--as-of', AS_OF]);
    expect(json.code).toBe(2);
    expect(hasStackTrace(json.stderr)).toBe(false);
    const document = JSON.parse(json.stdout) as RosterJson;
    expect(document.attorneys.map((entry) => [entry.line, entry.status])).toEqual(
      expectedLines.map((line) => [line, goodLines.includes(line) ? 'ready' : 'error']),
    );
    const errorOf = (line: number) =>
      document.attorneys.find((entry) => entry.line === line)?.errors?.join(' | ');
    expect(errorOf(3)).toBe(
      'courts: "ctdd" is not a court id (did you mean "ctd"?); `nextgen-ready courts` lists the ids',
    );
    expect(errorOf(4)).toBe(
      'pacer-account: "indiv" is not allowed (did you mean "individual"?); allowed: individual, shared, none, unknown',
    );
    expect(errorOf(5)).toMatch(
      /^ecf-login: empty, but it applies to ctd .*\| linked: empty, but it applies to ctd .*allowed: yes, no/,
    );
    expect(errorOf(6)).toBe("name: empty; every row needs the attorney's name");
    expect(errorOf(10)).toMatch(/never closed/);
    expect(document.totals).toMatchObject({ rows: 8, ready: 3, errors: 5 });

    expect(json.stderr).toContain(
      'team.csv:4: Bad Value: pacer-account: "indiv" is not allowed (did you mean "individual"?)',
    );
    expect(json.stderr).toContain('team.csv:6: name: empty');
    expect(json.stderr).toContain(
      'error: 5 rows could not be planned or written (line 3, 4, 5, 6, 10); every other row was planned and written.',
    );

    for (const format of ['text', 'markdown', 'csv']) {
      const result = await roster(dir, ['team.csv', '--format', format, '--as-of', AS_OF]);
      expect(result.code).toBe(2);
      for (const name of ['Good One', 'Good Two', 'Good Three', 'Unknown Court', 'Bad Value'])
        expect(result.stdout, format).toContain(name);
      for (const line of expectedLines)
        expect(result.stdout, `${format} line ${line}`).toMatch(
          format === 'csv'
            ? new RegExp(`\\r\\n${line},`)
            : format === 'markdown'
              ? new RegExp(`^\\| ${line} \\|`, 'm')
              : new RegExp(`^${line} `, 'm'),
        );
    }

    const out = join(dir, 'out');
    const written = await roster(dir, ['team.csv', '--out', out, '--as-of', AS_OF]);
    expect(written.code).toBe(2);
    expect(readdirSync(out).sort()).toEqual([
      'good-one.html',
      'good-one.md',
      'good-three.html',
      'good-three.md',
      'good-two.html',
      'good-two.md',
      'index.html',
      'summary.csv',
      'summary.json',
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as RosterJson;
    expect(summary.attorneys.map((entry) => entry.line)).toEqual(expectedLines);
    const summaryCsv = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(summaryCsv.split('\r\n').filter(Boolean)).toHaveLength(1 + expectedLines.length);
  });

  it('refuses a roster with a secret column before planning, and never writes a cell of it', async () => {
    const secrets = ['Sup3r-S3cret-Pw!', 'hunter2-PIN-4711', 'tok_ABCDEF123456'];
    const rows = SEED_ROWS.slice(0, 3).map((row, index) => ({
      ...row,
      'PACER password': secrets[index]!,
    }));
    const columns = [...COLUMNS.slice(0, 4), 'PACER password', ...COLUMNS.slice(4)];
    const dir = tempDir({
      'team.csv': toCsv(rows, '\r\n', columns),
      'team.yaml': `- name: Jane\n  courts: ctd\n  Security Answer: ${secrets[0]}\n`,
    });
    const out = join(dir, 'out');
    for (const args of [
      ['team.csv'],
      ['team.csv', '--format', 'json'],
      ['team.csv', '--format', 'csv', '--out', out],
      ['team.yaml', '--format', 'markdown', '--out', out],
    ]) {
      const result = await roster(dir, [...args, '--as-of', AS_OF]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /refused: column "(PACER password|Security Answer)" looks like it holds a password, PIN, secret, token or security answer/,
      );
      expect(hasStackTrace(result.stderr)).toBe(false);
      for (const secret of secrets) {
        expect(result.stdout).not.toContain(secret);
        expect(result.stderr).not.toContain(secret);
      }
    }
    expect(existsSync(out)).toBe(false);
    for (const [name, text] of Object.entries(filesIn(dir)))
      if (!name.startsWith('team.'))
        for (const secret of secrets) expect(text, name).not.toContain(secret);
  });

  it('never repeats a value typed into the wrong column, such as a password as the CM/ECF login', async () => {
    const secret = 'MyCmEcf-Pa55word';
    const dir = tempDir({
      'team.csv': toCsv([{ ...SEED_ROWS[1]!, 'ecf-login': secret }, SEED_ROWS[0]!]),
    });
    const out = join(dir, 'out');
    for (const format of ['text', 'json', 'csv', 'markdown']) {
      const result = await roster(dir, [
        'team.csv',
        '--format',
        format,
        '--out',
        out,
        '--as-of',
        AS_OF,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'team.csv:2: Ben Legacy: ecf-login: this value is not allowed; allowed: known, forgotten, none',
      );
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
    for (const [name, text] of Object.entries(filesIn(out)))
      expect(text, name).not.toContain(secret);
  });

  it('writes one checklist per attorney, unique names, summaries, and names what it replaces', async () => {
    const rows = [
      SEED_ROWS[0]!,
      { ...SEED_ROWS[1]!, name: 'Same Name', courts: 'utd' },
      { ...SEED_ROWS[1]!, name: 'Same Name', courts: 'utd' },
      { ...SEED_ROWS[2]!, name: '../../etc/passwd' },
    ];
    const dir = tempDir({ 'team.csv': toCsv(rows) });
    const out = join(dir, 'checklists');
    mkdirSync(out);
    writeFileSync(join(out, 'ada-ready.md'), 'last week');
    writeFileSync(join(out, 'keep.txt'), 'not ours');

    const result = await roster(dir, ['team.csv', '--out', 'checklists', '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'ada-ready.html',
      'ada-ready.md',
      'etc-passwd.html',
      'etc-passwd.md',
      'index.html',
      'keep.txt',
      'same-name-2.html',
      'same-name-2.md',
      'same-name.html',
      'same-name.md',
      'summary.csv',
      'summary.json',
    ]);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('not ours');
    expect(result.stderr).toContain(
      'warning: team.csv:4: Same Name (utd) repeats line 3; both are planned',
    );
    expect(result.stderr).toContain(
      'Wrote 4 checklists (Markdown and HTML), summary.csv, summary.json and index.html to checklists.',
    );
    expect(result.stderr).toContain('Replaced 1 existing file there:\n  ada-ready.md\n');

    const checklist = readFileSync(join(out, 'same-name.md'), 'utf8');
    expect(checklist).toMatch(/^# NextGen CM\/ECF checklist: Same Name \(utd\)\n/);
    expect(checklist).toContain('- [ ] **1. ');
    expect(readFileSync(join(out, 'ada-ready.md'), 'utf8')).toContain('Nothing to do');

    const summaryCsv = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(
      summaryCsv.startsWith(
        '\ufeffline,name,email,id,courts,status,actions,action_ids,checklist,errors\r\n',
      ),
    ).toBe(true);
    expect(summaryCsv).toContain('\r\n4,Same Name,,,utd,action-needed,');
    expect(summaryCsv).toContain(',same-name-2.md,\r\n');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as RosterJson;
    expect(summary.attorneys.map((entry) => entry.checklist)).toEqual([
      'ada-ready.md',
      'same-name.md',
      'same-name-2.md',
      'etc-passwd.md',
    ]);
    expect(summary.totals).toMatchObject({ rows: 4, duplicates: 1 });
    // The counts per court (and per action, by title) are in summary.json too.
    const { breakdown } = summary as unknown as {
      breakdown: { courts: { id: string; attorneys: number }[]; actions: { title: string }[] };
    };
    expect(breakdown.courts.map(({ id, attorneys }) => [id, attorneys]).sort()).toEqual([
      ['ctd', 1],
      ['prd', 1],
      ['utd', 2],
    ]);
    expect(breakdown.actions.every((action) => action.title.length > 0)).toBe(true);

    const again = await roster(dir, ['team.csv', '--out', 'checklists', '--as-of', AS_OF]);
    expect(again.stderr).toContain('Replaced 11 existing files there:');
  });

  it('tells duplicates by id, else e-mail, else name; names the first ten, counts the rest', async () => {
    const rows = [
      // One id under twelve spellings of a name: the same attorney, eleven times repeated.
      ...Array.from({ length: 12 }, (_, index) => ({
        ...SEED_ROWS[0]!,
        name: `Ada Ready ${index}`,
        id: 'E1',
      })),
      // One name, two e-mail addresses: two attorneys.
      { ...SEED_ROWS[0]!, name: 'Same Name', email: 'one@firm.example' },
      { ...SEED_ROWS[0]!, name: 'Same Name', email: 'two@firm.example' },
    ];
    const dir = tempDir({ 'team.csv': toCsv(rows) });
    const result = await roster(dir, ['team.csv', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ rows: 14, duplicates: 11 });
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning:'));
    expect(warnings[0]).toBe(
      'warning: team.csv:3: Ada Ready 1 (ctd) repeats line 2 (the same id); both are planned',
    );
    expect(warnings).toHaveLength(11);
    expect(warnings[10]).toBe(
      "warning: 1 more row repeats an earlier row's attorney and courts (summary.csv lists every row); all are planned",
    );
    expect(result.stderr).not.toContain('Same Name');
  });

  it('leaves no partial or temporary file when a write fails', async () => {
    const dir = tempDir({ 'team.csv': toCsv(SEED_ROWS.slice(0, 2)) });
    const out = join(dir, 'out');
    mkdirSync(join(out, 'summary.json', 'in-the-way'), { recursive: true });
    const result = await roster(dir, ['team.csv', '--out', 'out', '--as-of', AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*summary\.json/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(readdirSync(out).sort()).toEqual([
      'ada-ready.html',
      'ada-ready.md',
      'ben-legacy.html',
      'ben-legacy.md',
      'summary.csv',
      'summary.json',
    ]);
    expect(readdirSync(join(out, 'summary.json'))).toEqual(['in-the-way']);
  });

  // Stopped by a signal between rows: test/edge/roster-stdin.test.ts.

  it("takes defaults from --answers and --courts; a row's own cells win", async () => {
    const dir = tempDir({
      'defaults.yaml': [
        'courts: [ctd]',
        'filer: attorney',
        'pacer-account: individual',
        'account-type: upgraded',
        'mfa: enrolled',
        'firm-billing: no',
        'linked: yes',
        'cja: no',
        'bankruptcy: no',
        '',
      ].join('\n'),
      'team.csv': 'name,courts,account-type\nOnly Name,,\nOwn Court,utd,\nOwn Answer,,legacy\n',
    });
    const withFile = await rosterJson(dir, ['team.csv', '--answers', 'defaults.yaml']);
    expect(withFile.attorneys.map((entry) => [entry.name, entry.courts, entry.status])).toEqual([
      ['Only Name', ['ctd'], 'ready'],
      ['Own Court', ['utd'], 'ready'],
      ['Own Answer', ['ctd'], 'action-needed'],
    ]);
    expect(actionIds(withFile.attorneys[2])).toContain('upgrade-pacer-account');
    const withFlag = await rosterJson(dir, [
      'team.csv',
      '--answers',
      'defaults.yaml',
      '--courts',
      'prd',
    ]);
    expect(withFlag.attorneys.map((entry) => entry.courts)).toEqual([['prd'], ['utd'], ['prd']]);
  });

  it('prints a template that is itself a valid roster', async () => {
    const template = await runInProcess(['roster', '--template']);
    expect(template.code).toBe(0);
    const [header] = template.stdout.split('\r\n');
    expect(header).toBe(COLUMNS.join(','));
    expect(template.stdout.split('\r\n').filter(Boolean)).toHaveLength(2);
    const dir = tempDir({ 'team.csv': template.stdout });
    const document = await rosterJson(dir, ['team.csv']);
    expect(document.attorneys).toHaveLength(1);
    expect(document.attorneys[0]).toMatchObject({
      name: 'Doe, Jane',
      courts: ['ctd', 'utd'],
      status: 'action-needed',
    });
  });

  it('writes CSV with csv-stringify: formulas defused, accents kept, --bom for Excel', async () => {
    const evil = '=HYPERLINK("http://evil.example/","click")';
    const dir = tempDir({
      'team.csv': toCsv([
        { ...SEED_ROWS[0]!, name: evil },
        { ...SEED_ROWS[0]!, name: 'José Núñez', email: 'jose@exämple.com' },
      ]),
    });
    const plain = await roster(dir, ['team.csv', '--format', 'csv', '--as-of', AS_OF]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout.slice(0, 5)).toBe('line,');
    const text = plain.stdout;
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example/"",""click"")",`);
    expect(text).toContain(',José Núñez,jose@exämple.com,');

    const withBom = await roster(dir, ['team.csv', '--format', 'csv', '--bom', '--as-of', AS_OF]);
    expect(withBom.code).toBe(0);
    // The BOM (EF BB BF) written as bytes, then the same CSV.
    expect(withBom.stdout).toBe(`\uFEFF${plain.stdout}`);

    const out = join(dir, 'out');
    expect(
      (await roster(dir, ['team.csv', '--out', 'out', '--as-of', AS_OF, '--quiet'])).code,
    ).toBe(0);
    const summary = readFileSync(join(out, 'summary.csv'));
    expect([...summary.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(summary.toString('utf8')).toContain(
      `,"'=HYPERLINK(""http://evil.example/"",""click"")",`,
    );

    const refused = await roster(dir, ['team.csv', '--bom']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'error: --bom applies only to --format csv\nsummary.csv in --out always starts with the BOM; stdout gets one with --format csv --bom.\n',
    );
  });

  it('exits 1 with --exit-code only when actions remain', async () => {
    const dir = tempDir({
      'ready.csv': toCsv([SEED_ROWS[0]!]),
      'todo.csv': toCsv(SEED_ROWS.slice(0, 2)),
    });
    expect((await roster(dir, ['ready.csv', '--exit-code', '--as-of', AS_OF])).code).toBe(0);
    expect((await roster(dir, ['todo.csv', '--exit-code', '--as-of', AS_OF])).code).toBe(1);
    expect((await roster(dir, ['todo.csv', '--as-of', AS_OF])).code).toBe(0);
  });

  it.each([
    [{ 'team.csv': '' }, ['team.csv'], /^error: team\.csv is empty$/m],
    [{ 'team.csv': 'name,courts\r\n' }, ['team.csv'], /team\.csv has a header but no rows/],
    [{ 'team.csv': 'email,courts\nx,ctd\n' }, ['team.csv'], /team\.csv: no "name" column/],
    [
      { 'team.csv': 'name,courts,pacer acount\nx,ctd,none\n' },
      ['team.csv'],
      /column "pacer acount" is not a roster column \(did you mean "pacer-account"\?\)/,
    ],
    [
      {
        'team.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\nx\n', 'utf16le')]),
      },
      ['team.csv'],
      /team\.csv is not readable text: it is UTF-16/,
    ],
    [
      { 'team.csv': Buffer.from('name,courts\nJos\xe9,ctd\n', 'latin1') },
      ['team.csv'],
      /not valid UTF-8/,
    ],
    [{ 'team.yaml': 'name: Jane\n' }, ['team.yaml'], /team\.yaml is not a roster: expected a list/],
    [{ 'team.xlsx': 'PK' }, ['team.xlsx'], /cannot tell the format of team\.xlsx/],
    [{}, ['missing.csv'], /cannot read roster missing\.csv: not found/],
    [{}, [], /no roster file given/],
    [
      { 'team.csv': 'name\nx\n' },
      ['team.csv', '--courts', 'zzz'],
      /--court: a value is not a court id/,
    ],
  ])(
    'refuses a file-level problem with exit 2 and one clear line: %#',
    async (files, args, message) => {
      const dir = tempDir(files);
      const result = await roster(dir, [...args, '--as-of', AS_OF]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.startsWith('error: ')).toBe(true);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(result.stdout).toBe('');
    },
  );

  it('explains itself in --help, with the columns and examples', async () => {
    const help = await runInProcess(['roster', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: nextgen-ready roster [options] [file]');
    expect(help.stdout).toContain('--format <format>');
    expect(help.stdout).toContain('filer, purpose, pacer-account, account-type');
    expect(help.stdout).toMatch(/Examples:\n {2}\$ nextgen-ready roster --template > team\.csv/);
  });
});

describe('roster: the stuck-in-2026 answers (issue 12)', () => {
  const APPELLATE = Object.fromEntries(
    Object.entries(READY_ANSWERS).filter(([id]) => id !== 'bankruptcy'),
  );
  const rows: Record<string, string>[] = [
    { name: 'Lou Locked Out', courts: 'utd', ...READY_ANSWERS, mfa: 'locked-out' },
    {
      name: 'Max Moved Firms',
      courts: 'ctd;ca9',
      ...READY_ANSWERS,
      bankruptcy: 'ctd=no',
      problems: 'changed-firm',
    },
    {
      name: 'Nia Ninth',
      courts: 'ca9',
      ...APPELLATE,
      linked: 'no',
      'ecf-login': 'known',
      problems: 'update-secondary-email',
    },
  ];

  it('takes mfa: locked-out and problems: changed-firm, and plans ACMS, in every format', async () => {
    const dir = tempDir({ 'team.csv': toCsv(rows) });
    const document = await rosterJson(dir, ['team.csv']);
    const byName = Object.fromEntries(document.attorneys.map((entry) => [entry.name, entry]));
    expect(actionIds(byName['Lou Locked Out'])).toEqual(['recover-mfa']);
    expect(byName['Max Moved Firms']?.plan?.actions.map((a) => `${a.id}@${a.court ?? ''}`)).toEqual(
      ['change-firm@', 'update-secondary-email@ctd', 'update-secondary-email@ca9'],
    );
    const ninth = byName['Nia Ninth']?.plan;
    expect(ninth?.courts[0]?.acms?.status).toBe('all-new-cases');
    expect(actionIds(byName['Nia Ninth'])).toEqual([
      'file-in-acms',
      'link-ecf-account',
      'update-secondary-email',
    ]);

    const csv = await roster(dir, ['team.csv', '--format', 'csv', '--as-of', AS_OF]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain(',recover-mfa,');
    expect(csv.stdout).toContain(
      'change-firm update-secondary-email@ctd update-secondary-email@ca9',
    );
    expect(csv.stdout).toContain(
      'file-in-acms@ca9 link-ecf-account@ca9 update-secondary-email@ca9',
    );
  });

  it("has every question in the template's columns, the new values among them", async () => {
    const template = await runInProcess(['roster', '--template']);
    expect(template.code).toBe(0);
    expect(template.stdout.split('\r\n')[0]).toBe(COLUMNS.join(','));
    const questions = await runInProcess(['questions', '--format', 'json']);
    expect(questions.stdout).toContain('"locked-out"');
    expect(questions.stdout).toContain('"changed-firm"');
  });
});
