/**
 * The JSON the CLI writes follows the JSON Schemas committed in schema/, checked by an
 * independent validator (ajv, not zod, which the schemas are generated from): the plan of every
 * path through the seed courts' answer space (test/sweep/plan-schema.test.ts), real `check`, `courts` and `roster` runs (stdout
 * and summary.json), and outputs changed on purpose, which must fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';
import { planCourts } from '../../src/plan/plan.js';
import { renderJson } from '../../src/render/json.js';
import { answerSpace } from '../helpers/answer-space.js';
import { runInProcess } from '../helpers/in-process.js';
import { answerFlags, tempDir } from '../helpers/fixtures.js';
import { schemaProblems as problems, schemaValidators } from '../helpers/json-schemas.js';
import { bundledCatalog, courtFacts } from '../helpers/plan.js';

const validate = schemaValidators();

const TODAY = '2026-11-22';
const PROBLEMS = QUESTIONS.find((question) => question.id === 'problems')!.options.map(
  (option) => option.value,
);

describe('the plan JSON (schema/plan.schema.json)', () => {
  it('holds for `check --format json` as the CLI prints it, several courts at once', async () => {
    const result = await runInProcess([
      'check',
      '--court',
      'ctd,ca1,akb',
      '--as-of',
      TODAY,
      ...answerFlags({
        filer: 'attorney',
        'pacer-account': 'none',
        'ecf-login': 'known',
        cja: 'no',
        'firm-billing': 'no',
        bankruptcy: 'no',
      }),
      '--format',
      'json',
      '--no-input',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as { actions: unknown[]; courts: { acms?: unknown }[] };
    expect(plan.actions.length).toBeGreaterThan(0);
    expect(plan.courts.some((court) => court.acms !== undefined)).toBe(true);
    expect(problems(validate.plan, plan)).toEqual([]);
  });

  it('fails output that drifts from it', async () => {
    const catalog = await bundledCatalog();
    const [answers] = answerSpace(courtFacts(catalog, ['ca1'], TODAY), true, [PROBLEMS]);
    const plan = JSON.parse(renderJson(planCourts(catalog, ['ca1'], answers!, TODAY))) as Record<
      string,
      never
    >;
    expect(problems(validate.plan, plan)).toEqual([]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each pokes at a path of parsed JSON
    const mutations: [string, (plan: any) => void][] = [
      ['a key the schema does not have', (p) => (p.extra = true)],
      ['a missing key', (p) => delete p.status],
      ['an unknown status', (p) => (p.status = 'done')],
      ['a date that is no day', (p) => (p.asOf = '2026-02-30')],
      ['an unknown action id', (p) => (p.actions[0].id = 'do-something')],
      ['a step source that is not a list', (p) => (p.actions[0].stepSources = ['a'])],
      ['an answer value no question offers', (p) => (p.answers.filer.filer = 'robot')],
      ['an ACMS field of the wrong type', (p) => (p.courts[0].acms.checked = 20260101)],
      ['a schema version of the future', (p) => (p.schemaVersion = 2)],
    ];
    for (const [what, mutate] of mutations) {
      const changed = structuredClone(plan);
      mutate(changed);
      expect(problems(validate.plan, changed), what).not.toEqual([]);
    }
  });
});

describe('the court list JSON (schema/court-list.schema.json)', () => {
  it.each([TODAY, '2018-06-01'])(
    'holds for `courts --format json` of every court on %s',
    async (day) => {
      const result = await runInProcess(['courts', '--format', 'json', '--as-of', day]);
      expect(result.code, result.stderr).toBe(0);
      const list = JSON.parse(result.stdout) as unknown[];
      expect(list.length).toBeGreaterThan(200);
      expect(problems(validate.courts, list)).toEqual([]);
      expect(problems(validate.courts, [{ ...(list[0] as object), extra: 1 }])).not.toEqual([]);
    },
  );
});

const HEADER =
  'name,email,courts,filer,pacer-account,account-type,mfa,firm-billing,linked,ecf-login,cja,exempt-account,cja-exemption,bankruptcy';
const ROSTER = [
  HEADER,
  'Ada Ready,ada@example.com,ctd,attorney,individual,upgraded,enrolled,no,yes,,no,,,no',
  'Bo New,bo@example.com,"ca1,akb",attorney,none,,,no,,known,no,,,no',
  'Cy Legacy,cy@example.com,utd,attorney,individual,legacy,not-enrolled,no,no,known,yes,no,no,no',
  'Di Wrong,di@example.com,nowhere,attorney,individual,upgraded,enrolled,no,yes,,no,,,no',
].join('\r\n');

describe('the roster JSON (schema/roster.schema.json, schema/roster-summary.schema.json)', () => {
  it('holds for `roster --format json` and --out summary.json, error rows among them', async () => {
    const dir = tempDir({ 'team.csv': `${ROSTER}\r\n` });
    const result = await runInProcess(
      ['roster', 'team.csv', '--format', 'json', '--out', 'out', '--as-of', TODAY],
      { cwd: dir },
    );
    // A row that cannot be planned makes the run exit 2; every other row is planned.
    expect(result.code, result.stderr).toBe(2);
    const roster = JSON.parse(result.stdout) as { attorneys: { status: string }[] };
    expect(roster.attorneys.map((row) => row.status)).toContain('error');
    expect(roster.attorneys.filter((row) => row.status !== 'error')).toHaveLength(3);
    expect(problems(validate.roster, roster)).toEqual([]);

    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {
      attorneys: { actions: { id: string }[] }[];
    };
    expect(summary.attorneys).toHaveLength(4);
    expect(problems(validate.summary, summary)).toEqual([]);

    // Drift fails: a plan's status in the stdout rows, an action id in summary.json.
    const drifted = structuredClone<{ attorneys: { status: string }[] }>(roster);
    drifted.attorneys[0]!.status = 'unknown';
    expect(problems(validate.roster, drifted)).not.toEqual([]);
    const renamed = structuredClone(summary);
    renamed.attorneys.find((row) => row.actions.length > 0)!.actions[0]!.id = 'renamed';
    expect(problems(validate.summary, renamed)).not.toEqual([]);
  });
});
