/**
 * Writing CSV, by csv-stringify (the project that gives us csv-parse): quoting, doubled quotes,
 * CRLF as Excel writes it, and its formula escaping, so that a cell a spreadsheet would run
 * (starting with = + - @, a tab or CR) is shown as text. Its own bundle (csv-write.cjs), loaded
 * only by a run that writes CSV.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvRecord = readonly (string | number)[];

// csv-stringify quotes a cell that holds the record delimiter (CRLF), but not a lone LF or CR,
// which a reader would take as the end of the row: those cells are quoted too.
const OPTIONS = {
  escape_formulas: true,
  record_delimiter: '\r\n',
  eof: true,
  quoted_match: /[\r\n]/,
} as const;

/** Records as CSV text, one CRLF-ended line each. */
export function csvText(records: readonly CsvRecord[]): string {
  return records.length === 0 ? '' : stringify(records as CsvRecord[], OPTIONS);
}

/** How many records are stringified in one call: per record, a call costs twice as much. */
const BATCH = 256;

/**
 * Records gathered and turned into CSV text in batches: `add` returns text once a batch is
 * full, `flush` whatever is left. The caller writes what they return, in order.
 */
export class CsvBatch {
  private records: CsvRecord[] = [];

  /** Adds a record; returns the batch's CSV text when it is full. */
  add(record: CsvRecord): string | undefined {
    this.records.push(record);
    return this.records.length >= BATCH ? this.flush() : undefined;
  }

  /** The CSV text of the records not yet returned. */
  flush(): string {
    const text = csvText(this.records);
    this.records = [];
    return text;
  }
}
