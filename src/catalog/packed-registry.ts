/**
 * The source registry as the compiled catalog holds it: every entry's JSON text back to back,
 * and an index of where each lies. A plan cites some forty of the registry's 850 entries; this
 * parses those, from one read of the block, instead of the whole registry (issue 22's start-up).
 * The index is a text, a line `<id> <start> <end>` each, with a newline first: looking an id
 * up is a search in one string, not an object of 850 keys made to find forty.
 */
import type { Span } from '../io/packed-json.js';
import type { SourceEntry } from '../profile/schema.js';
import { ReadOnlyKeyedMap } from './lazy-maps.js';

/** The registry's entries by id, each parsed when first asked for. */
export class PackedRegistry extends ReadOnlyKeyedMap<SourceEntry> {
  private readonly parsed = new Map<string, SourceEntry>();
  private block: Buffer | undefined;
  private text: string | undefined;

  /**
   * `blockSpan` is where the entries lie; `readIndex` gives the index text (spans within the
   * file, as `blockSpan`; see indexText); `extra` entries (a downloaded feed's) are added on top.
   */
  constructor(
    private readonly blockSpan: Span,
    private readonly readBlock: () => Buffer,
    private readonly readIndex: () => string,
    private readonly extra: ReadonlyMap<string, SourceEntry> = new Map(),
  ) {
    super();
  }

  private index(): string {
    return (this.text ??= this.readIndex());
  }

  /** Where an entry lies, or undefined for an id the registry does not hold. */
  private spanOf(id: string): Span | undefined {
    const index = this.index();
    const key = `\n${id} `;
    const at = index.indexOf(key);
    if (at < 0) return undefined;
    const end = index.indexOf('\n', at + key.length);
    const [start, stop] = index.slice(at + key.length, end < 0 ? undefined : end).split(' ');
    return [Number(start), Number(stop)];
  }

  get size(): number {
    return [...this.keys()].length;
  }

  has(id: string): boolean {
    return this.extra.has(id) || this.spanOf(id) !== undefined;
  }

  get(id: string): SourceEntry | undefined {
    const extra = this.extra.get(id);
    if (extra !== undefined) return extra;
    const done = this.parsed.get(id);
    if (done !== undefined) return done;
    const span = this.spanOf(id);
    if (span === undefined) return undefined;
    const [start, end] = span;
    this.block ??= this.readBlock();
    const offset = this.blockSpan[0];
    const entry = JSON.parse(
      this.block.toString('utf8', start - offset, end - offset),
    ) as SourceEntry;
    this.parsed.set(id, entry);
    return entry;
  }

  *keys(): MapIterator<string> {
    for (const line of this.index().split('\n')) {
      const id = line.slice(0, line.indexOf(' '));
      if (id !== '' && !this.extra.has(id)) yield id;
    }
    yield* this.extra.keys();
  }
}

/** The index text of entries' spans: a newline, then a line `<id> <start> <end>` each. */
export function indexText(spans: Readonly<Record<string, Span>>): string {
  return `\n${Object.entries(spans)
    .map(([id, [start, end]]) => `${id} ${start} ${end}`)
    .join('\n')}\n`;
}
