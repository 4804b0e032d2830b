/**
 * What the roster readers share: the shape of a roster once opened, and the refusal of files
 * that are not UTF-8 text.
 */
import { UserError } from '../errors.js';

export type RosterFileFormat = 'csv' | 'yaml' | 'json';

/** One record of the roster: its values by header position, or why it could not be read. */
export type RosterEntry =
  { line: number; values: readonly unknown[] } | { line: number; unreadable: string };

export interface Roster {
  format: RosterFileFormat;
  /** The column headers, in file order. */
  headers: readonly string[];
  /**
   * The records below the header, in file order, a batch at a time (never an empty one: as
   * many as were read at once); read once.
   */
  batches: AsyncIterable<readonly RosterEntry[]>;
  /** About how many rows there are, when that is known before they are read (for progress). */
  total?: number;
  /** Rows skipped because every cell was empty (spreadsheets leave them); final once read. */
  readonly blankRows: number;
}

/** A file that cannot be read as text, with how to save it so it can. */
export function encodingError(file: string, what: string): UserError {
  return new UserError(`${file} is not readable text: ${what}`, {
    hint: 'Save it as UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)".',
  });
}

/** Refuses what is not UTF-8 text: UTF-16 (Excel's "Unicode Text"), binary files. */
export function checkStart(bytes: Uint8Array, file: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw encodingError(file, 'it is UTF-16');
  if (bytes.includes(0)) throw encodingError(file, 'it holds NUL bytes (UTF-16 or a binary file)');
}

/** A file that is not valid UTF-8. */
export function invalidUtf8(file: string): UserError {
  return encodingError(file, 'it is not valid UTF-8 (perhaps saved as Windows-1252 or Latin-1)');
}

/** A roster that is a device, a pipe or a socket: it is read more than once, so it must be a file. */
export function notARegularFile(file: string): UserError {
  return new UserError(`roster ${file} is not a regular file (a device or a pipe?)`, {
    hint: 'Save the roster as a file and give its path.',
  });
}
