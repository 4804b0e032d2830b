/**
 * CSV rosters, streamed: csv-parse's async iterator yields one record at a time, so a roster of
 * 100,000 attorneys is never in memory whole. Each record keeps the line it starts on.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, pipeline, type TransformCallback } from 'node:stream';
import { Parser, type CsvError, type Options } from 'csv-parse';
import { UserError } from '../errors.js';
import { fileError } from '../io/file-errors.js';
import { formatSize, LIMITS } from '../limits.js';
import { LineCounter } from './line-counter.js';
import {
  checkStart,
  encodingError,
  invalidUtf8,
  notARegularFile,
  type Roster,
  type RosterEntry,
} from './roster-file.js';

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
 * Measures each record's length in bytes as a CSV reader would split them (a line break inside
 * quotes does not end a record), so that a row too long to be a roster row is found before it
 * is parsed: csv-parse would hold it whole, and its own size limit stops the whole parse.
 */
class RecordLengths {
  private inQuotes = false;
  private quoteSeen = false;
  private fieldStart = true;
  private afterCR = false;
  private length = 0;
  private line = 1;
  private recordLine = 1;
  private ended = 0;

  constructor(
    private readonly delimiter: number,
    private readonly max: number,
  ) {}

  /** Reads a chunk; returns the line of the first record over the limit, if one is. */
  add(chunk: Buffer): number | undefined {
    // An indexed loop: a Buffer's iterator costs several times as much per byte.
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at]!;
      if (++this.length > this.max + 1) return this.recordLine;
      const isLineEnd = byte === 0x0a || byte === 0x0d;
      if (isLineEnd && !(byte === 0x0a && this.afterCR)) this.line++;
      this.afterCR = byte === 0x0d;
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (byte === 0x22) continue; // "" inside quotes: a quote
          this.inQuotes = false;
        } else {
          if (byte === 0x22) this.quoteSeen = true;
          continue;
        }
      }
      if (byte === 0x22 && this.fieldStart) {
        this.inQuotes = true;
        this.fieldStart = false;
      } else if (byte === this.delimiter) this.fieldStart = true;
      else if (isLineEnd) {
        if (this.length - 1 > this.max) return this.recordLine;
        if (this.length > 1) this.ended++;
        this.length = 0;
        this.fieldStart = true;
        this.recordLine = this.line;
      } else this.fieldStart = false;
    }
    return undefined;
  }

  /** The records seen, header and rows with only delimiters included: a count, for progress. */
  get records(): number {
    return this.ended + (this.length > 0 ? 1 : 0);
  }
}

/**
 * Reads the whole file once, before any row is planned, to refuse one that is not UTF-8 text
 * or holds a row too long to be a roster row: a file-level problem found halfway would leave
 * half-written outputs; counts its records on the way. Costs milliseconds.
 */
async function checkCsvFile(path: string, file: string, delimiter: string): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const records = new RecordLengths(delimiter.charCodeAt(0), LIMITS.rosterRowBytes);
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (chunk.includes(0))
        throw encodingError(file, 'it holds NUL bytes (UTF-16 or a binary file)');
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        throw invalidUtf8(file);
      }
      const long = records.add(chunk);
      if (long !== undefined) {
        throw new UserError(
          `${file}:${long}: a row is longer than ${formatSize(LIMITS.rosterRowBytes)}, the most a roster row may have`,
          {
            hint: 'Check for a quote (") that is never closed, or a cell pasted by mistake; nothing was planned.',
          },
        );
      }
    }
  } catch (error) {
    throw fileError(error, file, 'roster', 'read');
  }
  try {
    decoder.decode();
  } catch {
    throw invalidUtf8(file);
  }
  return records.records;
}

/** The first bytes of the file, to refuse UTF-16 early and to see the header's delimiter. */
async function readStart(path: string, file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(error, file, 'roster', 'read');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (!info.isFile()) throw notARegularFile(file);
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw fileError(error, file, 'roster', 'read');
  } finally {
    await handle.close().catch(() => undefined);
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

/**
 * csv-parse's stream, telling `onRecord` where each record ends (bytes read so far) as it is
 * produced. csv-parse pushes a record right after counting its bytes in its public `info`;
 * its `on_record` option would say the same but builds a context object per record, which
 * cost a tenth of a million-row run.
 */
class RecordParser extends Parser {
  constructor(
    options: Options,
    private readonly onRecord: (bytes: number) => void,
  ) {
    super(options);
  }

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record !== null) this.onRecord(this.info.bytes);
    return super.push(record, encoding);
  }
}

/** Our own words for csv-parse's errors: its messages may quote a cell, which could be a secret. */
function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this row is never closed, so the rest of the file is in it; close the quote (") or delete it';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows a closing quote (") in this row; quote the whole cell and double any quote inside it ("")';
    default:
      return `this row is not valid CSV (${error.code})`;
  }
}

/**
 * Opens a CSV roster: reads its header; the rows follow as they are read. `file` is the name
 * messages give it; `path` where it is read from (a copy of stdin: its name is "stdin").
 */
export async function openCsvRoster(file: string, path = file): Promise<Roster> {
  const start = await readStart(path, file);
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  checkStart(start, file);
  if (
    start
      .subarray(bom ? 3 : 0)
      .toString('utf8')
      .trim() === ''
  )
    throw new UserError(`${file} is empty`);
  const delimiter = delimiterOf(start);
  // The records, counted on the way: the total the progress line shows (the header is one).
  const recordCount = await checkCsvFile(path, file, delimiter);

  const lines = new LineCounter();
  let recordEnd = 0;
  let produced = 0;
  /** The first line of each record csv-parse has produced and we have not yet consumed. */
  const recordLines: number[] = [];
  /** Rows csv-parse could not read, with how many records came before each. */
  const skipped: { after: number; entry: RosterEntry }[] = [];
  const parser = new RecordParser(
    {
      bom: true,
      delimiter,
      // Any line end, even mixed: a row appended in a text editor to a file Excel saved with
      // CRLF ends in LF, and csv-parse would otherwise keep the first line end it sees.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // Excel never writes a stray quote; a person who types `Jane "JJ" Doe` means the quotes.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    },
    // Called in order as records are produced, while their bytes are still counted.
    (bytes) => {
      recordLines.push(lines.lineOfRecordAt(recordEnd));
      recordEnd = bytes;
      produced++;
    },
  );
  parser.on('skip', (error: CsvError) => {
    const line = lines.lineOfRecordAt(recordEnd);
    skipped.push({ after: produced, entry: { line, unreadable: describeCsvError(error) } });
  });
  pipeline(createReadStream(path), new CountedBytes(lines), parser, () => {
    // An error reaches the reader through the parser's iterator.
  });

  // Records are taken from the parser as many at a time as it holds (a chunk of the file's
  // worth), not one promise each: on a million rows, the promises cost more than the parsing.
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  parser.on('readable', wakeUp);
  parser.on('end', () => {
    ended = true;
    wakeUp();
  });
  parser.on('error', (error) => {
    failure = error;
    wakeUp();
  });
  /** The records the parser holds now, waiting for some when it holds none; [] at the end. */
  const nextRecords = async (): Promise<{ line: number; values: string[] }[]> => {
    for (;;) {
      const records: { line: number; values: string[] }[] = [];
      for (let values = parser.read() as string[] | null; values !== null;) {
        records.push({ line: recordLines.shift() ?? 0, values });
        values = parser.read() as string[] | null;
      }
      // The file changed or failed under us (an I/O error on a network share).
      if (failure !== undefined) throw fileError(failure, file, 'roster', 'read');
      if (records.length > 0 || ended) return records;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  let pending = await nextRecords();
  const first = pending.shift();
  if (first === undefined) throw new UserError(`${file} is empty`);
  const headers = first.values.map((header) => header.trim());
  const state = { blankRows: 0 };

  async function* batches(): AsyncGenerator<RosterEntry[]> {
    let consumed = 1;
    const takeSkipped = (batch: RosterEntry[]) => {
      while (skipped.length > 0 && skipped[0]!.after <= consumed)
        batch.push(skipped.shift()!.entry);
    };
    for (;;) {
      const batch: RosterEntry[] = [];
      takeSkipped(batch);
      if (pending.length === 0 && batch.length === 0) pending = await nextRecords();
      if (pending.length === 0 && batch.length === 0) break;
      for (const record of pending) {
        takeSkipped(batch);
        consumed++;
        if (record.values.every((value) => value.trim() === '')) state.blankRows++;
        else batch.push(record);
      }
      pending = [];
      if (batch.length > 0) yield batch;
    }
    consumed = Number.POSITIVE_INFINITY;
    const last: RosterEntry[] = [];
    takeSkipped(last);
    if (last.length > 0) yield last;
  }

  return {
    format: 'csv',
    headers,
    batches: batches(),
    total: Math.max(recordCount - 1, 0),
    get blankRows() {
      return state.blankRows;
    },
  };
}
