/**
 * Adding an action (README, "Adding an action"): its procedure is type-checked. An action
 * whose table line has no procedure of its own cannot be added without one, and a procedure
 * id the data does not know is refused. Checked by `npm run typecheck` and vitest's typecheck.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ActionId, ActionWithoutProcedure } from '../../src/plan/actions.js';
import type { PlanBuilder } from '../../src/plan/builder.js';

declare const plan: PlanBuilder;

describe('adding an action', () => {
  it('needs a procedure where the table names none', () => {
    expectTypeOf<ActionWithoutProcedure>().toEqualTypeOf<'file-without-efiling' | 'get-notices'>();
    plan.add('file-without-efiling', {
      why: 'the court does not let them e-file',
      contacts: 'court',
      procedure: 'pro-se-without-efiling',
    });
    // @ts-expect-error file-without-efiling has no procedure of its own: one must be named
    plan.add('file-without-efiling', { why: 'why', contacts: 'court' });
    // An action with its own procedure needs none.
    plan.add('enroll-mfa', { why: 'why', contacts: 'psc' });
  });

  it('refuses an id or a procedure that is not in the tables', () => {
    // @ts-expect-error not an action of the table
    plan.add('enrol-mfa', { why: 'why', contacts: 'psc' });
    // @ts-expect-error not a procedure of the data
    plan.add('enroll-mfa', { why: 'why', contacts: 'psc', procedure: 'enrol-mfa' });
    expectTypeOf<'link-ecf-account'>().toExtend<ActionId>();
  });
});
