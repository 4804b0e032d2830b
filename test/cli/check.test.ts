import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { hasAnsi, hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { answerFlags, READY_ANSWERS, tempDir } from '../helpers/fixtures.js';
import { overflow } from '../helpers/width.js';
import { wholeProfileText } from '../helpers/data.js';

const READY_FLAGS = answerFlags(READY_ANSWERS);

async function checkJson(args: readonly string[]): Promise<Plan> {
  const result = await runInProcess([
    'check',
    '--format',
    'json',
    '--as-of',
    '2026-11-22',
    '--no-input',
    ...args,
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Plan;
}

/** A user error: exit 2, a message on stderr, no stack trace, nothing on stdout. */
async function expectUserError(
  args: readonly string[],
  message: RegExp,
  env?: Record<string, string>,
) {
  const result = await runInProcess(args, env ? { env } : {});
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect(result.stdout).toBe('');
  return result;
}

describe('check, unattended', () => {
  it('prints the plan as JSON from flags', async () => {
    const plan = await checkJson([
      '--court',
      'utd',
      ...READY_FLAGS,
      '--linked',
      'no',
      '--ecf-login',
      'known',
      '--account-type',
      'legacy',
    ]);
    expect(plan).toMatchObject({ schemaVersion: 1, asOf: '2026-11-22', status: 'action-needed' });
    expect(plan.courts.map((court) => court.id)).toEqual(['utd']);
    expect(plan.actions.map((action) => [action.id, action.court])).toEqual([
      ['upgrade-pacer-account', null],
      ['link-ecf-account', 'utd'],
    ]);
    for (const action of plan.actions) {
      expect(action).toEqual(
        expect.objectContaining({
          title: expect.any(String),
          why: expect.any(String),
          steps: expect.any(Array),
          links: expect.any(Array),
          contacts: expect.any(Array),
          sources: expect.any(Array),
        }),
      );
    }
  });

  it('reads an answers file (YAML), and flags win over it', async () => {
    const dir = tempDir({
      'answers.yaml':
        'filer: attorney\npacer-account: individual\naccount-type: legacy\nmfa: enrolled\nfirm-billing: no\nlinked: {ctd: yes, utd: no}\necf-login: known\ncja: no\nbankruptcy: no\n',
    });
    const fromFile = await checkJson([
      '--court',
      'ctd,utd',
      '--answers',
      join(dir, 'answers.yaml'),
    ]);
    expect(fromFile.actions.map((a) => `${a.id}@${a.court}`)).toEqual([
      'upgrade-pacer-account@null',
      'link-ecf-account@utd',
    ]);
    const overridden = await checkJson([
      '--court',
      'ctd',
      '--court',
      'utd',
      '--answers',
      join(dir, 'answers.yaml'),
      '--account-type',
      'upgraded',
      '--linked',
      'utd=yes',
    ]);
    expect(overridden.status).toBe('ready');
  });

  it('reads an answers file in JSON, taking the courts from it', async () => {
    const dir = tempDir({
      'answers.json': JSON.stringify({
        courts: ['prd'],
        filer: 'pro-se',
        'pacer-account': 'none',
        'ecf-login': 'none',
        bankruptcy: 'no',
      }),
    });
    const plan = await checkJson(['--answers', join(dir, 'answers.json')]);
    expect(plan.courts.map((court) => court.id)).toEqual(['prd']);
    // Puerto Rico's pages do not say whether a pro se party needs permission: asked, with a caveat.
    expect(plan.actions.map((a) => a.id)).toEqual([
      'register-pacer-account',
      'enroll-mfa',
      'get-pro-se-permission',
      'request-filing-access',
    ]);
    expect(plan.actions[2]?.caveat).toMatch(
      /^The District of Puerto Rico's pages were not found to say whether a self-represented party may e-file/,
    );
  });

  it('prints a Markdown checklist', async () => {
    const result = await runInProcess([
      'check',
      '--court',
      'cacd',
      ...READY_FLAGS,
      '--linked',
      'no',
      '--ecf-login',
      'known',
      '--format',
      'markdown',
      '--no-input',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# NextGen CM\/ECF checklist: cacd\n/);
    expect(result.stdout).toContain(
      '- [ ] **1. Link your CM/ECF login in the Central District of California to your PACER account** (cacd)',
    );
  });

  it('prints text without colour when stdout is not a terminal, and with it when forced', async () => {
    const args = ['check', '--court', 'ctd', ...READY_FLAGS, '--no-input'];
    const plain = await runInProcess(args);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Status: READY');
    expect(hasAnsi(plain.stdout)).toBe(false);
    expect(hasAnsi((await runInProcess(args, { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(
      hasAnsi((await runInProcess([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout),
    ).toBe(false);
    expect(
      hasAnsi((await runInProcess(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout),
    ).toBe(false);
  });

  it('exits 1 with --exit-code only when actions remain', async () => {
    const ready = await runInProcess([
      'check',
      '--court',
      'ctd',
      ...READY_FLAGS,
      '--no-input',
      '--exit-code',
    ]);
    expect(ready.code).toBe(0);
    const pending = await runInProcess([
      'check',
      '--court',
      'ctd',
      ...READY_FLAGS,
      '--mfa',
      'not-enrolled',
      '--no-input',
      '--exit-code',
    ]);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain('Enrol your PACER account in multi-factor authentication');
    expect(
      (
        await runInProcess([
          'check',
          '--court',
          'ctd',
          ...READY_FLAGS,
          '--mfa',
          'not-enrolled',
          '--no-input',
        ])
      ).code,
    ).toBe(0);
  });

  it('writes --output whole, and says so on stderr', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.json');
    const result = await runInProcess([
      'check',
      '--court',
      'ctd',
      ...READY_FLAGS,
      '--no-input',
      '--format',
      'json',
      '--output',
      file,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Wrote json plan to .*plan\.json \(ready, 0 actions\)\.\n$/);
    expect((JSON.parse(readFileSync(file, 'utf8')) as Plan).status).toBe('ready');
    expect(readdirSync(dir)).toEqual(['plan.json']);
    const one = await runInProcess(
      ['check', '--court', 'ctd', ...READY_FLAGS, '--account-type', 'legacy', '--no-input'].concat([
        '--output',
        file,
      ]),
    );
    expect(one.stderr).toMatch(/^Wrote text plan to .*plan\.json \(action-needed, 1 action\)\.\n$/);
  });

  it('saves the answers with --save-answers: whole, YAML, read back by --answers', async () => {
    const dir = tempDir();
    const file = join(dir, 'my answers.yaml');
    const flags = answerFlags({ ...READY_ANSWERS, 'account-type': 'legacy' });
    const first = await runInProcess([
      'check',
      '--court',
      'ctd,ca2',
      '--as-of',
      '2026-11-22',
      ...flags,
      '--linked',
      'ctd=yes,ca2=no',
      '--ecf-login',
      'forgotten',
      '--format',
      'json',
      '--no-input',
      '--save-answers',
      file,
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe(`Saved the answers to ${file}.\n`);
    expect(readdirSync(dir)).toEqual(['my answers.yaml']);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('courts: [ctd, ca2]\n');
    expect(saved).toContain('linked: { ctd: yes, ca2: no }\n');
    expect(saved).toContain('problems: []\n');
    expect(saved).toMatch(/^# .*no password/);
    // Nothing but answers: no key the answers file would not take back.
    const again = await checkJson(['--answers', file]);
    expect(again).toEqual(JSON.parse(first.stdout));
  });

  it('replays a date before go-live', async () => {
    const plan = await checkJson([
      '--court',
      'cacd',
      ...READY_FLAGS.filter((f) => !['--linked', 'yes', '--mfa', 'enrolled'].includes(f)),
      '--ecf-login',
      'known',
      '--as-of',
      '2020-02-01',
    ]);
    expect(plan.asOf).toBe('2020-02-01');
    expect(plan.status).toBe('waiting');
    expect(plan.actions.find((a) => a.id === 'link-ecf-account')?.notBefore).toBe('2020-02-18');
  });
});

describe('check, user errors: exit 2, one clear message, no stack trace', () => {
  it('names every missing answer, its allowed values and its flag', async () => {
    const result = await expectUserError(
      ['check', '--court', 'ctd', '--no-input'],
      /^error: missing answers: filer, pacer-account, ecf-login, bankruptcy\n/,
    );
    expect(result.stderr).toContain(
      '  --filer <attorney|pro-se|filing-agent|limited-filer>  (who will e-file)',
    );
    expect(result.stderr).toContain('  --pacer-account <individual|shared|none|unknown>');
    expect(result.stderr).toContain('  --ecf-login <known|forgotten|none>');
    expect(result.stderr).toMatch(/further questions may apply/);
  });

  it('asks nothing when stdin is not a terminal, even without --no-input', async () => {
    await expectUserError(
      ['check', '--court', 'ctd', '--filer', 'attorney'],
      /^error: missing answers: pacer-account/,
    );
  });

  it('names per-court missing answers by court when there are several courts', async () => {
    const result = await expectUserError(
      ['check', '--court', 'ctd,utd', ...READY_FLAGS, '--linked', 'ctd=no', '--no-input'],
      /missing answers: ecf-login, linked/,
    );
    expect(result.stderr).toContain('--linked utd=<yes|no>');
    expect(result.stderr).toContain('--ecf-login ctd=<known|forgotten|none>');
  });

  it.each([
    {
      args: ['--pacer-account', 'indivdual'],
      message:
        /^error: --pacer-account: "indivdual" is not allowed \(did you mean "individual"\?\); allowed: individual, shared, none, unknown\n/,
    },
    {
      args: ['--linked', 'ctd=maybe'],
      message: /^error: --linked ctd: this value is not allowed; allowed: yes, no\n/,
    },
    {
      args: ['--linked', 'ctx=yes'],
      message: /^error: --linked: "ctx" is not a court id \(did you mean "ctb" or "ctd"\?\)/,
    },
    { args: ['--problems', 'menus,unlink'], message: /^error: --problems: "menus" is not allowed/ },
    { args: ['--as-of', '2020-02-30'], message: /^error: --as-of: "2020-02-30" is not a date/ },
    {
      args: ['--format', 'pdf'],
      message: /argument is invalid\. Allowed choices are text, json, markdown/,
    },
  ])('rejects $args', async ({ args, message }) => {
    await expectUserError(
      ['check', '--court', 'ctd', ...READY_FLAGS, '--no-input', ...args],
      message,
    );
  });

  it('suggests the nearest court for an unknown id', async () => {
    await expectUserError(
      ['check', '--court', 'ctdd', '--no-input'],
      /^error: --court: "ctdd" is not a court id \(did you mean "ctd"\?\)\nRun `nextgen-ready courts`/,
    );
  });

  it('asks for a court when none is given', async () => {
    await expectUserError(
      ['check', '--no-input', ...READY_FLAGS],
      /^error: no court given\nPass --court ID/,
    );
  });

  it('points at the line of a bad key in the answers file', async () => {
    const dir = tempDir({
      'answers.yaml': 'filer: attorney\npacer_account: individual\nlinked: sometimes\n',
    });
    const result = await expectUserError(
      ['check', '--court', 'ctd', '--answers', join(dir, 'answers.yaml'), '--no-input'],
      /^error: 2 problems in answers file/,
    );
    expect(result.stderr).toContain(
      `${join(dir, 'answers.yaml')}:2:1: "pacer_account" is not an answer key (did you mean "pacer-account"?)`,
    );
    expect(result.stderr).toContain(
      `${join(dir, 'answers.yaml')}:3:1: linked: this value is not allowed; allowed: yes, no`,
    );
  });

  it('reports an answers file that is not YAML, or not there', async () => {
    const dir = tempDir({ 'answers.yaml': 'filer: [attorney\n' });
    await expectUserError(
      ['check', '--court', 'ctd', '--answers', join(dir, 'answers.yaml'), '--no-input'],
      /answers file .* is not valid YAML or JSON\n.*answers\.yaml:\d+:\d+: YAML syntax/,
    );
    await expectUserError(
      ['check', '--court', 'ctd', '--answers', join(dir, 'nope.yaml'), '--no-input'],
      /^error: cannot read answers file .*nope\.yaml: not found\n/,
    );
  });

  it('cannot write --output into a missing directory', async () => {
    await expectUserError(
      [
        'check',
        '--court',
        'ctd',
        ...READY_FLAGS,
        '--no-input',
        '--output',
        '/no/such/dir/plan.txt',
      ],
      /^error: cannot write --output \/no\/such\/dir\/plan\.txt: its directory does not exist\n/,
    );
    expect(existsSync('/no/such/dir')).toBe(false);
  });

  it('reports a broken profile in --courts-dir with its file and line', async () => {
    const profile = wholeProfileText('ctd').replace('type: district', 'type: court');
    const dir = tempDir({ 'ctd.yaml': profile });
    await expectUserError(
      ['check', '--court', 'ctd', '--courts-dir', dir, ...READY_FLAGS, '--no-input'],
      /^error: 1 problem in court data\n {2}.*ctd\.yaml:\d+:7: type: "court" is not allowed/,
    );
  });
});

describe('questions', () => {
  it('prints the catalogue as JSON, with ids, flags and values', async () => {
    const result = await runInProcess(['questions', '--format', 'json']);
    expect(result.code).toBe(0);
    const catalogue = JSON.parse(result.stdout) as {
      id: string;
      flag: string;
      scope: string;
      options: { value: string }[];
    }[];
    expect(catalogue.map((question) => question.id)).toEqual([
      'filer',
      'purpose',
      'pacer-account',
      'account-type',
      'mfa',
      'firm-billing',
      'ecf-login',
      'linked',
      'admission',
      'cja',
      'exempt-account',
      'cja-exemption',
      'bankruptcy',
      'problems',
    ]);
    expect(
      catalogue
        .find((question) => question.id === 'pacer-account')
        ?.options.map((option) => option.value),
    ).toEqual(['individual', 'shared', 'none', 'unknown']);
    expect(catalogue.find((question) => question.id === 'linked')).toMatchObject({
      flag: '--linked',
      scope: 'court',
      safeDefault: 'no',
      options: [
        { value: 'yes', label: 'Yes, already linked', description: expect.any(String) },
        { value: 'no', label: 'No, not yet', description: expect.any(String) },
      ],
    });
    expect(catalogue.find((question) => question.id === 'filer')).toMatchObject({
      safeDefault: null,
    });
  });

  it('prints the catalogue as text, each choice explained, at the terminal width', async () => {
    const result = await runInProcess(['questions'], { env: { COLUMNS: '100' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pacer-account (--pacer-account, once, preselected: unknown)');
    expect(result.stdout).toContain('linked (--linked, per court, preselected: no)');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      ' unknown I do not know Not sure: the plan starts by finding out whether PACER has an account for you. ',
    );
    const narrow = await runInProcess(['questions'], { env: { COLUMNS: '40' } });
    for (const line of narrow.stdout.split('\n')) expect(overflow(line, 40)).toBeUndefined();
  });
});
