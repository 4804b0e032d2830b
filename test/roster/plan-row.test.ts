import { beforeAll, describe, expect, it } from 'vitest';
import type { GivenAnswers } from '../../src/plan/answers.js';
import { checkAnswers } from '../../src/plan/check-answers.js';
import { courtFactsOf } from '../../src/plan/applies-facts.js';
import { emptyAnswers } from '../../src/plan/given-answers.js';
import type { Catalog } from '../../src/catalog/catalog.js';
import { rowOf, type RosterColumn } from '../../src/roster/columns.js';
import {
  createRowPlanner,
  planKey,
  planRow,
  type RosterContext,
  type RowOutcome,
} from '../../src/roster/plan-row.js';
import { bundledCatalog, planFor } from '../helpers/plan.js';

const AS_OF = '2026-11-22';
let catalog: Catalog;

beforeAll(async () => {
  catalog = await bundledCatalog();
});

function contextWith(
  options: { defaults?: Record<string, unknown>; courts?: string[]; asOf?: string } = {},
): RosterContext {
  const asOf = options.asOf ?? AS_OF;
  const knownCourts = [...catalog.courts.keys()];
  let defaults: GivenAnswers = emptyAnswers();
  if (options.defaults) {
    const checked = checkAnswers(options.defaults, knownCourts, 'file');
    expect(checked.problems).toEqual([]);
    defaults = checked.answers;
  }
  return {
    catalog,
    knownCourts,
    facts: new Map(courtFactsOf(catalog, knownCourts, asOf).map((facts) => [facts.id, facts])),
    defaults,
    defaultCourts: options.courts ?? [],
    asOf,
  };
}

const row = (cells: Partial<Record<RosterColumn, unknown>>, line = 2) => ({
  line,
  cells,
  problems: [],
});

/** The answer cells of a row, without who and where. */
function answersOf(cells: Record<string, unknown>): Record<string, unknown> {
  const { name: _name, email: _email, id: _id, courts: _courts, ...answers } = cells;
  return answers;
}

const errorsOf = (outcome: RowOutcome) => (outcome.status === 'error' ? outcome.errors : []);

/** A legacy-account attorney in utd, every answer that applies given. */
const LEGACY = {
  filer: 'attorney',
  'pacer-account': 'individual',
  'account-type': 'legacy',
  mfa: 'not-enrolled',
  'firm-billing': 'no',
  linked: 'no',
  'ecf-login': 'known',
  cja: 'no',
  bankruptcy: 'no',
};

describe('planRow', () => {
  it('plans a row exactly as check plans the same answers', async () => {
    const outcome = await planRow(
      row({ name: 'Jane Doe', email: 'jane@example.com', id: 'E1', courts: 'utd', ...LEGACY }),
      contextWith(),
    );
    expect(outcome).toMatchObject({
      line: 2,
      name: 'Jane Doe',
      email: 'jane@example.com',
      id: 'E1',
      courts: ['utd'],
      status: 'action-needed',
    });
    expect(outcome.status !== 'error' && outcome.plan).toEqual(
      await planFor(['utd'], AS_OF, LEGACY),
    );
  });

  it('takes per-court values, lists, and any case', async () => {
    const cells = {
      name: 'Pat Roe',
      courts: 'CTD; utd',
      filer: 'Attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'YES',
      linked: 'ctd=yes;utd=no',
      'ecf-login': 'forgotten',
      cja: 'no',
      bankruptcy: 'no',
      problems: 'update-contact-info;menus-limited',
    };
    const outcome = await planRow(row(cells), contextWith());
    expect(errorsOf(outcome)).toEqual([]);
    expect(outcome.courts).toEqual(['ctd', 'utd']);
    expect(outcome.status !== 'error' && outcome.plan).toEqual(
      await planFor(['ctd', 'utd'], AS_OF, {
        ...answersOf(cells),
        filer: 'attorney',
        'firm-billing': 'yes',
        linked: { ctd: 'yes', utd: 'no' },
        problems: ['update-contact-info', 'menus-limited'],
      }),
    );
  });

  it('uses the defaults for what a row leaves empty, and the row wins', async () => {
    const context = contextWith({
      defaults: { ...LEGACY, 'account-type': 'upgraded', linked: { utd: 'yes' } },
      courts: ['utd'],
    });
    const outcome = await planRow(row({ name: 'Kim', 'account-type': 'legacy' }), context);
    expect(outcome.courts).toEqual(['utd']);
    expect(outcome.status !== 'error' && outcome.plan).toEqual(
      await planFor(['utd'], AS_OF, { ...LEGACY, linked: 'yes' }),
    );
  });

  it.each([
    [{ courts: 'utd', ...LEGACY }, ["name: empty; every row needs the attorney's name"]],
    [
      { name: 'A', courts: 'ctdd', ...LEGACY },
      [
        'courts: "ctdd" is not a court id (did you mean "ctd"?); `nextgen-ready courts` lists the ids',
      ],
    ],
    [
      { name: 'A', ...LEGACY },
      [
        'courts: empty, and no --court default was given; write court ids such as ctd;utd (`nextgen-ready courts` lists them)',
      ],
    ],
    [
      { name: 'A', courts: 'utd', ...LEGACY, 'pacer-account': 'indiv' },
      [
        'pacer-account: "indiv" is not allowed (did you mean "individual"?); allowed: individual, shared, none, unknown',
      ],
    ],
    [
      { name: 'A', courts: 'utd', ...LEGACY, linked: undefined, 'ecf-login': undefined },
      [
        'ecf-login: empty, but it applies to utd (ever had a CM/ECF login for this court); allowed: known, forgotten, none',
        'linked: empty, but it applies to utd (already linked to PACER in this court); allowed: yes, no',
      ],
    ],
    [
      { name: 'A', courts: 'ctd utd', ...LEGACY, cja: undefined },
      [
        "cja: empty, but it applies to ctd, utd (appointed to this court's CJA panel); allowed: yes, no, or per court: ctd=yes;utd=yes",
      ],
    ],
  ])('reports a bad row with the column and the allowed values: %j', async (cells, errors) => {
    const outcome = await planRow(row(cells), contextWith());
    expect(outcome.status).toBe('error');
    expect(errorsOf(outcome)).toEqual(errors);
  });

  it('never quotes a bad value back unless it is a near miss (it could be a secret)', async () => {
    const outcome = await planRow(
      row({
        name: 'A',
        courts: 'utd',
        ...LEGACY,
        'ecf-login': 'Hunter2!',
        linked: 'utd:s3cret',
        cja: 'zq9=yes',
      }),
      contextWith(),
    );
    expect(errorsOf(outcome)).toEqual([
      'linked: this value is not allowed; allowed: yes, no',
      'ecf-login: this value is not allowed; allowed: known, forgotten, none',
      'cja: a value is not a court id; `nextgen-ready courts` lists the ids',
    ]);
    expect(JSON.stringify(outcome)).not.toMatch(/Hunter2|s3cret|zq9/);
  });

  it('keeps problems found while reading the row', async () => {
    const columns = ['name', 'courts', null] as const;
    const outcome = await planRow(
      rowOf(7, ['Jane', 'utd', 'x'], [...columns]),
      contextWith({ defaults: LEGACY }),
    );
    expect(outcome).toMatchObject({ line: 7, status: 'error' });
    expect(errorsOf(outcome)).toEqual([
      'column 3 has a value but no header; add a header or delete the value',
    ]);
  });

  it('joins a name typed over two lines', async () => {
    const outcome = await planRow(
      row({ name: 'Jane\r\n Doe', courts: 'utd', ...LEGACY }),
      contextWith(),
    );
    expect(outcome.name).toBe('Jane Doe');
  });
});

describe('createRowPlanner', () => {
  it('gives rows with the same inputs the same plan object, equal to planRow', async () => {
    const context = contextWith();
    const planner = createRowPlanner(context);
    const first = await planner(row({ name: 'A', courts: 'utd', ...LEGACY }, 2));
    const second = await planner(row({ name: 'B', courts: 'utd', ...LEGACY }, 3));
    const other = await planner(row({ name: 'C', courts: 'utd', ...LEGACY, mfa: 'enrolled' }, 4));
    expect(first.status !== 'error' && second.status !== 'error').toBe(true);
    if (first.status === 'error' || second.status === 'error' || other.status === 'error') return;
    expect(second.plan).toBe(first.plan);
    expect(other.plan).not.toBe(first.plan);
    expect(second.name).toBe('B');
    const direct = await planRow(
      row({ name: 'C', courts: 'utd', ...LEGACY, mfa: 'enrolled' }),
      context,
    );
    expect(direct.status !== 'error' && direct.plan).toEqual(other.plan);
  });

  it('gives every row what planRow gives it, over many answer sets, errors and cell types', async () => {
    const context = contextWith({ courts: ['utd'] });
    const planner = createRowPlanner(context);
    const variants: Partial<Record<RosterColumn, unknown>>[] = [];
    for (const accountType of ['upgraded', 'legacy', 'unknown'])
      for (const mfa of ['enrolled', 'not-enrolled', 'unknown'])
        for (const billing of ['yes', 'no'])
          for (const [linked, login] of [
            ['yes', undefined],
            ['no', 'known'],
            ['no', 'forgotten'],
          ])
            for (const cja of ['no', 'yes'])
              variants.push({
                ...LEGACY,
                'account-type': accountType,
                mfa,
                'firm-billing': billing,
                linked,
                'ecf-login': login,
                cja,
                ...(cja === 'yes' ? { 'exempt-account': 'no', 'cja-exemption': 'unknown' } : {}),
              });
    variants.push(
      { ...LEGACY, courts: 'ctd;utd' },
      { ...LEGACY, courts: 'utd ctd' }, // the same courts, written otherwise: planned alike
      { ...LEGACY, courts: ['utd', 'ctd'] }, // a YAML list
      { ...LEGACY, courts: 'utd\u0000ctd' }, // a NUL in a cell takes the other key
      { ...LEGACY, courts: undefined }, // --courts' default
      { ...LEGACY, mfa: 'indiv' }, // a row error
      { ...LEGACY, cja: { utd: 'no' } }, // a map where text belongs
      { ...LEGACY, linked: 'utd=no' },
      { ...LEGACY, name: undefined }, // no name: an error, though the plan cells are fine
      { ...LEGACY, email: ['a', 'b'] }, // a list where text belongs
    );
    const rows = Array.from({ length: variants.length * 3 }, (_, index) =>
      row({ name: `Attorney ${index}`, ...variants[index % variants.length]! }, index + 2),
    );
    const plans = new Map<string, unknown>();
    for (const each of rows) {
      const cached = await planner(each);
      const direct = await planRow(each, context);
      expect(cached).toEqual(direct);
      if (cached.status !== 'error') {
        // Equal plan cells give the very same plan object, whatever the row's name.
        const key = planKey(each.cells);
        if (plans.has(key)) expect(cached.plan).toBe(plans.get(key));
        plans.set(key, cached.plan);
      }
    }
    expect(plans.size).toBeGreaterThan(100);
  });

  it('keys plan cells so that no two different rows share a key', () => {
    const keys = [
      planKey({ courts: 'ctd', mfa: 'enrolled' }),
      planKey({ courts: 'ctd', filer: 'enrolled' }),
      planKey({ courts: 'ctdenrolled' }),
      planKey({ courts: 'ctd\u0000senrolled' }),
      planKey({ courts: ['ctd'], mfa: 'enrolled' }),
      planKey({ courts: 'ctd', mfa: ['enrolled'] }),
      planKey({ courts: 'ctd' }),
      planKey({ courts: 'ctd', mfa: '' }),
      planKey({}),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(planKey({ courts: 'ctd', mfa: 'enrolled', name: 'A' })).toBe(
      planKey({ mfa: 'enrolled', courts: 'ctd', name: 'B', email: 'b@example.com' }),
    );
  });
});

describe('what a row error quotes back', () => {
  it.each([
    [{ filer: 'attorny' }, 'filer: "attorny" is not allowed (did you mean "attorney"?)'],
    [{ filer: 'MyPacerP@ss99' }, 'filer: this value is not allowed; allowed: attorney, pro-se'],
    [
      { 'ecf-login': 'MyPacerP@ss99' },
      'ecf-login: this value is not allowed; allowed: known, forgotten, none',
    ],
    [{ linked: 'utd=p"w' }, 'linked utd: this value is not allowed; allowed: yes, no'],
    [{ linked: 'Secret' }, 'linked: this value is not allowed; allowed: yes, no'],
    [{ linked: 'abc=def=ghi' }, 'linked: a value is not court=value (e.g. ctd=yes)'],
    [{ courts: 'utd;qqzz9' }, 'courts: a value is not a court id'],
    [{ courts: 'utdd' }, 'courts: "utdd" is not a court id (did you mean'],
  ])('%o → %s', async (cells, expected) => {
    const outcome = await planRow(
      row({ name: 'A', courts: 'utd', ...LEGACY, ...cells }),
      contextWith(),
    );
    const errors = errorsOf(outcome).join('\n');
    expect(errors).toContain(expected);
    for (const value of Object.values(cells))
      if (!expected.includes(`"${value}"`)) expect(errors).not.toContain(value);
  });

  it("shows a cell's terminal escapes as text, never raw", async () => {
    const outcome = await planRow(
      row({ name: 'X\u001b]0;PWNED\u0007\u001b[2J', courts: 'utd\u202e', ...LEGACY }),
      contextWith(),
    );
    expect(outcome.name).toBe('X\\x1b]0;PWNED\\x07\\x1b[2J');
    expect(JSON.stringify(outcome)).not.toMatch(/\\u001b|\\u0007|\u202e/);
  });
});
