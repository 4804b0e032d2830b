/** The problems a filer reports: what each adds, and where it adds nothing. */
import { describe, expect, it } from 'vitest';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { actionKeys, planFor } from '../helpers/plan.js';

const AS_OF = '2026-11-22';

describe('a wrong CM/ECF account linked (unlink)', () => {
  it('is unlinked only in the courts where the filer is linked', async () => {
    const plan = await planFor(['ctd', 'utd'], AS_OF, {
      ...READY_ANSWERS,
      linked: 'ctd=yes,utd=no',
      'ecf-login': 'known',
      problems: ['unlink'],
    });
    expect(actionKeys(plan).filter((key) => key.startsWith('unlink'))).toEqual([
      'unlink-ecf-account@ctd',
    ]);
  });

  it('is never offered in a court never linked: there is nothing to unlink, and the plan says so', async () => {
    const plan = await planFor(['ctd'], AS_OF, {
      ...READY_ANSWERS,
      linked: 'no',
      'ecf-login': 'known',
      problems: ['unlink'],
    });
    expect(actionKeys(plan)).not.toContain('unlink-ecf-account@ctd');
    expect(plan.notes.map((note) => note.text).join(' ')).toMatch(/there is nothing to unlink/);
  });
});
