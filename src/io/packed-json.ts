/**
 * A packed JSON file: a one-line JSON header saying where each value's JSON text lies (byte
 * offsets after the header line), then the texts back to back. A reader parses only the values
 * it uses: a command that plans for one court never parses the other 200. The compiled catalog
 * and the stored court feed are both written this way.
 */

import { closeSync, openSync, readSync } from 'node:fs';
import { errnoOf } from '../errors.js';

/** Where one value's JSON text lies, in bytes after the header line: [start, end). */
export type Span = [number, number];

/** Collects values as JSON texts and gives the span of each, for the header. */
export class PackedJsonWriter {
  private readonly parts: string[] = [];
  private offset = 0;

  /** Adds a value; returns where its text lies. */
  place(value: unknown): Span {
    const text = JSON.stringify(value);
    const length = Buffer.byteLength(text);
    this.parts.push(text);
    this.offset += length;
    return [this.offset - length, this.offset];
  }

  /** The file's text: the header (which holds the spans), a newline, then the texts. */
  textWith(header: unknown): string {
    return `${JSON.stringify(header)}\n${this.parts.join('')}`;
  }
}

/** A packed file's header, and a parser of any span of it. */
export function openPackedJson<Header>(bytes: Buffer): {
  header: Header;
  parse: <T>(span: Span) => T;
} {
  const newline = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Header;
  const body = newline + 1;
  return {
    header,
    parse: <T>([start, end]: Span) =>
      JSON.parse(bytes.toString('utf8', body + start, body + end)) as T,
  };
}

/** What a packed file gives: its header, a parser of any span, and any span's bytes. */
export interface PackedFile<Header> {
  header: Header;
  parse: <T>(span: Span) => T;
  bytes: (span: Span) => Buffer;
}

/** How much of a packed file is read at a time to find the end of its header line. */
const HEADER_CHUNK = 64 * 1024;

/**
 * Opens a packed file and reads only its header; each span is read when asked for. A command
 * that uses one court and the procedures reads about a fifth of the compiled catalog instead of
 * all of it (issue 22's start-up). Undefined when the file does not exist.
 */
export function readPackedFile<Header>(path: string): PackedFile<Header> | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  let head = Buffer.alloc(0);
  let newline = -1;
  try {
    while (newline < 0) {
      const chunk = Buffer.allocUnsafe(HEADER_CHUNK);
      const read = readSync(fd, chunk, 0, HEADER_CHUNK, head.length);
      if (read === 0) throw new Error(`${path}: no header line`);
      newline = chunk.subarray(0, read).indexOf(0x0a);
      if (newline >= 0) newline += head.length;
      head = Buffer.concat([head, chunk.subarray(0, read)]);
    }
  } finally {
    closeSync(fd);
  }
  const header = JSON.parse(head.toString('utf8', 0, newline)) as Header;
  const body = newline + 1;
  const bytes = ([start, end]: Span): Buffer => {
    const out = Buffer.allocUnsafe(end - start);
    const span = openSync(path, 'r');
    try {
      let done = 0;
      while (done < out.length) {
        const read = readSync(span, out, done, out.length - done, body + start + done);
        if (read === 0) throw new Error(`${path}: ends inside a span; rebuild`);
        done += read;
      }
    } finally {
      closeSync(span);
    }
    return out;
  };
  return { header, parse: <T>(span: Span) => JSON.parse(bytes(span).toString('utf8')) as T, bytes };
}
