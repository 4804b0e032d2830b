/**
 * Where a roster's results go, row by row: the report on stdout (text, Markdown, CSV or JSON)
 * and, with --out, one Markdown and one HTML checklist per attorney plus summary.csv,
 * summary.json and index.html (the dashboard; src/roster/dashboard.ts).
 * Plans are written out as they come and dropped; the summary files are written row by row
 * into their temporary files, and only the stdout table (one line per row, most of it in a
 * temporary file on a large roster) is kept to the end.
 */
import { mkdir, opendir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isUserError, UserError, errnoOf } from '../errors.js';
import { renderMarkdown } from '../render/markdown.js';
import { BufferedOutput } from '../io/buffered-output.js';
import { fileError } from '../io/file-errors.js';
import type { OutputStream } from '../io/streams.js';
import { isSameFile, openAtomicFile, writeFileAtomic } from '../io/write-file.js';
import { toSafeJson, toSafeText } from '../safe-text.js';
import type { Breakdown } from './breakdown.js';
import { ChecklistNames } from './file-names.js';
import { HashTable } from './hash-table.js';
import { LOCK_NAME } from './out-lock.js';
import { OrderedWrites, type Finished } from './write-pool.js';
import type { RowOutcome } from './plan-row.js';
import {
  jsonDocument,
  rosterJsonEntry,
  MarkdownSummary,
  SUMMARY_CSV_COLUMNS,
  summaryCsvRecord,
  summaryJsonOf,
  summaryOf,
  TextSummary,
  type RosterMeta,
  type RosterSummary,
  type RosterTotals,
} from './summary.js';

export type RosterOutputFormat = 'text' | 'json' | 'csv' | 'markdown';

export interface RosterOutputOptions {
  format: RosterOutputFormat;
  /** Directory for the checklists and summary files. */
  outDir?: string;
  meta: RosterMeta;
  /** The terminal's columns, for the text table to be cut to; undefined: not cut. */
  width?: number;
  /** The run's input files (the roster, --answers): none of them may be overwritten. */
  inputs?: readonly string[];
  /** Start CSV on stdout with the UTF-8 BOM (--bom), for Excel. */
  bom?: boolean;
}

export interface RosterOutputs {
  /**
   * Takes one row's outcome and starts writing its checklist; returns the rows now finished,
   * in order, each with its summary. A row whose checklist cannot be written (a directory of
   * that name in the way, say) is finished as an error row; a failure of the disk itself (full,
   * failing) is thrown, as no further row could be written either.
   */
  add(outcome: RowOutcome): FinishedRow[] | Promise<FinishedRow[]>;
  /** Waits for the checklists still being written; returns their rows, in order. */
  drain(): Promise<FinishedRow[]>;
  /**
   * Writes what can only be written at the end; returns how many files were replaced, the
   * first ten by name, and how many checklists were written.
   */
  finish(
    totals: RosterTotals,
    breakdown: Breakdown,
  ): Promise<{ replaced: string[]; replacedCount: number; checklists: number }>;
  /** Lets the files being written finish, and writes nothing more (the run was stopped). */
  stop(): Promise<void>;
}

/** A row whose outputs are written: its outcome (an error if its checklist failed) and summary. */
export interface FinishedRow {
  outcome: RowOutcome;
  summary: RosterSummary;
}

/** The title of an attorney's checklist. */
export function checklistTitle(outcome: RowOutcome): string {
  return `NextGen CM/ECF checklist: ${outcome.name} (${outcome.courts.join(', ')})`;
}

/**
 * An existing directory's file names (as hashes: a rerun into a million checklists reads a
 * million names, never all in memory as strings), or creates it (the --out directory).
 */
export async function prepareDirectory(dir: string): Promise<HashTable> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new UserError(`--out ${dir} is a file, not a directory`);
    const names = new HashTable(true);
    for await (const entry of await opendir(dir))
      if (entry.name !== LOCK_NAME) names.setIfAbsent(entry.name, 1);
    return names;
  } catch (error) {
    if (isUserError(error)) throw error;
    if (errnoOf(error) !== 'ENOENT') throw fileError(error, dir, '--out directory', 'read');
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fileError(error, dir, 'the --out directory', 'write');
  }
  return new HashTable(true);
}

/** The files every run writes in --out, besides the checklists. */
const SUMMARY_FILES = ['summary.csv', 'summary.json', 'index.html'];

/**
 * The run's own input files (the roster, --answers) that sit in the --out directory: a summary
 * file among them refuses the run; a checklist name among them is never given out.
 */
async function inputsInDirectory(dir: string, inputs: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  for (const input of inputs) {
    const real = await realpath(input).catch(() => undefined);
    if (real !== undefined && (await isSameFile(dirname(real), dir))) names.push(basename(real));
  }
  return names;
}

// Excel opens a BOM-less CSV file as the local code page and garbles "José"; summary.csv is
// a file meant for Excel, so it carries the UTF-8 BOM. stdout CSV is for scripts: no BOM,
// unless --bom asks for one (`roster team.csv --format csv --bom > ready.csv`).
const BOM = '\ufeff';

/** How many replaced files are named. */
const REPLACED_NAMED = 10;

/** How many checklists are written at once. */
const WRITES_AT_ONCE = 16;

/** The row as an error row: its checklist could not be written. */
function failedRow(outcome: RowOutcome, error: unknown): RowOutcome {
  const message = isUserError(error) ? error.message : String(error);
  return { ...outcome, status: 'error', errors: [toSafeText(message)] };
}

/** Opens the outputs: prepares the --out directory and starts the stdout document. */
export async function openOutputs(
  options: RosterOutputOptions,
  stdout: OutputStream,
): Promise<RosterOutputs> {
  const { format, outDir, meta, width } = options;
  const out = new BufferedOutput(stdout);
  const existing = outDir !== undefined ? await prepareDirectory(outDir) : new HashTable(true);
  const has = (name: string) => existing.get(name) !== undefined;
  const names = new ChecklistNames();
  if (outDir !== undefined) {
    for (const name of await inputsInDirectory(outDir, options.inputs ?? [])) {
      if (SUMMARY_FILES.includes(name))
        throw new UserError(
          `${join(outDir, name)} is an input of this run, and --out ${outDir} would replace it with the run's ${name}`,
          { hint: 'Move the file out of the --out directory, or choose another --out.' },
        );
      names.reserve(name);
      // An HTML input keeps the Markdown name of the same stem, whose HTML twin it would be.
      if (name.toLowerCase().endsWith('.html')) names.reserve(name.replace(/\.html$/i, '.md'));
    }
    // index.html is the dashboard: no attorney's checklist may be named after it.
    names.reserve('index.md');
  }
  // The files replaced: how many, and the first few by name (a rerun replaces them all).
  const replaced: string[] = [];
  let replacedCount = 0;
  const noteReplaced = (name: string) => {
    if (!has(name)) return;
    replacedCount++;
    if (replaced.length < REPLACED_NAMED) replaced.push(name);
  };
  // Nothing is kept per row but what an output written at the end needs: the stdout table
  // (one short string per row, past the first 20,000 in a temporary file), never the
  // summaries themselves. The summary files are
  // written row by row into their temporary files and renamed into place at the end.
  const table =
    format === 'text'
      ? new TextSummary()
      : format === 'markdown'
        ? new MarkdownSummary()
        : undefined;
  const summaryFiles =
    outDir === undefined
      ? undefined
      : {
          csv: await openAtomicFile(join(outDir, 'summary.csv'), 'summary'),
          json: await openAtomicFile(join(outDir, 'summary.json'), 'summary'),
        };
  // The HTML checklists and the dashboard, loaded only by a run that writes them.
  const html =
    outDir === undefined
      ? undefined
      : {
          ...(await import('../render/html.js')),
          ...(await import('./dashboard.js')),
        };
  const dashboard = html ? new html.DashboardRows() : undefined;
  // CSV text comes from csv-stringify, loaded only by a run that writes CSV; records are
  // stringified in batches, and each output's batch is written before its file is closed.
  const csv =
    format === 'csv' || summaryFiles !== undefined ? await import('./csv-write.js') : undefined;
  const header = csv?.csvText([SUMMARY_CSV_COLUMNS]) ?? '';
  const csvFile = summaryFiles && csv ? new csv.CsvBatch() : undefined;
  const csvOut = format === 'csv' && csv ? new csv.CsvBatch() : undefined;
  await summaryFiles?.csv.write(BOM + header);
  await summaryFiles?.json.write(jsonDocument.start(meta, 'attorneys'));
  let checklists = 0;
  let count = 0;
  const writes = new OrderedWrites<{ outcome: RowOutcome; checklist?: string }>(WRITES_AT_ONCE);

  const writeInDir = async (name: string, content: string) => {
    await writeFileAtomic(join(outDir!, name), content, { what: 'checklist' });
    noteReplaced(name);
  };

  /** A row whose checklist is written (or failed): its summary, and its line on stdout. */
  const finishRow = async ({
    item,
    error,
  }: Finished<{ outcome: RowOutcome; checklist?: string }>) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a write's own error, thrown on as it came
    if (error !== undefined && (!isUserError(error) || error.outcome !== 'usage')) throw error;
    const outcome = error === undefined ? item.outcome : failedRow(item.outcome, error);
    const checklist = error === undefined ? item.checklist : undefined;
    if (checklist !== undefined) checklists++;
    const summary = summaryOf(outcome, checklist);
    table?.add(summary);
    dashboard?.add(summary, outcome.status === 'error' ? undefined : outcome.plan);
    if (summaryFiles) {
      const text = csvFile?.add(summaryCsvRecord(summary));
      if (text !== undefined) await summaryFiles.csv.write(text);
      await summaryFiles.json.write(
        jsonDocument.separator(count) + toSafeJson(JSON.stringify(summaryJsonOf(summary))),
      );
    }
    if (format === 'json')
      await out.write(jsonDocument.separator(count), ...rosterJsonEntry(outcome, checklist));
    if (csvOut) {
      const text = csvOut.add(summaryCsvRecord(summary));
      if (text !== undefined) await out.write(text);
    }
    count++;
    return { outcome, summary };
  };
  const finishRows = async (finished: Finished<{ outcome: RowOutcome; checklist?: string }>[]) => {
    const rows: FinishedRow[] = [];
    for (const each of finished) rows.push(await finishRow(each));
    return rows;
  };
  const abortSummaries = async () => {
    dashboard?.dispose();
    await summaryFiles?.csv.abort();
    await summaryFiles?.json.abort();
  };

  if (format === 'json') await out.write(jsonDocument.start(meta, 'attorneys'));
  if (format === 'csv') await out.write((options.bom ? BOM : '') + header);

  /**
   * A row with no checklist and no summary files, for text, Markdown or CSV on stdout: done
   * at once, awaiting only when stdout has 64 KB to take. Most of a large roster's run is
   * this, and a promise per row cost more than its CSV line.
   */
  const finishAtOnce = (outcome: RowOutcome): FinishedRow[] | Promise<FinishedRow[]> => {
    const summary = summaryOf(outcome);
    table?.add(summary);
    const text = csvOut?.add(summaryCsvRecord(summary));
    count++;
    const rows = [{ outcome, summary }];
    return text !== undefined && out.push(text) ? out.flush().then(() => rows) : rows;
  };

  /** A row through the checklist writes, finished in order once its checklist is written. */
  const addInOrder = async (outcome: RowOutcome) => {
    if (outDir === undefined || outcome.status === 'error')
      return finishRows(await writes.add({ outcome }));
    const name = names.take(outcome.name);
    const title = checklistTitle(outcome);
    const content = renderMarkdown(outcome.plan, { title });
    const page = html!.renderHtml(outcome.plan, { title });
    const pageName = html!.htmlChecklistName(name);
    return finishRows(
      await writes.add({ outcome, checklist: name }, async () => {
        await writeInDir(name, content);
        await writeInDir(pageName, page);
      }),
    );
  };

  return {
    add(outcome) {
      // Without --out no write is ever pending, so rows finish in order as they come.
      if (outDir === undefined && format !== 'json') return finishAtOnce(outcome);
      return addInOrder(outcome);
    },

    async drain() {
      return finishRows(await writes.drain());
    },

    async finish(totals, breakdown) {
      if (summaryFiles) {
        try {
          await summaryFiles.json.write(jsonDocument.end(totals, count, breakdown));
          if (csvFile) await summaryFiles.csv.write(csvFile.flush());
          await summaryFiles.csv.commit();
          noteReplaced('summary.csv');
          await summaryFiles.json.commit();
          noteReplaced('summary.json');
          if (dashboard) {
            const index = await openAtomicFile(join(outDir!, 'index.html'), 'dashboard');
            try {
              for (const piece of dashboard.html(meta, totals, breakdown)) await index.write(piece);
            } catch (error) {
              await index.abort();
              throw error;
            }
            await index.commit();
            noteReplaced('index.html');
          }
        } catch (error) {
          await abortSummaries();
          table?.dispose();
          throw error;
        } finally {
          dashboard?.dispose();
        }
      }
      if (format === 'json') await out.write(jsonDocument.end(totals, count, breakdown));
      if (csvOut) await out.write(csvOut.flush());
      try {
        if (table instanceof TextSummary)
          for (const line of table.lines(totals, meta, width, breakdown)) await out.write(line);
        else if (table)
          for (const line of table.lines(totals, meta, breakdown)) await out.write(line);
      } finally {
        table?.dispose();
      }
      await out.flush();
      return { replaced, replacedCount, checklists };
    },

    async stop() {
      table?.dispose();
      await writes.drain();
      await abortSummaries();
      // What was finished is whole on stdout; the document's end is never written.
      if (csvOut) await out.write(csvOut.flush()).catch(() => undefined);
      await out.flush().catch(() => undefined);
    },
  };
}
