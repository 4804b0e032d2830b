/**
 * Where a roster's results go, row by row: the report on stdout (text, Markdown, CSV or JSON)
 * and, with --out, one Markdown checklist per attorney plus summary.csv and summary.json.
 * Plans are written out as they come and dropped; only the small summary records are kept,
 * and only when an output needs them at the end.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { renderMarkdown } from '../render/markdown.js';
import { BufferedOutput } from '../io/buffered-output.js';
import type { OutputStream } from '../io/streams.js';
import { writeFileAtomic } from '../io/write-file.js';
import { ChecklistNames } from './file-names.js';
import { WritePool } from './write-pool.js';
import type { RowOutcome } from './plan-row.js';
import {
  jsonDocument,
  rosterJsonEntry,
  summaryCsvHeader,
  summaryCsvLine,
  summaryJsonOf,
  summaryMarkdownLines,
  summaryTextLines,
  summaryOf,
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
}

export interface RosterOutputs {
  /** Writes one row's results; returns its summary. */
  add(outcome: RowOutcome): Promise<RosterSummary>;
  /** Writes what can only be written at the end; returns the files that were replaced. */
  finish(totals: RosterTotals): Promise<{ replaced: string[]; checklists: number }>;
  /** Lets the files being written finish, and writes nothing more (the run was stopped). */
  stop(): Promise<void>;
}

/** The title of an attorney's checklist. */
export function checklistTitle(outcome: RowOutcome): string {
  return `NextGen CM/ECF checklist: ${outcome.name} (${outcome.courts.join(', ')})`;
}

/** An existing directory's file names, or creates it. */
async function prepareDirectory(dir: string): Promise<Set<string>> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new UserError(`--out ${dir} is a file, not a directory`);
    return new Set(await readdir(dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(
      `cannot create the --out directory ${dir} (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  return new Set();
}

// Excel opens a BOM-less CSV file as the local code page and garbles "José"; summary.csv is
// a file meant for Excel, so it carries the UTF-8 BOM. stdout CSV is for scripts: no BOM.
const BOM = '\ufeff';

/** Opens the outputs: prepares the --out directory and starts the stdout document. */
export async function openOutputs(
  options: RosterOutputOptions,
  stdout: OutputStream,
): Promise<RosterOutputs> {
  const { format, outDir, meta, width } = options;
  const out = new BufferedOutput(stdout);
  const existing = outDir !== undefined ? await prepareDirectory(outDir) : new Set<string>();
  const replaced: string[] = [];
  const names = new ChecklistNames();
  // Kept only for the outputs that are written at the end.
  const keep = format === 'text' || format === 'markdown' || outDir !== undefined;
  const summaries: RosterSummary[] = [];
  let checklists = 0;
  let count = 0;
  const pool = new WritePool(16);

  const writeInDir = async (name: string, content: string) => {
    if (existing.has(name)) replaced.push(name);
    await writeFileAtomic(join(outDir!, name), content);
  };

  if (format === 'json') await out.write(jsonDocument.start(meta, 'attorneys'));
  if (format === 'csv') await out.write(summaryCsvHeader());

  return {
    async add(outcome) {
      let checklist: string | undefined;
      if (outDir !== undefined && outcome.status !== 'error') {
        const name = names.take(outcome.name);
        const content = renderMarkdown(outcome.plan, { title: checklistTitle(outcome) });
        await pool.add(() => writeInDir(name, content));
        checklist = name;
        checklists++;
      }
      const summary = summaryOf(outcome, checklist);
      if (keep) summaries.push(summary);
      if (format === 'json')
        await out.write(jsonDocument.separator(count), ...rosterJsonEntry(outcome, checklist));
      if (format === 'csv') await out.write(summaryCsvLine(summary));
      count++;
      return summary;
    },

    async finish(totals) {
      await pool.settle();
      if (outDir !== undefined) {
        await writeInDir(
          'summary.csv',
          BOM + summaryCsvHeader() + summaries.map(summaryCsvLine).join(''),
        );
        await writeInDir(
          'summary.json',
          jsonDocument.start(meta, 'attorneys') +
            summaries
              .map(
                (summary, index) =>
                  jsonDocument.separator(index) + JSON.stringify(summaryJsonOf(summary)),
              )
              .join('') +
            jsonDocument.end(totals, summaries.length),
        );
      }
      if (format === 'json') await out.write(jsonDocument.end(totals, count));
      if (format === 'text')
        for (const line of summaryTextLines(summaries, totals, meta, width)) await out.write(line);
      if (format === 'markdown')
        for (const line of summaryMarkdownLines(summaries, totals, meta)) await out.write(line);
      await out.flush();
      return { replaced, checklists };
    },

    async stop() {
      await pool.settle();
    },
  };
}
