/**
 * Issue 24, end to end through `check` (text and JSON) and `roster`: a self-represented party
 * where the court does not open e-filing to them is given the court's own way first and no
 * PACER set-up (D. Me.: e-mail to the clerk), or, where the court's pages do not say, one line
 * and the usual way (D.P.R.); staff who file for an attorney, in a court whose profile says it
 * takes no filing agents, are told the attorney files, where a court that does not say keeps
 * the filing-agent registration.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Plan } from '../../src/plan/types.js';
import { wholeProfileText } from '../helpers/data.js';
import { runInProcess } from '../helpers/in-process.js';
import { plannedActionIds, tempDir } from '../helpers/roster-fixtures.js';

const AS_OF = '2026-12-06';
const PRO_SE = [
  '--filer',
  'pro-se',
  '--pacer-account',
  'none',
  '--ecf-login',
  'none',
  '--bankruptcy',
  'no',
  '--problems',
  'none',
];
const AGENT = [
  '--filer',
  'filing-agent',
  '--pacer-account',
  'individual',
  '--account-type',
  'upgraded',
  '--mfa',
  'enrolled',
  '--ecf-login',
  'none',
  '--problems',
  'none',
];

async function check(
  court: string,
  answers: string[],
  format: 'json' | 'text',
  extra: string[] = [],
) {
  const result = await runInProcess([
    'check',
    '--court',
    court,
    ...answers,
    '--as-of',
    AS_OF,
    '--format',
    format,
    '--no-input',
    ...extra,
  ]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('a self-represented party where e-filing is not open to them', () => {
  it("is given the court's own way and no PACER set-up (D. Me.: e-mail to the clerk)", async () => {
    const plan = JSON.parse(await check('med', PRO_SE, 'json')) as Plan;
    expect(plan.actions.map((action) => action.id)).toEqual(['file-without-efiling']);
    const text = (await check('med', PRO_SE, 'text')).replace(/\s+/g, ' ');
    expect(text).toContain('1. File without e-filing in the District of Maine [med]');
    expect(text).toContain('E-mail your documents to the clerk as the court says');
    expect(text).not.toContain('Register your own individual PACER account');
  });

  it("says in one line where the court's pages do not say, and gives the usual way (D.P.R.)", async () => {
    const plan = JSON.parse(await check('prd', PRO_SE, 'json')) as Plan;
    const permission = plan.actions.find((action) => action.id === 'get-pro-se-permission');
    expect(permission?.caveat).toMatch(
      /^The District of Puerto Rico's pages were not found to say whether a self-represented party may e-file/,
    );
    const text = (await check('prd', PRO_SE, 'text')).replace(/\s+/g, ' ');
    expect(text).toContain(
      "The District of Puerto Rico's pages were not found to say whether a self-represented party may e-file",
    );
  });

  it('is planned the same way in a roster row', async () => {
    const ids = await plannedActionIds(
      [
        {
          name: 'Maine',
          courts: 'med',
          filer: 'pro-se',
          'pacer-account': 'none',
          'ecf-login': 'none',
          bankruptcy: 'no',
        },
        {
          name: 'Puerto Rico',
          courts: 'prd',
          filer: 'pro-se',
          'pacer-account': 'none',
          'ecf-login': 'none',
          bankruptcy: 'no',
        },
      ],
      AS_OF,
    );
    expect(ids.Maine).toEqual(['file-without-efiling']);
    expect(ids['Puerto Rico']).toContain('get-pro-se-permission');
  });
});

describe('staff who file for an attorney', () => {
  /** alsb as a firm's --courts-dir keeps it, with the rule that it takes no filing agents. */
  function noAgentsDir(): string {
    const profile = parse(wholeProfileText('alsb').split('\n').slice(1).join('\n')) as {
      joining: Record<string, unknown>;
    };
    profile.joining.filingAgents = { accepted: false, source: 'alsb-nextgen-cmecf' };
    return tempDir({ 'alsb.yaml': stringify(profile) });
  }

  it('in a court that takes no filing agents: the attorney files, with their own login', async () => {
    const dir = noAgentsDir();
    const plan = JSON.parse(await check('alsb', AGENT, 'json', ['--courts-dir', dir])) as Plan;
    const ids = plan.actions.map((action) => action.id);
    expect(ids).toContain('file-without-efiling');
    expect(ids).not.toContain('register-filing-agent');
    const text = (await check('alsb', AGENT, 'text', ['--courts-dir', dir])).replace(/\s+/g, ' ');
    expect(text).toContain(
      'the court does not accept filing agents, so the attorney files, with their own login',
    );
  });

  it('in a court that does not say (alsb as bundled): registers as a filing agent', async () => {
    const plan = JSON.parse(await check('alsb', AGENT, 'json')) as Plan;
    expect(plan.actions.map((action) => action.id)).toContain('register-filing-agent');
    expect(await check('alsb', AGENT, 'text')).toMatch(/filing agent/);
  });

  it('is planned the same way in a roster row', async () => {
    const ids = await plannedActionIds(
      [
        {
          name: 'Paralegal',
          courts: 'alsb',
          filer: 'filing-agent',
          'pacer-account': 'individual',
          'account-type': 'upgraded',
          mfa: 'enrolled',
          'ecf-login': 'none',
        },
      ],
      AS_OF,
      ['--courts-dir', noAgentsDir()],
    );
    expect(ids.Paralegal).toContain('file-without-efiling');
  });
});
