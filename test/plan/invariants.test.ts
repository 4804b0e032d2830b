/**
 * The invariant checker itself: it accepts a sound plan and catches each kind of broken one.
 * The sweeps that run it over the whole answer space are in test/sweep/.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { findViolations } from '../helpers/invariants.js';
import { bundledCatalog, planFor } from '../helpers/plan.js';

const TODAY = '2026-11-22';
const catalog = await bundledCatalog();

/** The checker's findings on a copy of `plan` that `change` broke, one a line. */
function violationsAfter(plan: Plan, change: (copy: Plan) => void): string {
  const copy = structuredClone(plan);
  change(copy);
  return findViolations(copy, catalog.courts).join('\n');
}

describe('the invariant checker', () => {
  it('accepts a sound plan and catches each kind of broken one', async () => {
    const plan = await planFor(['cacd'], '2020-01-15', {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'legacy',
      'firm-billing': 'no',
      'ecf-login': 'known',
      cja: 'no',
      bankruptcy: 'no',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const broken = (change: (copy: Plan) => void) => violationsAfter(plan, change);
    expect(
      broken((p) => delete p.actions.find((a) => a.id === 'link-ecf-account')!.notBefore),
    ).toMatch(/linking before go-live/);
    expect(broken((p) => p.actions.reverse())).toMatch(
      /upgrade-pacer-account must come before link-ecf-account/,
    );
    expect(broken((p) => (p.actions[0]!.sources = []))).toMatch(/no source/);
    expect(broken((p) => p.actions.push(structuredClone(p.actions[0]!)))).toMatch(/duplicate/);
    expect(broken((p) => (p.actions[0]!.court = 'cacd'))).toMatch(/wrong scope/);
    expect(broken((p) => (p.status = 'ready'))).toMatch(/status ready/);
    // Upgrading can be done today; linking waits for the go-live.
    expect(broken((p) => (p.status = 'waiting'))).toMatch(
      /status waiting, but upgrade-pacer-account can be done/,
    );
    expect(
      broken((p) => (p.actions = p.actions.filter((a) => a.id === 'link-ecf-account'))),
    ).toMatch(/status action-needed, but every action waits/);
    expect(broken((p) => (p.courts[0]!.nextGen.status = 'live'))).toMatch(
      /waits for the go-live of a court already live/,
    );
    expect(broken((p) => (p.actions[0]!.steps[0] = 'Go to {court.ecfUrl}'))).toMatch(/placeholder/);
    expect(broken((p) => (p.answers.courts.cacd!['ecf-login'] = 'none'))).toMatch(
      /linking planned with no login to link/,
    );
  });

  it('catches a registration for a filer who has a login there, or one after what it enables', async () => {
    const plan = await planFor(['utd'], '2026-11-22', {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      linked: 'no',
      'ecf-login': 'none',
      admission: 'admitted',
      cja: 'yes',
      'cja-exemption': 'yes',
      'exempt-account': 'no',
      bankruptcy: 'no',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    expect(plan.actions.map((action) => action.id)).toEqual([
      'request-filing-access',
      'switch-exemption-status',
    ]);
    const copy = structuredClone(plan);
    copy.answers.courts.utd!['ecf-login'] = 'known';
    expect(findViolations(copy, catalog.courts).join('\n')).toMatch(
      /request-filing-access@utd: a registration for a filer with a login there/,
    );
    const reversed = structuredClone(plan);
    reversed.actions.reverse();
    expect(findViolations(reversed, catalog.courts).join('\n')).toMatch(
      /request-filing-access must come before switch-exemption-status@utd/,
    );
  });

  it('catches a login before MFA is settled, and MFA actions that do not fit the answer', async () => {
    const plan = await planFor(['utd'], TODAY, {
      filer: 'attorney',
      'pacer-account': 'none',
      'firm-billing': 'no',
      'ecf-login': 'known',
      cja: 'no',
      bankruptcy: 'no',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const broken = (change: (copy: Plan) => void) => violationsAfter(plan, change);
    const move = (p: Plan, id: string) => {
      const index = p.actions.findIndex((a) => a.id === id);
      p.actions.push(...p.actions.splice(index, 1));
    };
    expect(broken((p) => move(p, 'enroll-mfa'))).toMatch(
      /link-ecf-account@utd logs in before enroll-mfa/,
    );
    expect(
      broken((p) => (p.actions.find((a) => a.id === 'enroll-mfa')!.id = 'recover-mfa')),
    ).toMatch(/recover-mfa is planned/);
  });

  it('catches linking advice for what moved to ACMS, and ACMS steps that do not fit the court', async () => {
    const answers = {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      linked: 'no',
      'ecf-login': 'known',
      cja: 'no',
    };
    const plan = await planFor(['ca9'], TODAY, answers);
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const broken = (change: (copy: Plan) => void) => violationsAfter(plan, change);
    expect(
      broken((p) => delete p.actions.find((a) => a.id === 'link-ecf-account')!.caveat),
    ).toMatch(/link-ecf-account@ca9: linking advice not limited to what stays in CM\/ECF/);
    expect(broken((p) => (p.actions = p.actions.filter((a) => a.id !== 'file-in-acms')))).toMatch(
      /file-in-acms@ca9 missing \(ACMS all-new-cases\)/,
    );
    const before = await planFor(['ca9'], '2021-04-30', answers);
    expect(findViolations(before, catalog.courts)).toEqual([]);
    const early = structuredClone(before);
    early.actions.find((a) => a.id === 'link-ecf-account')!.caveat = 'Not in ACMS.';
    expect(findViolations(early, catalog.courts).join('\n')).toMatch(
      /ACMS caveat where no case is filed in ACMS/,
    );
  });

  it('catches a firm change that is missing its parts', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY_ANSWERS,
      problems: 'changed-firm',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const without = (id: string) => {
      const copy = structuredClone(plan);
      copy.actions = copy.actions.filter((a) => a.id !== id);
      return findViolations(copy, catalog.courts).join('\n');
    };
    expect(without('change-firm')).toMatch(/change-firm missing for attorney/);
    expect(without('update-secondary-email')).toMatch(
      /change-firm without update-secondary-email@utd/,
    );
  });
});
