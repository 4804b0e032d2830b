/**
 * The plans of the four seed courts, byte for byte, for a set of answers that walks their
 * paths (linking, CJA, pro se, joining, firm billing, MFA), in text, Markdown and JSON. A change
 * to how court data is stored or merged, or to how the plan is built, must not change them.
 *
 * When a change to the plans is meant (a corrected fact of a seed court), rewrite the fixture:
 * UPDATE_GOLDEN=1 npx vitest run test/golden  and review its diff.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { READY_ANSWERS, tempDir } from '../helpers/fixtures.js';

const FIXTURE = new URL('./seed-court-plans.txt', import.meta.url);
const COURTS = 'ctd,prd,utd,cacd';
const AS_OF = '2026-12-06';

/** Answer sets, each a path through the four courts. */
const ANSWER_SETS: Record<string, Record<string, unknown>> = {
  'cja attorney, legacy account, not linked': {
    filer: 'attorney',
    'pacer-account': 'individual',
    'account-type': 'legacy',
    mfa: 'not-enrolled',
    'firm-billing': 'no',
    linked: 'no',
    'ecf-login': 'known',
    cja: 'yes',
    'exempt-account': 'yes',
    bankruptcy: 'no',
  },
  'ready attorney': READY_ANSWERS,
  'pro se party with no account': {
    filer: 'pro-se',
    'pacer-account': 'none',
    'ecf-login': 'none',
    bankruptcy: 'no',
  },
  'attorney joining, firm billing, shared account': {
    filer: 'attorney',
    'pacer-account': 'shared',
    'firm-billing': 'yes',
    'ecf-login': 'none',
    admission: 'not-admitted',
    cja: 'no',
    bankruptcy: 'yes',
  },
  'pro hac vice attorney, forgotten login elsewhere': {
    filer: 'attorney',
    'pacer-account': 'unknown',
    'firm-billing': 'no',
    'ecf-login': { ctd: 'none', prd: 'forgotten', utd: 'none', cacd: 'known' },
    admission: 'pro-hac-vice',
    cja: 'no',
    bankruptcy: 'no',
  },
};

async function renderAll(): Promise<string> {
  const parts: string[] = [];
  for (const [name, answers] of Object.entries(ANSWER_SETS)) {
    const dir = tempDir({ 'answers.json': JSON.stringify(answers) });
    try {
      for (const format of ['text', 'markdown', 'json']) {
        const run = await runInProcess(
          [
            'check',
            '--court',
            COURTS,
            '--answers',
            `${dir}/answers.json`,
            '--as-of',
            AS_OF,
            '--format',
            format,
            '--no-input',
            '--no-color',
          ],
          { env: { COLUMNS: '100' }, columns: 100 },
        );
        parts.push(`===== ${name} · ${format} · exit ${run.code}\n${run.stdout}${run.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return parts.join('\n');
}

describe('the seed courts’ plans', () => {
  it('are byte-identical to the golden copy', async () => {
    const now = await renderAll();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FIXTURE, now);
    expect(now).toBe(readFileSync(FIXTURE, 'utf8'));
  }, 120_000);
});
