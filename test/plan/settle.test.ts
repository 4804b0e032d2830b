/**
 * The settle pipeline (check → merge → resolve → missing → conflicts → plan) that check,
 * roster and the tests' planFor share: where it stops, and why.
 */
import { describe, expect, it } from 'vitest';
import { settleAnswers, type SettleRequest } from '../../src/plan/settle.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { bundledCatalog } from '../helpers/plan.js';

const catalog = await bundledCatalog();
const AS_OF = '2026-11-22';

function request(courtIds: string[], ...raws: Record<string, unknown>[]): SettleRequest {
  return {
    catalog,
    knownCourts: [...catalog.courts.keys()],
    courtIds,
    asOf: AS_OF,
    sources: raws.map((raw) => ({ raw, origin: 'file' as const })),
  };
}

/** A limited filer with an account ready everywhere. */
const LIMITED = {
  filer: 'limited-filer',
  'pacer-account': 'individual',
  'account-type': 'upgraded',
  mfa: 'enrolled',
  linked: 'yes',
  bankruptcy: 'no',
};

describe('settling answers', () => {
  it('makes the plan from answers that settle', async () => {
    const settled = await settleAnswers(request(['ctd'], READY_ANSWERS));
    expect(settled.status).toBe('planned');
    if (settled.status !== 'planned') return;
    expect(settled.plan.status).toBe('ready');
    expect(settled.courts.map((court) => court.id)).toEqual(['ctd']);
    expect(settled.asked).toBe(false);
  });

  it('stops at the check, with every problem: unknown courts first, then each answer', async () => {
    const settled = await settleAnswers(
      request(['ctx', 'ctd'], { ...READY_ANSWERS, filer: 'lawyer', mfa: 'enroled' }),
    );
    expect(settled).toEqual({
      status: 'problems',
      problems: [
        {
          key: 'courts',
          message:
            'courts: "ctx" is not a court id (did you mean "ctb" or "ctd"?); `nextgen-ready courts` lists the ids',
        },
        expect.objectContaining({ key: 'filer' }),
        expect.objectContaining({ key: 'mfa', message: expect.stringContaining('"enroled"') }),
      ],
    });
  });

  it('lets a later source win: flags over the file, a row over the defaults', async () => {
    const settled = await settleAnswers(
      request(['ctd'], READY_ANSWERS, { 'account-type': 'legacy' }),
    );
    expect(settled.status === 'planned' && settled.plan.actions.map((a) => a.id)).toEqual([
      'upgrade-pacer-account',
    ]);
  });

  it('stops at what is missing, per court', async () => {
    const { linked: _linked, ...noLink } = READY_ANSWERS;
    const settled = await settleAnswers(request(['ctd', 'utd'], { ...noLink, linked: 'ctd=yes' }));
    expect(settled.status).toBe('missing');
    if (settled.status !== 'missing') return;
    expect(settled.missing.map((item) => `${item.question.id}@${item.court?.id}`)).toEqual([
      'ecf-login@utd',
      'linked@utd',
    ]);
  });

  it('refuses a limited filer anywhere but a bankruptcy court: a district court, a court of appeals', async () => {
    for (const court of ['ctd', 'ca2']) {
      const settled = await settleAnswers(request([court], LIMITED));
      expect(settled, court).toEqual({
        status: 'conflicts',
        conflicts: [expect.stringMatching(new RegExp(`and ${court} is not one;`))],
      });
    }
    const both = await settleAnswers(request(['nysb', 'ca2', 'ctd'], LIMITED));
    expect(both.status === 'conflicts' && both.conflicts[0]).toMatch(
      /and ca2, ctd are not; in a case of your own/,
    );
    expect((await settleAnswers(request(['nysb'], LIMITED))).status).toBe('planned');
  });
});
