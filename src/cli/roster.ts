/**
 * `nextgen-ready roster FILE`: plans every attorney of a roster, unattended. Reads the header
 * first (a secret-looking column refuses the file before anything is planned), then streams
 * the rows: each is planned and written out before the next is read. A bad row is reported
 * with its line and never stops the others.
 */
import { countOf, formatNumber } from '../counts.js';
import { tableWidth } from '../render/columns.js';
import { courtFactsOf } from '../plan/applies-facts.js';
import { emptyAnswers } from '../plan/given-answers.js';
import { loadCatalog } from '../catalog/catalog.js';
import { UserError } from '../errors.js';
import type { IsoDate } from '../dates.js';
import { removeLeftoverTemporaryFiles } from '../io/write-file.js';
import { toSafeLine, toSafeText } from '../safe-text.js';
import { checkHeaders, rowOf, type ColumnMap } from '../roster/columns.js';
import { DuplicateRows, type DuplicateBy } from '../roster/duplicates.js';
import {
  describeErrorGroup,
  fixOfErrorGroup,
  RosterBreakdown,
  type Breakdown,
} from '../roster/breakdown.js';
import { createRowPlanner, type RosterContext, type RowOutcome } from '../roster/plan-row.js';
import { openRoster, type Roster, type RosterEntry } from '../roster/read-roster.js';
import { STDIN_NAME } from '../roster/read-stdin.js';
import { countRow, emptyTotals } from '../roster/summary.js';
import { ProgressLine } from '../roster/progress.js';
import { renderTemplate } from '../roster/template.js';
import { lockOutDir } from '../roster/out-lock.js';
import {
  openOutputs,
  prepareDirectory,
  type FinishedRow,
  type RosterOutputFormat,
} from '../roster/write-outputs.js';
import type { Outcome } from './exit-codes.js';
import { columnsOf, type Io } from './io.js';
import { readAnswersFile } from './plan-input.js';
import { namedCourtIds, readAsOf, readCourtIds } from './shared.js';
import { warnAboutData } from './data-age.js';

export interface RosterOptions {
  template?: boolean;
  courts?: string[];
  answers?: string;
  asOf?: string;
  format?: RosterOutputFormat;
  /** With --format csv: start stdout with the UTF-8 BOM, for Excel. */
  bom?: boolean;
  out?: string;
  exitCode?: boolean;
  /** No progress line, no data-age note and no "Wrote ..." lines; errors and warnings still. */
  quiet?: boolean;
  courtsDir?: string[];
}

function unreadableOutcome(entry: Extract<RosterEntry, { unreadable: string }>): RowOutcome {
  return {
    line: entry.line,
    name: '',
    email: '',
    id: '',
    courts: [],
    status: 'error',
    errors: [entry.unreadable],
  };
}

/** Runs `roster` and returns the exit code. */
export async function roster(
  file: string | undefined,
  options: RosterOptions,
  io: Io,
): Promise<Outcome> {
  if (options.template) {
    io.stdout.write(await renderTemplate());
    return 'ok';
  }
  if (file === undefined) {
    throw new UserError('no roster file given', {
      hint: 'Run `nextgen-ready roster team.csv`; `nextgen-ready roster --template > team.csv` starts one.',
    });
  }
  if (options.bom && (options.format ?? 'text') !== 'csv')
    throw new UserError('--bom applies only to --format csv', {
      hint: 'summary.csv in --out always starts with the BOM; stdout gets one with --format csv --bom.',
    });
  if (file === '-' && options.answers === '-')
    throw new UserError('the roster and --answers cannot both be - (stdin)', {
      hint: 'Pipe one of them in and give the other as a file: `nextgen-ready roster - --answers defaults.yaml < team.csv`.',
    });
  const asOf = readAsOf(options.asOf, io);
  const source = await openRoster(file);
  try {
    // The run's input files, which --out must never overwrite (stdin is none).
    const inputs = [file, options.answers].filter(
      (input): input is string => input !== undefined && input !== '-',
    );
    const name = file === '-' ? STDIN_NAME : file;
    return await planRoster(name, inputs, source, asOf, options, io);
  } finally {
    await source.dispose?.();
  }
}

/** Plans an opened roster, named `file` in messages; the rest of `roster`. */
async function planRoster(
  file: string,
  inputs: readonly string[],
  source: Roster,
  asOf: IsoDate,
  options: RosterOptions,
  io: Io,
): Promise<Outcome> {
  const columns = checkHeaders(source.headers, file);
  const batches = source.batches[Symbol.asyncIterator]();
  const next = await batches.next();
  if (next.done) throw new UserError(`${file} has a header but no rows`);

  const catalog = await loadCatalog({ courtsDirs: options.courtsDir ?? [], env: io.env });
  if (!options.quiet) warnAboutData(catalog.feed, io);
  const knownCourts = [...catalog.courts.keys()];
  const defaults = options.answers
    ? await readAnswersFile(options.answers, knownCourts)
    : emptyAnswers();
  const flagCourts = await readCourtIds(options.courts ?? [], knownCourts, '--court', (text) =>
    namedCourtIds(catalog, text),
  );
  const context: RosterContext = {
    catalog,
    knownCourts,
    facts: new Map(courtFactsOf(catalog, knownCourts, asOf).map((facts) => [facts.id, facts])),
    defaults,
    defaultCourts: flagCourts.length > 0 ? flagCourts : (defaults.courts ?? []),
    asOf,
  };

  const planRow = createRowPlanner(context);
  // One run at a time into an --out directory: it is made first, so the lock can go in it.
  if (options.out !== undefined) await prepareDirectory(options.out);
  const lock = options.out !== undefined ? await lockOutDir(options.out) : undefined;
  try {
    if (options.out !== undefined) {
      const removed = await removeLeftoverTemporaryFiles(options.out);
      if (removed > 0 && !options.quiet)
        io.stderr.write(
          `Removed ${countOf(removed, 'temporary file')} that a killed run left in ${toSafeLine(options.out)}.\n`,
        );
    }
    return await io.interrupt.cooperate(() =>
      planRows({
        file,
        inputs,
        batches,
        first: next,
        columns,
        planRow,
        options,
        asOf,
        io,
        blankRows: () => source.blankRows,
        total: source.total,
        courtName: (id) => {
          const name = catalog.courts.get(id)?.name;
          return name === undefined ? undefined : toSafeText(name);
        },
      }),
    );
  } finally {
    await lock?.release();
  }
}

interface RowsRun {
  file: string;
  inputs: readonly string[];
  batches: AsyncIterator<readonly RosterEntry[]>;
  first: IteratorResult<readonly RosterEntry[]>;
  columns: ColumnMap;
  planRow: (row: ReturnType<typeof rowOf>) => RowOutcome | Promise<RowOutcome>;
  options: RosterOptions;
  asOf: IsoDate;
  io: Io;
  blankRows: () => number;
  total?: number;
  /** A known court's name (made safe); undefined for an id that is not a court. */
  courtName: (id: string) => string | undefined;
}

/** How many repeated rows are named one by one on stderr; the rest are counted. */
const DUPLICATES_NAMED = 10;

const DUPLICATE_CELLS: Record<DuplicateBy, string> = {
  id: ' (the same id)',
  email: ' (the same e-mail address)',
  name: '',
};

/** True when a CI system runs us: its log is not a terminal to redraw, whatever it claims. */
function inCi(env: Io['env']): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** The progress line, for a person at a terminal: not with --quiet, in CI, or into a file. */
function progressFor(run: RowsRun): ProgressLine | undefined {
  const { io, options } = run;
  if (options.quiet || io.stderr.isTTY !== true || inCi(io.env)) return undefined;
  const now = () => io.now().getTime();
  return new ProgressLine(io.stderr, now, run.total, columnsOf(io.stderr, io.env));
}

/**
 * Plans the rows one by one and writes their outputs. The first signal (Ctrl-C, TERM, HUP)
 * stops the run between two rows, so that every file written is whole; a second one ends it at
 * once (the edge removes the temporary files). A failing disk or stdout stops it too.
 */
async function planRows(run: RowsRun): Promise<Outcome> {
  const { file, batches, columns, planRow, options, io } = run;
  // The --out directory is prepared after the lock on it is taken (roster()).
  const outputs = await openOutputs(
    {
      format: options.format ?? 'text',
      outDir: options.out,
      meta: { roster: toSafeText(file), asOf: run.asOf },
      inputs: run.inputs,
      bom: options.bom === true,
      width: io.stdout.isTTY ? tableWidth(columnsOf(io.stdout, io.env)) : undefined,
    },
    io.stdout,
  );
  const totals = emptyTotals();
  const duplicates = new DuplicateRows();
  const repeats: string[] = [];
  const breakdown = new RosterBreakdown(run.courtName);
  const errorLines: number[] = [];
  const progress = progressFor(run);
  // A signal stops the run after the row in hand: the line goes at once, so that nothing
  // (the edge's "Cancelled" on a second signal) is written after it.
  const stopProgress = () => progress?.stop();
  io.interrupt.signal.addEventListener('abort', stopProgress);
  const say = (text: string) => {
    progress?.clear();
    io.stderr.write(`${toSafeLine(text)}\n`);
  };
  // Row errors are counted by cause and printed once, grouped, at the end (errorReport).
  const report = ({ outcome, summary }: FinishedRow) => {
    countRow(totals, summary);
    breakdown.add(outcome);
    if (outcome.status === 'error' && errorLines.length < 10) errorLines.push(outcome.line);
  };
  try {
    rows: for (
      let next = run.first;
      !next.done && !io.interrupt.signal.aborted;
      next = await batches.next()
    )
      for (const entry of next.value) {
        if (io.interrupt.signal.aborted) break rows;
        let outcome =
          'unreadable' in entry
            ? unreadableOutcome(entry)
            : planRow(rowOf(entry.line, entry.values, columns));
        // Most rows reuse a plan made before, and are answered without a promise.
        if (outcome instanceof Promise) outcome = await outcome;
        const first = duplicates.check(outcome, outcome.courts, outcome.line);
        if (first !== undefined) {
          totals.duplicates++;
          if (repeats.length < DUPLICATES_NAMED)
            repeats.push(
              `warning: ${file}:${outcome.line}: ${outcome.name} (${outcome.courts.join(', ')}) repeats line ${first.line}${DUPLICATE_CELLS[first.by]}; both are planned`,
            );
        }
        let finished = outputs.add(outcome);
        if (finished instanceof Promise) finished = await finished;
        finished.forEach(report);
        progress?.update(totals.rows);
      }
    if (!io.interrupt.signal.aborted) (await outputs.drain()).forEach(report);
  } catch (error) {
    // Let the files being written finish (or be removed), then report what stopped the run.
    await outputs.stop();
    throw error;
  } finally {
    io.interrupt.signal.removeEventListener('abort', stopProgress);
    progress?.stop();
  }
  if (io.interrupt.signal.aborted) {
    await outputs.stop();
    const format = options.format ?? 'text';
    const cut =
      format === 'json' || format === 'csv'
        ? `; the ${format.toUpperCase()} on stdout is cut off after ${countOf(totals.rows, 'row')}, not a whole document`
        : '';
    const out =
      options.out !== undefined
        ? `; every checklist written to ${options.out} is whole; summary.csv, summary.json and index.html were not written`
        : '';
    say(
      `Cancelled (${io.interrupt.received ?? 'signal'}) after ${countOf(totals.rows, 'row')}${out}${cut}.`,
    );
    return 'cancelled'; // As for Ctrl-C at a prompt.
  }
  const counts = breakdown.result();
  totals.conditional = counts.actions.reduce((sum, action) => sum + action.conditional, 0);
  const { replaced, replacedCount, checklists } = await outputs.finish(totals, counts);

  if (run.blankRows() > 0 && !options.quiet)
    say(`Skipped ${countOf(run.blankRows(), 'empty row')} in ${file}.`);
  for (const repeat of repeats) say(repeat);
  const unnamed = totals.duplicates - repeats.length;
  if (unnamed > 0)
    say(
      `warning: ${countOf(unnamed, 'more row')} ${unnamed === 1 ? 'repeats' : 'repeat'} an earlier row's attorney and courts (summary.csv lists every row); all are planned`,
    );
  if (options.out !== undefined && !options.quiet) {
    say(
      `Wrote ${countOf(checklists, 'checklist')} (Markdown and HTML), summary.csv, summary.json and index.html to ${options.out}.`,
    );
    if (replacedCount > 0) {
      // Named up to a screenful: a rerun over 100,000 checklists replaces them all.
      const shown = replaced.map((name) => `  ${toSafeLine(name)}\n`);
      if (replacedCount > shown.length)
        shown.push(`  ... and ${formatNumber(replacedCount - shown.length)} more\n`);
      io.stderr.write(
        `Replaced ${countOf(replacedCount, 'existing file')} there:\n${shown.join('')}`,
      );
    }
  }
  if (totals.errors > 0) {
    say('');
    for (const line of errorReport(counts, file)) say(line);
    const lines =
      totals.errors > errorLines.length ? `${errorLines.join(', ')}, ...` : errorLines.join(', ');
    say(
      `error: ${countOf(totals.errors, 'row')} could not be planned or written (line ${lines}); every other row was planned and written.`,
    );
    return 'usage'; // A row error is an input error, reported after everything else is written.
  }
  return options.exitCode && totals.actions > 0 ? 'actions-remain' : 'ok';
}

/**
 * The row errors, once each cause: a cause of one row as `team.csv:5: Kim Park: courts: ...`,
 * a cause shared by many as one line with how many rows and the first of their lines, and what
 * to do where the message does not say.
 */
function errorReport(counts: Breakdown, file: string): string[] {
  const lines: string[] = [];
  for (const group of counts.errorGroups) {
    lines.push(describeErrorGroup(group, file));
    const fix = fixOfErrorGroup(group);
    if (fix !== undefined) lines.push(`  ${fix}`);
  }
  if (counts.otherErrors > 0)
    lines.push(
      `${countOf(counts.otherErrors, 'more row')} with other errors: summary.csv (or --format csv) gives each row's`,
    );
  return lines;
}
