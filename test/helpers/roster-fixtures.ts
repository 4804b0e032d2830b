/** The roster tests' fixtures: the seed rows, CSV made from them, and what a run prints. */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../../src/plan/types.js';
import { READY_ANSWERS } from './fixtures.js';

export interface Entry {
  line: number;
  name: string;
  email: string;
  id: string;
  courts: string[];
  status: string;
  checklist?: string;
  plan?: Plan;
  errors?: string[];
}

export interface RosterJson {
  schemaVersion: number;
  roster: string;
  asOf: string;
  attorneys: Entry[];
  totals: Record<string, number>;
}

/** A new temporary directory holding these files. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-roster-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export /** Every file under `dir`, with its text. */
function filesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      for (const [inner, text] of Object.entries(filesIn(path))) files[`${name}/${inner}`] = text;
    else files[name] = readFileSync(path, 'utf8');
  }
  return files;
}

// ---- rosters ----------------------------------------------------------------------------

export const COLUMNS = [
  'name',
  'email',
  'id',
  'courts',
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
];

/** Every seed path, one attorney (or pro se filer) each, in the four seed courts. */
export const SEED_ROWS: Record<string, string>[] = [
  { name: 'Ada Ready', courts: 'ctd', ...READY_ANSWERS },
  {
    name: 'Ben Legacy',
    courts: 'utd',
    ...READY_ANSWERS,
    'account-type': 'legacy',
    linked: 'no',
    'ecf-login': 'known',
  },
  {
    name: 'Cy Unknown',
    courts: 'prd',
    filer: 'attorney',
    'pacer-account': 'unknown',
    'firm-billing': 'no',
    'ecf-login': 'known',
    cja: 'no',
    bankruptcy: 'no',
  },
  {
    name: 'Dee Pro Se',
    courts: 'cacd',
    filer: 'pro-se',
    'pacer-account': 'none',
    'ecf-login': 'none',
    bankruptcy: 'no',
  },
  {
    name: 'Eve CJA Exempt',
    courts: 'ctd;utd',
    ...READY_ANSWERS,
    cja: 'ctd=no;utd=yes',
    'exempt-account': 'yes',
  },
  {
    name: 'Fay CJA Own',
    courts: 'utd',
    ...READY_ANSWERS,
    cja: 'yes',
    'exempt-account': 'no',
    'cja-exemption': 'no',
  },
  {
    name: 'Gus Shared',
    courts: 'prd',
    filer: 'attorney',
    'pacer-account': 'shared',
    'firm-billing': 'no',
    'ecf-login': 'known',
    cja: 'no',
    bankruptcy: 'no',
  },
  {
    name: 'Hal Forgot',
    courts: 'cacd',
    filer: 'attorney',
    'pacer-account': 'individual',
    'account-type': 'upgraded',
    mfa: 'not-enrolled',
    'firm-billing': 'no',
    linked: 'no',
    'ecf-login': 'forgotten',
    cja: 'no',
    bankruptcy: 'no',
    problems: 'forgot-pacer-password;account-deactivated',
  },
  {
    name: 'Ida Firm Billing',
    courts: 'utd',
    filer: 'attorney',
    'pacer-account': 'none',
    'firm-billing': 'yes',
    'ecf-login': 'known',
    cja: 'no',
    bankruptcy: 'no',
  },
  {
    name: 'Jo Four Courts',
    courts: 'ctd prd utd cacd',
    filer: 'attorney',
    'pacer-account': 'individual',
    'account-type': 'upgraded',
    mfa: 'enrolled',
    'firm-billing': 'no',
    linked: 'ctd=yes;prd=no;utd=no;cacd=yes',
    'ecf-login': 'prd=known;utd=none',
    cja: 'no',
    bankruptcy: 'no',
    problems: 'menus-limited;update-secondary-email',
  },
];

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: Record<string, string>[], eol = '\r\n', columns = COLUMNS): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]
    .map((cells) => cells.map(csvCell).join(','))
    .join(eol)
    .concat(eol);
}

// ---- tests ------------------------------------------------------------------------------

/**
 * Plans `rows` as a CSV roster, in-process, in JSON, and gives each attorney's action ids by
 * name. The roster is named by path: the mutation run's workers cannot change directory.
 */
export async function plannedActionIds(
  rows: readonly Record<string, string>[],
  asOf: string,
  extra: readonly string[] = [],
): Promise<Record<string, string[]>> {
  const { runInProcess } = await import('./in-process.js');
  const dir = tempDir({ 'team.csv': toCsv([...rows]) });
  const result = await runInProcess([
    'roster',
    join(dir, 'team.csv'),
    '--format',
    'json',
    '--as-of',
    asOf,
    ...extra,
  ]);
  if (result.code !== 0) throw new Error(`roster exited ${result.code}: ${result.stderr}`);
  const document = JSON.parse(result.stdout) as RosterJson;
  return Object.fromEntries(
    document.attorneys.map((entry) => [
      entry.name,
      (entry.plan?.actions ?? []).map((action) => action.id),
    ]),
  );
}
