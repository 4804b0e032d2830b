/**
 * npm run measure:plans: the line counts of issue 26's five personas' plans at 80 columns
 * (text, Markdown; how often the PACER Service Center's phone appears), from the built CLI, on a
 * fixed day. docs/plan-length.md records what it printed before and after.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'nextgen-ready.cjs');
const PERSONAS = join(ROOT, 'test', 'fixtures', 'personas');
const AS_OF = '2026-12-06';
const PSC_PHONE = '800-676-6856';

function run(args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '80', NO_COLOR: '1' },
    input: '',
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

const lines = (text: string) => text.replace(/\n$/, '').split('\n').length;
const count = (text: string, needle: string) => text.split(needle).length - 1;

const rows: string[] = [
  '| persona | courts | actions | text lines | Markdown lines | PSC phone (text) |',
];
rows.push('| --- | --- | --- | --- | --- | --- |');
for (const file of readdirSync(PERSONAS)
  .filter((name) => name.endsWith('.yaml'))
  .sort()) {
  const answers = join(PERSONAS, file);
  const base = ['check', '--answers', answers, '--no-input', '--as-of', AS_OF];
  const text = run(base);
  const markdown = run([...base, '--format', 'markdown']);
  const plan = JSON.parse(run([...base, '--format', 'json'])) as {
    courts: { id: string }[];
    actions: unknown[];
  };
  rows.push(
    `| ${file.replace(/\.yaml$/, '')} | ${plan.courts.map((court) => court.id).join(', ')} | ${plan.actions.length} | ${lines(text)} | ${lines(markdown)} | ${count(text, PSC_PHONE)} |`,
  );
}

// Firm IT: a roster of 300 attorneys in four courts, made here the same way each time.
const dir = mkdtempSync(join(tmpdir(), 'ngr-measure-'));
try {
  const courts = ['ctd', 'nysd', 'cand', 'txnd'];
  const types = ['upgraded', 'legacy', 'unknown'];
  const csv = [
    'name,email,courts,filer,pacer-account,account-type,mfa,firm-billing,linked,ecf-login,cja,exempt-account,cja-exemption,bankruptcy,problems',
  ];
  for (let i = 0; i < 300; i++) {
    const court = courts[i % courts.length]!;
    csv.push(
      `Attorney ${i + 1},a${i + 1}@example.com,${court},attorney,individual,${types[i % 3]},${i % 2 ? 'enrolled' : 'unknown'},yes,${i % 5 === 0 ? 'yes' : 'no'},known,${i % 7 === 0 ? 'yes' : 'no'},no,${i % 7 === 0 ? 'yes' : ''},no,`,
    );
  }
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, `${csv.join('\n')}\n`);
  const out = join(dir, 'out');
  const report = run(['roster', roster, '--as-of', AS_OF, '--out', out, '--quiet']);
  const checklists = readdirSync(out).filter((name) => name.endsWith('.md'));
  const mdLines = checklists.map((name) => lines(readFileSync(join(out, name), 'utf8')));
  const average = Math.round(mdLines.reduce((a, b) => a + b, 0) / mdLines.length);
  rows.push(
    `| firm-it-roster-300 | ${courts.join(', ')} | ${checklists.length} checklists | ${lines(report)} (report) | ${average} (average checklist) | — |`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
