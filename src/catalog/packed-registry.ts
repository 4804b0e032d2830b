/**
 * The source registry as the compiled catalog holds it: every entry's JSON text back to back,
 * and an index of where each lies. A plan cites some forty of the registry's 850 entries; this
 * parses those, from one read of the block, instead of the whole registry (issue 22's start-up).
 */
import type { Span } from '../io/packed-json.js';
import type { SourceEntry } from '../profile/schema.js';

/** The registry's entries by id, each parsed when first asked for. */
export class PackedRegistry implements ReadonlyMap<string, SourceEntry> {
  private readonly parsed = new Map<string, SourceEntry>();
  private block: Buffer | undefined;
  private spans: Record<string, Span> | undefined;

  /**
   * `blockSpan` is where the entries lie; `readIndex` gives each entry's span (within the
   * file, as `blockSpan`); `extra` entries (a downloaded feed's) are added on top.
   */
  constructor(
    private readonly blockSpan: Span,
    private readonly readBlock: () => Buffer,
    private readonly readIndex: () => Record<string, Span>,
    private readonly extra: ReadonlyMap<string, SourceEntry> = new Map(),
  ) {}

  private index(): Record<string, Span> {
    return (this.spans ??= this.readIndex());
  }

  get size(): number {
    return [...this.keys()].length;
  }

  has(id: string): boolean {
    return this.extra.has(id) || Object.hasOwn(this.index(), id);
  }

  get(id: string): SourceEntry | undefined {
    const extra = this.extra.get(id);
    if (extra !== undefined) return extra;
    const done = this.parsed.get(id);
    if (done !== undefined) return done;
    if (!Object.hasOwn(this.index(), id)) return undefined;
    const [start, end] = this.index()[id] as Span;
    this.block ??= this.readBlock();
    const offset = this.blockSpan[0];
    const entry = JSON.parse(
      this.block.toString('utf8', start - offset, end - offset),
    ) as SourceEntry;
    this.parsed.set(id, entry);
    return entry;
  }

  *keys(): MapIterator<string> {
    const index = this.index();
    for (const id of Object.keys(index)) if (!this.extra.has(id)) yield id;
    yield* this.extra.keys();
  }

  *values(): MapIterator<SourceEntry> {
    for (const id of this.keys()) yield this.get(id) as SourceEntry;
  }

  *entries(): MapIterator<[string, SourceEntry]> {
    for (const id of this.keys()) yield [id, this.get(id) as SourceEntry];
  }

  [Symbol.iterator](): MapIterator<[string, SourceEntry]> {
    return this.entries();
  }

  forEach(
    callback: (value: SourceEntry, key: string, map: ReadonlyMap<string, SourceEntry>) => void,
  ): void {
    for (const [id, entry] of this.entries()) callback(entry, id, this);
  }
}
