/**
 * The golden set: the plans (and the refusals) of 350 answer sets, as `check` prints them in
 * JSON (and some in text and Markdown), as `roster` writes them, and as the tests' helper makes
 * them, must stay byte for byte what they were when the fixture was written from main (before
 * the settle pipeline was drawn together). A change that means to change a plan rewrites the
 * fixture on purpose: `GOLDEN_WRITE=1 npx vitest run test/plan/golden-plans.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.js';
import { roster } from '../../src/cli/roster.js';
import { isUserError } from '../../src/errors.js';
import { renderJson } from '../../src/render/json.js';
import { fakeIo } from '../helpers/fake-io.js';
import { tempDir } from '../helpers/fixtures.js';
import { planFor } from '../helpers/plan.js';

interface GoldenCase {
  name: string;
  courts: string[];
  asOf: string;
  /** Answers as `check` flags take them, by question id. */
  answers: Record<string, string>;
}

interface Golden {
  cases: GoldenCase[];
  /** sha256 of each output, by case name, then by output. */
  expected: Record<string, Record<string, string>>;
}

const FIXTURE = join(import.meta.dirname, '../fixtures/golden/plans.json');
const WRITE = process.env.GOLDEN_WRITE === '1';
const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const camel = (id: string) => id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** What `check` prints for a case in a format: the plan on stdout, or the error it ends with. */
async function checkOutput(item: GoldenCase, format: 'json' | 'text' | 'markdown') {
  const { io, stdout, stderr } = fakeIo({ env: { COLUMNS: '80' } });
  const flags = Object.fromEntries(
    Object.entries(item.answers).map(([id, value]) => [camel(id), value]),
  );
  try {
    const outcome = await check(
      { court: [item.courts.join(',')], asOf: item.asOf, format, input: false, ...flags },
      io,
    );
    return `${outcome}\n${stdout()}\n${stderr()}`;
  } catch (error) {
    if (!isUserError(error)) throw error;
    return `error\n${error.message}\n${error.details.join('\n')}\n${error.hint ?? ''}`;
  }
}

/** Every case of one day as one roster (JSON records), planned by `roster` in JSON. */
async function rosterRows(asOf: string, cases: readonly GoldenCase[]): Promise<unknown[]> {
  const records = cases.map((item, index) => ({
    name: `case ${index}`,
    courts: item.courts.join(';'),
    ...item.answers,
  }));
  const dir = tempDir({ 'roster.json': JSON.stringify(records) });
  try {
    const { io, stdout } = fakeIo();
    await roster(join(dir, 'roster.json'), { format: 'json', asOf, quiet: true }, io);
    return (JSON.parse(stdout()) as { attorneys: unknown[] }).attorneys;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A case's outputs through check (and the helper, which must give check's bytes). */
async function caseOutputs(item: GoldenCase, index: number): Promise<Record<string, string>> {
  const json = await checkOutput(item, 'json');
  const outputs: Record<string, string> = { json: sha(json) };
  if (index % 7 === 0) {
    outputs.text = sha(await checkOutput(item, 'text'));
    outputs.markdown = sha(await checkOutput(item, 'markdown'));
  }
  // The helper plans as check does: the same bytes, wherever check made a plan.
  if (!json.startsWith('error\n')) {
    const plan = await planFor(item.courts, item.asOf, item.answers);
    expect(`ok\n${renderJson(plan)}\n`, item.name).toBe(json);
  }
  return outputs;
}

const DAYS = [...new Set(golden.cases.map((item) => item.asOf))];

/** Each roster row's hash, by case name: every case of one day as one roster. */
async function rosterOutputs(day: string): Promise<Record<string, string>> {
  const cases = golden.cases.filter((item) => item.asOf === day);
  const rows = await rosterRows(day, cases);
  return Object.fromEntries(
    rows.map((row, index) => [cases[index]!.name, sha(JSON.stringify(row))]),
  );
}

// A test per case, so that a mutation run stops at the first case a change breaks.
describe.skipIf(WRITE)('the golden set of answers', () => {
  it.each(golden.cases.map((item, index) => [item.name, item, index] as const))(
    '%s: check and the tests helper give the same bytes',
    async (name, item, index) => {
      const { roster: _roster, ...expected } = golden.expected[name] ?? {};
      expect(await caseOutputs(item, index)).toEqual(expected);
    },
  );

  it.each(DAYS)('roster gives the same rows, on %s', async (day) => {
    const actual = await rosterOutputs(day);
    const expected = Object.fromEntries(
      golden.cases
        .filter((item) => item.asOf === day)
        .map((item) => [item.name, golden.expected[item.name]?.roster]),
    );
    expect(actual).toEqual(expected);
  });

  it('has every case', () => {
    expect(golden.cases.length).toBeGreaterThanOrEqual(350);
    expect(Object.keys(golden.expected)).toHaveLength(golden.cases.length);
  });
});

describe.runIf(WRITE)('the golden fixture', () => {
  it('is written from what the code gives now', async () => {
    const actual: Record<string, Record<string, string>> = {};
    for (const [index, item] of golden.cases.entries())
      actual[item.name] = await caseOutputs(item, index);
    for (const day of DAYS)
      for (const [name, hash] of Object.entries(await rosterOutputs(day)))
        actual[name]!.roster = hash;
    writeFileSync(
      FIXTURE,
      `${JSON.stringify({ cases: golden.cases, expected: actual }, null, 1)}\n`,
    );
  });
});
