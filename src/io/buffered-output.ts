/**
 * Writes a long output to a stream in large pieces, waiting when the stream is full. A roster
 * of 100,000 plans is megabytes of JSON: one write per row would cost a system call each, and
 * ignoring back-pressure would queue the whole document in memory when stdout is a slow pipe.
 */
import { fileError } from './file-errors.js';
import { failureOf } from './guarded-output.js';

const PIECE = 64 * 1024;
/** A piece this large (a plan's JSON) is written as it is, not copied into the pending buffer. */
const DIRECT = 8 * 1024;
const EVENTS = ['drain', 'close', 'error'] as const;

/** A stream that takes bytes as well as text, as process.stdout does. */
export interface ByteStream {
  write(chunk: string | Uint8Array): unknown;
}

interface DrainableStream extends ByteStream {
  once(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

function isDrainable(stream: ByteStream): stream is DrainableStream {
  const candidate = stream as Partial<DrainableStream>;
  return typeof candidate.once === 'function' && typeof candidate.off === 'function';
}

/** A piece of output: text, or text already encoded as UTF-8 (a plan's JSON, reused). */
export type OutputPiece = string | Uint8Array;

export class BufferedOutput {
  private pending: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly stream: ByteStream) {}

  /** Adds pieces; writes when enough is pending. */
  async write(...pieces: readonly OutputPiece[]): Promise<void> {
    for (const piece of pieces) {
      if (typeof piece !== 'string' && piece.length >= DIRECT) {
        await this.flush();
        await this.send(piece);
        continue;
      }
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      this.pending.push(bytes);
      this.size += bytes.length;
    }
    if (this.size >= PIECE) await this.flush();
  }

  /**
   * Adds text without writing it; true when enough is pending that the caller should `flush`.
   * For a caller on a hot path (a roster row), which then awaits only once per 64 KB.
   */
  push(text: string): boolean {
    const bytes = Buffer.from(text, 'utf8');
    this.pending.push(bytes);
    this.size += bytes.length;
    return this.size >= PIECE;
  }

  /** Writes whatever is pending and waits until the stream can take more. */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const bytes = Buffer.concat(this.pending, this.size);
    this.pending = [];
    this.size = 0;
    await this.send(bytes);
  }

  /**
   * Writes bytes and, when the stream is full, waits until it can take more. Throws once the
   * stream has failed (a full disk, a closed pipe): what follows would be lost.
   */
  private async send(bytes: Uint8Array): Promise<void> {
    this.throwFailure();
    const more = this.stream.write(bytes);
    if (more === false && isDrainable(this.stream)) {
      const stream = this.stream;
      // A reader that went away (`| head`) closes the stream instead of draining it.
      await new Promise<void>((resolve) => {
        const done = () => {
          for (const event of EVENTS) stream.off(event, done);
          resolve();
        };
        for (const event of EVENTS) stream.once(event, done);
      });
    }
    this.throwFailure();
  }

  private throwFailure(): void {
    const failure = failureOf(this.stream);
    if (failure !== undefined) throw fileError(failure, 'stdout', 'to', 'write');
  }
}
