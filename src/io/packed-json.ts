/**
 * A packed JSON file: a one-line JSON header saying where each value's JSON text lies (byte
 * offsets after the header line), then the texts back to back. A reader parses only the values
 * it uses: a command that plans for one court never parses the other 200. The compiled catalog
 * and the stored court feed are both written this way.
 */

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
