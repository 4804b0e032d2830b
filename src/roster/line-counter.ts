/**
 * Counts lines as a file's bytes go by, so that a CSV record's first line can be found from
 * its byte offset: a quoted field may span lines, and csv-parse's own count is off by one for
 * each line break inside quotes in a CRLF file. CRLF, LF and CR each end one line.
 */

export class LineCounter {
  private chunks: Buffer[] = [];
  private chunkStart = 0;
  private offset = 0;
  private line = 1;
  private afterCR = false;

  /** Adds the next chunk of the file. */
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
