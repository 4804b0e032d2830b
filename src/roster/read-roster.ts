/**
 * Roster file → header + row records. CSV is streamed (csv-parse's async iterator), so a
 * roster of 100,000 attorneys never sits in memory whole; YAML and JSON rosters are lists a
 * person writes by hand and are read whole. Each record keeps the line it starts on, counted
 * here from the bytes because a quoted field may span lines.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Transform, pipeline, type TransformCallback } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { UserError } from '../errors.js';
import { parseYamlSource } from '../profile/yaml-source.js';
import { readUserFile } from '../cli/shared.js';

export type RosterFileFormat = 'csv' | 'yaml' | 'json';

/** One record of the roster: its values by header position, or why it could not be read. */
export type RosterEntry =
  { line: number; values: readonly unknown[] } | { line: number; unreadable: string };

export interface Roster {
  format: RosterFileFormat;
  /** The column headers, in file order. */
  headers: readonly string[];
  /** The records below the header, in file order; read once. */
  entries: AsyncIterable<RosterEntry>;
  /** Rows skipped because every cell was empty (spreadsheets leave them); final once read. */
  readonly blankRows: number;
}

/** The roster format, from the file's extension. */
export function rosterFormatOf(file: string): RosterFileFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'json';
  throw new UserError(
    `cannot tell the format of ${file} from its name: expected .csv, .yaml, .yml or .json`,
    {
      hint:
        extension === '.xlsx' || extension === '.xls'
          ? 'In Excel, use File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)".'
          : 'Rename the file to end in .csv (or .yaml / .json for a list of records).',
    },
  );
}

/** Opens a roster: reads its header (and, for YAML and JSON, the whole file). */
export async function openRoster(file: string): Promise<Roster> {
  const format = rosterFormatOf(file);
  return format === 'csv' ? openCsvRoster(file) : openListRoster(file, format);
}

// ---- encoding -------------------------------------------------------------------------

function encodingError(file: string, what: string): UserError {
  return new UserError(`${file} is not readable text: ${what}`, {
    hint: 'Save it as UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)".',
  });
}

/** Refuses what is not UTF-8 text: UTF-16 (Excel's "Unicode Text"), binary files. */
function checkStart(bytes: Uint8Array, file: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw encodingError(file, 'it is UTF-16');
  if (bytes.includes(0)) throw encodingError(file, 'it holds NUL bytes (UTF-16 or a binary file)');
}

function invalidUtf8(file: string): UserError {
  return encodingError(file, 'it is not valid UTF-8 (perhaps saved as Windows-1252 or Latin-1)');
}

// ---- YAML and JSON --------------------------------------------------------------------

const describeValue = (value: unknown) =>
  value === null
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a map'
        : `a ${typeof value}`;

async function openListRoster(file: string, format: RosterFileFormat): Promise<Roster> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    // readUserFile words every way a file can be unreadable.
    await readUserFile(file, 'roster');
    throw new UserError(`roster cannot be read: ${file}`);
  }
  checkStart(bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalidUtf8(file);
  }
  if (text.trim() === '') throw new UserError(`${file} is empty`);
  if (format === 'json') {
    // The YAML parser reads JSON too (and gives lines), but it would accept what is not JSON.
    const json = text.replace(/^\ufeff/, '');
    try {
      JSON.parse(json);
    } catch (error) {
      // JSON.parse's message may quote the text around the mistake; say only where it is.
      const at = /position (\d+)/.exec((error as Error).message);
      if (!at) throw new UserError(`${file} is not valid JSON`);
      const before = json.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
      throw new UserError(
        `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: not valid JSON`,
      );
    }
  }
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) {
    throw new UserError(`${file} is not valid ${format === 'json' ? 'JSON' : 'YAML'}`, {
      details: source.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
    });
  }
  const list = source.value;
  if (!Array.isArray(list)) {
    const keys =
      list !== null && typeof list === 'object' ? ` (keys: ${Object.keys(list).join(', ')})` : '';
    throw new UserError(
      `${file} is not a roster: expected a list of records, one per attorney, but found ${describeValue(list)}${keys}`,
      {
        hint:
          format === 'json'
            ? 'Write it as [{"name": "Jane Doe", "courts": "ctd"}, ...].'
            : 'Write it as a list: one "- name: Jane Doe" entry per attorney, at the top level.',
      },
    );
  }
  if (list.length === 0) throw new UserError(`${file} is an empty list: no attorneys to plan`);
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const record of list) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    for (const key of Object.keys(record))
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
  }
  const entries = list.map((record: unknown, index): RosterEntry => {
    const line = source.locate([index]).line;
    if (record === null || typeof record !== 'object' || Array.isArray(record))
      return {
        line,
        unreadable: `entry ${index + 1} is ${describeValue(record)}, not a record of column: value`,
      };
    const values = record as Record<string, unknown>;
    return { line, values: headers.map((header) => values[header]) };
  });
  return {
    format,
    headers,
    blankRows: 0,
    entries: (async function* () {
      yield* entries;
    })(),
  };
}

// ---- CSV ------------------------------------------------------------------------------

/** Counts lines as bytes go by, so a record's first line can be found from its byte offset. */
class LineCounter {
  private chunks: Buffer[] = [];
  private chunkStart = 0;
  private offset = 0;
  private line = 1;
  private afterCR = false;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  private byteAt(offset: number): number | undefined {
    let start = this.chunkStart;
    for (const chunk of this.chunks) {
      if (offset < start + chunk.length) return chunk[offset - start];
      start += chunk.length;
    }
    return undefined;
  }

  private step(byte: number): void {
    if (byte === 0x0a) {
      if (!this.afterCR) this.line++;
      this.afterCR = false;
    } else if (byte === 0x0d) {
      this.line++;
      this.afterCR = true;
    } else this.afterCR = false;
  }

  /** Moves to `offset`, then past any line breaks (skipped empty lines); returns the line there. */
  lineOfRecordAt(offset: number): number {
    this.advanceTo(offset);
    for (;;) {
      const byte = this.byteAt(this.offset);
      if (byte !== 0x0a && byte !== 0x0d) break;
      this.advanceTo(this.offset + 1);
    }
    return this.line;
  }

  private advanceTo(offset: number): void {
    while (this.offset < offset) {
      const chunk = this.chunks[0];
      if (!chunk) return;
      const end = Math.min(offset, this.chunkStart + chunk.length);
      for (let at = this.offset - this.chunkStart; at < end - this.chunkStart; at++)
        this.step(chunk[at]!);
      this.offset = end;
      if (end === this.chunkStart + chunk.length) {
        this.chunks.shift();
        this.chunkStart = end;
      }
    }
  }
}

/** Passes bytes through, counting lines. */
class CountedBytes extends Transform {
  constructor(private readonly lines: LineCounter) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.lines.add(chunk);
    done(null, chunk);
  }
}

/**
 * Reads the whole file once, before any row is planned, to refuse one that is not UTF-8 text:
 * a file-level problem found halfway would leave half-written outputs. Costs milliseconds.
 */
async function checkUtf8File(file: string): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    if (chunk.includes(0))
      throw encodingError(file, 'it holds NUL bytes (UTF-16 or a binary file)');
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidUtf8(file);
    }
  }
  try {
    decoder.decode();
  } catch {
    throw invalidUtf8(file);
  }
}

/** The first bytes of the file, to refuse UTF-16 early and to see the header's delimiter. */
async function readStart(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    await readUserFile(file, 'roster');
    throw new UserError(`roster cannot be read: ${file}`);
  }
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR')
      throw new UserError(`roster is a directory, not a file: ${file}`);
    throw error;
  } finally {
    await handle.close();
  }
}

/**
 * The field delimiter: a comma, unless the header line has none and has semicolons or tabs,
 * as Excel writes "CSV" in locales whose decimal mark is a comma.
 */
function delimiterOf(start: Buffer): string {
  const text = start.toString('utf8');
  const header = text.split(/\r?\n|\r/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  if (count(',') > 0) return ',';
  if (count(';') > 0) return ';';
  if (count('\t') > 0) return '\t';
  return ',';
}

/** Our own words for csv-parse's errors: its messages may quote a cell, which could be a secret. */
function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this row is never closed, so the rest of the file is in it; close the quote (") or delete it';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows a closing quote (") in this row; quote the whole cell and double any quote inside it ("")';
    case 'CSV_MAX_RECORD_SIZE':
      return 'this row is too long to be a roster row';
    default:
      return `this row is not valid CSV (${error.code})`;
  }
}

async function openCsvRoster(file: string): Promise<Roster> {
  const start = await readStart(file);
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  checkStart(start, file);
  if (
    start
      .subarray(bom ? 3 : 0)
      .toString('utf8')
      .trim() === ''
  )
    throw new UserError(`${file} is empty`);
  await checkUtf8File(file);

  const lines = new LineCounter();
  let recordEnd = 0;
  let produced = 0;
  /** The first line of each record csv-parse has produced and we have not yet consumed. */
  const recordLines: number[] = [];
  /** Rows csv-parse could not read, with how many records came before each. */
  const skipped: { after: number; entry: RosterEntry }[] = [];
  const parser = parse({
    bom: true,
    delimiter: delimiterOf(start),
    relax_column_count: true,
    // Excel never writes a stray quote; a person who types `Jane "JJ" Doe` means the quotes.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Called in order as records are produced, while their bytes are still counted.
    on_record: (record, context) => {
      recordLines.push(lines.lineOfRecordAt(recordEnd));
      recordEnd = context.bytes;
      produced++;
      return record;
    },
  });
  parser.on('skip', (error: CsvError) => {
    const line = lines.lineOfRecordAt(recordEnd);
    skipped.push({ after: produced, entry: { line, unreadable: describeCsvError(error) } });
  });
  pipeline(createReadStream(file), new CountedBytes(lines), parser, () => {
    // An error reaches the reader through the parser's iterator.
  });

  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const next = async (): Promise<{ line: number; values: string[] } | undefined> => {
    const result = await records.next();
    if (result.done) return undefined;
    return { line: recordLines.shift() ?? 0, values: result.value };
  };
  const first = await next();
  if (first === undefined) throw new UserError(`${file} is empty`);
  const headers = first.values.map((header) => header.trim());
  const state = { blankRows: 0 };

  async function* entries(): AsyncGenerator<RosterEntry> {
    let consumed = 1;
    const flushSkipped = function* () {
      while (skipped.length > 0 && skipped[0]!.after <= consumed) yield skipped.shift()!.entry;
    };
    for (;;) {
      yield* flushSkipped();
      const record = await next();
      if (record === undefined) break;
      consumed++;
      if (record.values.every((value) => value.trim() === '')) {
        state.blankRows++;
        continue;
      }
      yield record;
    }
    consumed = Number.POSITIVE_INFINITY;
    yield* flushSkipped();
  }

  return {
    format: 'csv',
    headers,
    entries: entries(),
    get blankRows() {
      return state.blankRows;
    },
  };
}
