/**
 * One spelling, three surfaces: what a flag accepts, an answers file and a roster cell accept
 * too (values and court ids in any case, court lists split on commas, semicolons or spaces).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/fixtures.js';

const AS_OF = '2026-11-22';

/** The answers as a user might type them: capitals, per-court values for upper-case ids. */
const TYPED = {
  filer: 'Attorney',
  'pacer-account': 'INDIVIDUAL',
  'account-type': 'Upgraded',
  mfa: 'Enrolled',
  'firm-billing': 'No',
  linked: 'CTD=Yes;utd=NO',
  'ecf-login': 'Known',
  cja: 'no',
  bankruptcy: 'UTD=yes,ctd=no',
  problems: 'Update-Contact-Info',
};

const actionKeys = (plan: Plan) =>
  plan.actions.map((action) => `${action.id}@${action.court ?? 'pacer'}`);

async function planFromFlags(courts: string): Promise<Plan> {
  const flags = Object.entries(TYPED).flatMap(([id, value]) => [`--${id}`, value]);
  const result = await runInProcess([
    'check',
    '--court',
    courts,
    ...flags,
    '--as-of',
    AS_OF,
    '--format',
    'json',
    '--no-input',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Plan;
}

async function planFromAnswersFile(): Promise<Plan> {
  const dir = tempDir();
  const file = join(dir, 'answers.yaml');
  writeFileSync(
    file,
    [
      'courts: [CTD, Utd]',
      ...Object.entries(TYPED).map(([id, value]) =>
        value.includes('=')
          ? `${id}: {${value
              .split(/[;,]/)
              .map((pair) => pair.replace('=', ': '))
              .join(', ')}}`
          : `${id}: ${value}`,
      ),
    ].join('\n'),
  );
  const result = await runInProcess([
    'check',
    '--answers',
    file,
    '--as-of',
    AS_OF,
    '--format',
    'json',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Plan;
}

async function planFromRoster(courts: string): Promise<Plan> {
  const dir = tempDir();
  const header = ['name', 'courts', ...Object.keys(TYPED)];
  const row = ['Doe, Jane', courts, ...Object.values(TYPED)];
  const csv = (cells: string[]) => cells.map((cell) => `"${cell}"`).join(',');
  writeFileSync(join(dir, 'team.csv'), `${csv(header)}\n${csv(row)}\n`);
  const result = await runInProcess(['roster', 'team.csv', '--as-of', AS_OF, '--format', 'json'], {
    cwd: dir,
  });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as { attorneys: { plan: Plan }[] };
  return report.attorneys[0]!.plan;
}

describe('one spelling for flags, answers files and roster cells', () => {
  const expected = [
    'link-ecf-account@utd',
    'bankruptcy-court-login@utd',
    'update-contact-info@pacer',
  ];

  it.each(['CTD;utd', 'ctd,UTD', 'Ctd utd'])('accepts --court %s with capitals', async (courts) => {
    const plan = await planFromFlags(courts);
    expect(plan.courts.map((court) => court.id)).toEqual(['ctd', 'utd']);
    expect(actionKeys(plan)).toEqual(expected);
  });

  it('accepts the same spellings in an answers file', async () => {
    const plan = await planFromAnswersFile();
    expect(plan.courts.map((court) => court.id)).toEqual(['ctd', 'utd']);
    expect(actionKeys(plan)).toEqual(expected);
  });

  it.each(['CTD;utd', 'ctd,UTD', 'Ctd utd'])(
    'accepts them in roster cells (courts %s)',
    async (courts) => {
      const plan = await planFromRoster(courts);
      expect(plan.courts.map((court) => court.id)).toEqual(['ctd', 'utd']);
      expect(actionKeys(plan)).toEqual(expected);
    },
  );

  it('gives the same answers to the plan whatever the surface', async () => {
    const answers = [
      await planFromFlags('CTD;utd'),
      await planFromAnswersFile(),
      await planFromRoster('CTD;utd'),
    ].map((plan) => plan.answers);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]!.filer).toMatchObject({
      filer: 'attorney',
      problems: ['update-contact-info'],
    });
    expect(answers[0]!.courts).toMatchObject({ ctd: { linked: 'yes' }, utd: { linked: 'no' } });
  });
});
