/**
 * `npm run data:coverage`: per field of the court profiles, how many of the bundled courts have
 * a sourced value, how many record "not published" (with the day their pages were searched),
 * and how many are unknown. The issues that fill the data set their targets on this table.
 * `--markdown` prints it as the documents' table; `--json` as data; `--readme` writes the table
 * into docs/court-data.md between its coverage markers (a test fails when that table is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { knownFact, notPublishedOf } from '../../src/profile/facts.js';
import type { CourtProfile, CourtType } from '../../src/profile/schema.js';

/** The first day of the help-desk check campaign: a contact checked since is current. */
export const HELP_DESKS_CHECKED_SINCE = '2026-11-01';

type State = 'sourced' | 'not-published' | 'unknown';

interface Field {
  name: string;
  /** Which courts the field is for. */
  types: readonly CourtType[];
  state(court: CourtProfile, courts: ReadonlyMap<string, CourtProfile>): State;
}

const ALL: readonly CourtType[] = ['district', 'bankruptcy', 'appellate'];
const stateOf = (fact: object | undefined): State =>
  knownFact(fact) ? 'sourced' : notPublishedOf(fact) ? 'not-published' : 'unknown';
const joiningField = (
  name: string,
  key: keyof CourtProfile['joining'],
  types: readonly CourtType[] = ALL,
): Field => ({
  name,
  types,
  state: (court) => stateOf(court.joining[key] as object | undefined),
});

/** A court's admission route, or its bar's (a bankruptcy court that uses the district's bar). */
function admissionRouteOf(
  court: CourtProfile,
  courts: ReadonlyMap<string, CourtProfile>,
): State {
  const own = stateOf(court.joining.admission);
  if (own === 'sourced') return own;
  const bar = knownFact(court.joining.bar);
  const barCourt = bar && bar.court !== court.id ? courts.get(bar.court) : undefined;
  if (barCourt && knownFact(barCourt.joining.admission)) return 'sourced';
  return own;
}

export const FIELDS: readonly Field[] = [
  joiningField('admission page', 'admissionsPage'),
  joiningField('bar (whose bar admits)', 'bar', ['bankruptcy']),
  joiningField('admission route (own)', 'admission', ['district', 'appellate']),
  { name: 'admission route (own or its bar’s)', types: ALL, state: admissionRouteOf },
  {
    name: 'pro hac vice: available or not',
    types: ALL,
    state: (court) => {
      const fact = court.joining.proHacVice;
      const known = knownFact(fact);
      if (known) return known.available !== undefined || known.efiling !== undefined ? 'sourced' : 'unknown';
      return stateOf(fact);
    },
  },
  joiningField('pro se policy', 'proSe'),
  joiningField('e-file registration extras', 'efileRegistration'),
  joiningField('government attorneys', 'government'),
  joiningField('filing agents', 'filingAgents', ['bankruptcy']),
  joiningField('limited filers', 'limitedFilers', ['bankruptcy']),
  joiningField('proofs of claim (ePOC)', 'proofOfClaim', ['bankruptcy']),
  joiningField('noticing', 'noticing'),
  joiningField('leaving e-filing', 'leaving'),
  joiningField('PACER fee exemptions', 'feeExemption'),
  {
    name: `help desk checked since ${HELP_DESKS_CHECKED_SINCE}`,
    types: ALL,
    state: (court) =>
      court.helpDesks.some(
        (desk) => desk.checked !== undefined && desk.checked >= HELP_DESKS_CHECKED_SINCE,
      )
        ? 'sourced'
        : 'unknown',
  },
  {
    name: 'NextGen go-live known',
    types: ALL,
    state: (court) => (court.nextGen.goLive.precision === 'unknown' ? 'unknown' : 'sourced'),
  },
];

export interface CoverageRow {
  field: string;
  courts: number;
  sourced: number;
  notPublished: number;
  unknown: number;
}

/** The coverage table of a set of courts. */
export function coverageOf(courts: ReadonlyMap<string, CourtProfile>): CoverageRow[] {
  return FIELDS.map((field) => {
    const row: CoverageRow = { field: field.name, courts: 0, sourced: 0, notPublished: 0, unknown: 0 };
    for (const court of courts.values()) {
      if (!field.types.includes(court.type)) continue;
      row.courts++;
      const state = field.state(court, courts);
      if (state === 'sourced') row.sourced++;
      else if (state === 'not-published') row.notPublished++;
      else row.unknown++;
    }
    return row;
  });
}

/** The table as Markdown (the README's) or aligned text. */
export function renderCoverage(rows: readonly CoverageRow[], markdown: boolean): string {
  const head = ['field', 'courts', 'sourced', 'not published', 'unknown'];
  const body = rows.map((row) => [
    row.field,
    String(row.courts),
    String(row.sourced),
    String(row.notPublished),
    String(row.unknown),
  ]);
  if (markdown)
    return [
      `| ${head.join(' | ')} |`,
      `| --- | ${head.slice(1).map(() => '---:').join(' | ')} |`,
      ...body.map((cells) => `| ${cells.join(' | ')} |`),
    ].join('\n');
  const widths = head.map((cell, index) =>
    Math.max(cell.length, ...body.map((cells) => (cells[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

const START = '<!-- coverage:start -->';
const END = '<!-- coverage:end -->';

/** A document's text with its coverage table replaced by `table`. */
export function withCoverageTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/court-data.md has no coverage markers');
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { loadBundledYaml } = await import('../../src/profile/profile-files.js');
  const { courts, problems } = await loadBundledYaml();
  if (problems.length > 0) {
    console.error('the bundled data does not load: run `npm run data:lint`');
    process.exit(1);
  }
  const rows = coverageOf(courts);
  if (process.argv.includes('--readme')) {
    const doc = new URL('../../docs/court-data.md', import.meta.url);
    writeFileSync(doc, withCoverageTable(readFileSync(doc, 'utf8'), renderCoverage(rows, true)));
    console.log('wrote the coverage table into docs/court-data.md');
  } else if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else console.log(renderCoverage(rows, process.argv.includes('--markdown')));
}
