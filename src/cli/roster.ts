/**
 * `nextgen-ready roster FILE`: plans every attorney of a roster, unattended. Reads the header
 * first (a secret-looking column refuses the file before anything is planned), then streams
 * the rows: each is planned and written out before the next is read. A bad row is reported
 * with its line and never stops the others.
 */
import { emptyAnswers } from '../plan/answers.js';
import { loadCatalog } from '../profile/catalog.js';
import { UserError } from '../errors.js';
import { checkHeaders, rowOf } from '../roster/columns.js';
import { DuplicateRows } from '../roster/duplicates.js';
import { createRowPlanner, type RosterContext, type RowOutcome } from '../roster/plan-row.js';
import { openRoster, type RosterEntry } from '../roster/read-roster.js';
import { countRow, emptyTotals } from '../roster/summary.js';
import { renderTemplate } from '../roster/template.js';
import { openOutputs, type RosterOutputFormat } from '../roster/write-outputs.js';
import type { Outcome } from './exit-codes.js';
import type { Io } from './io.js';
import { courtFactsOf, readAnswersFile } from './plan-input.js';
import { readAsOf, readCourtIds } from './shared.js';
import { warnAboutData } from './data-age.js';

export interface RosterOptions {
  template?: boolean;
  courts?: string[];
  answers?: string;
  asOf?: string;
  format?: RosterOutputFormat;
  out?: string;
  exitCode?: boolean;
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

/**
 * Ctrl-C or a TERM signal stops the run between two rows instead of at once, so that the file
 * being written is finished (or its temporary file removed) and nothing is left half-written.
 */
function watchInterrupts(): { readonly signal: NodeJS.Signals | undefined; stop(): void } {
  const state: { signal: NodeJS.Signals | undefined } = { signal: undefined };
  const onSignal = (signal: NodeJS.Signals) => {
    state.signal = signal;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    get signal() {
      return state.signal;
    },
    stop() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Runs `roster` and returns the exit code. */
export async function roster(
  file: string | undefined,
  options: RosterOptions,
  io: Io,
): Promise<Outcome> {
  if (options.template) {
    io.stdout.write(renderTemplate());
    return 'ok';
  }
  if (file === undefined) {
    throw new UserError('no roster file given', {
      hint: 'Run `nextgen-ready roster team.csv`; `nextgen-ready roster --template > team.csv` starts one.',
    });
  }
  const asOf = readAsOf(options.asOf, io);
  const source = await openRoster(file);
  const columns = checkHeaders(source.headers, file);
  const entries = source.entries[Symbol.asyncIterator]();
  let next = await entries.next();
  if (next.done) throw new UserError(`${file} has a header but no rows`);

  const catalog = await loadCatalog({ courtsDirs: options.courtsDir ?? [], env: io.env });
  warnAboutData(catalog.feed, io);
  const knownCourts = [...catalog.courts.keys()];
  const defaults = options.answers
    ? await readAnswersFile(options.answers, knownCourts)
    : emptyAnswers();
  const flagCourts = readCourtIds(options.courts ?? [], knownCourts);
  const context: RosterContext = {
    catalog,
    knownCourts,
    facts: new Map(courtFactsOf(catalog, knownCourts, asOf).map((facts) => [facts.id, facts])),
    defaults,
    defaultCourts: flagCourts.length > 0 ? flagCourts : (defaults.courts ?? []),
    asOf,
  };

  const planRow = createRowPlanner(context);
  const outputs = await openOutputs(
    { format: options.format ?? 'text', outDir: options.out, meta: { roster: file, asOf } },
    io.stdout,
  );
  const totals = emptyTotals();
  const duplicates = new DuplicateRows();
  const errorLines: number[] = [];
  const interrupt = watchInterrupts();
  try {
    for (; !next.done && interrupt.signal === undefined; next = await entries.next()) {
      const entry = next.value;
      const outcome =
        'unreadable' in entry
          ? unreadableOutcome(entry)
          : await planRow(rowOf(entry.line, entry.values, columns));
      const first = duplicates.check(outcome.name, outcome.courts, outcome.line);
      if (first !== undefined) {
        totals.duplicates++;
        io.stderr.write(
          `warning: ${file}:${outcome.line}: ${outcome.name} (${outcome.courts.join(', ')}) repeats line ${first}; both are planned\n`,
        );
      }
      countRow(totals, await outputs.add(outcome));
      if (outcome.status === 'error') {
        errorLines.push(outcome.line);
        for (const error of outcome.errors)
          io.stderr.write(
            `${file}:${outcome.line}: ${outcome.name ? `${outcome.name}: ` : ''}${error}\n`,
          );
      }
    }
  } finally {
    interrupt.stop();
  }
  if (interrupt.signal !== undefined) {
    await outputs.stop();
    io.stderr.write(
      `Cancelled (${interrupt.signal}) after ${totals.rows} row(s)${options.out !== undefined ? `: every checklist written to ${options.out} is whole; summary.csv and summary.json were not written` : ''}.\n`,
    );
    return 'cancelled'; // As for Ctrl-C at a prompt.
  }
  const { replaced, checklists } = await outputs.finish(totals);

  if (source.blankRows > 0)
    io.stderr.write(`Skipped ${source.blankRows} empty row(s) in ${file}.\n`);
  if (options.out !== undefined) {
    io.stderr.write(
      `Wrote ${checklists} checklist(s), summary.csv and summary.json to ${options.out}.\n`,
    );
    if (replaced.length > 0)
      io.stderr.write(
        `Replaced ${replaced.length} existing file(s) there:\n${replaced.map((name) => `  ${name}\n`).join('')}`,
      );
  }
  if (errorLines.length > 0) {
    const lines =
      errorLines.length > 10 ? `${errorLines.slice(0, 10).join(', ')}, ...` : errorLines.join(', ');
    io.stderr.write(
      `error: ${errorLines.length} row(s) could not be planned (line ${lines}); every other row was planned and written.\n`,
    );
    return 'usage'; // A row error is an input error, reported after everything else is written.
  }
  return options.exitCode && totals.actions > 0 ? 'actions-remain' : 'ok';
}
