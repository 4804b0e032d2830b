import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexText, PackedRegistry } from '../../src/catalog/packed-registry.js';
import { openPackedJson, PackedJsonWriter, readPackedFile } from '../../src/io/packed-json.js';
import type { SourceEntry } from '../../src/profile/schema.js';
import { tempDir } from '../helpers/fixtures.js';

describe('packed JSON', () => {
  it('gives back each value from its span, multi-byte text included', () => {
    const writer = new PackedJsonWriter();
    const header = {
      first: writer.place({ name: 'Cour de district — Porto Rico' }),
      second: writer.place([1, 2, 3]),
    };
    const { header: read, parse } = openPackedJson<typeof header>(
      Buffer.from(writer.textWith(header)),
    );
    expect(read).toEqual(header);
    expect(parse(read.first)).toEqual({ name: 'Cour de district — Porto Rico' });
    expect(parse(read.second)).toEqual([1, 2, 3]);
  });
});

describe('a packed file read span by span', () => {
  it('reads a header longer than one read, then each span alone', () => {
    const writer = new PackedJsonWriter();
    const header = {
      // Longer than the 64 KiB read that looks for the header's end, with multi-byte text.
      padding: 'é'.repeat(70_000),
      first: writer.place({ name: 'Cour de district — Porto Rico' }),
      second: writer.place([1, 2, 3]),
    };
    const file = join(tempDir(), 'packed.json');
    writeFileSync(file, writer.textWith(header));
    const packed = readPackedFile<typeof header>(file);
    expect(packed?.header).toEqual(header);
    expect(packed?.parse(header.second)).toEqual([1, 2, 3]);
    expect(packed?.parse(header.first)).toEqual({ name: 'Cour de district — Porto Rico' });
    expect(packed?.bytes(header.second).toString()).toBe('[1,2,3]');
  });

  it('is undefined for a file that is not there, and refuses one cut short', () => {
    const dir = tempDir();
    expect(readPackedFile(join(dir, 'none.json'))).toBeUndefined();
    const writer = new PackedJsonWriter();
    const span = writer.place({ a: 'a long enough value' });
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, writer.textWith({ span }).slice(0, -5));
    expect(() => readPackedFile<{ span: typeof span }>(cut)?.parse(span)).toThrow(
      'ends inside a span',
    );
    writeFileSync(join(dir, 'flat.json'), '{"no":"newline"}');
    expect(() => readPackedFile(join(dir, 'flat.json'))).toThrow('no header line');
  });
});

describe('the source registry packed entry by entry', () => {
  const entry = (id: string): SourceEntry => ({
    id,
    title: `The page ${id} — with a dash`,
    publisher: 'PACER',
    kind: 'pacer-page',
    checked: '2026-12-06',
  });

  it('gives each entry by id, reading the block once, and lists them all', () => {
    const writer = new PackedJsonWriter();
    writer.place({ before: true });
    // An id that begins another is found whole, not as the other's start.
    const ids = ['b-page', 'a-page', 'c-page', 'a-page-2'];
    const spans = Object.fromEntries(ids.map((id) => [id, writer.place(entry(id))]));
    const all = Object.values(spans);
    const block: [number, number] = [all[0]![0], all.at(-1)![1]];
    const indexSpan = writer.place(indexText(spans));
    const file = join(tempDir(), 'registry.json');
    writeFileSync(file, writer.textWith({}));
    const read = readPackedFile<unknown>(file)!;
    let blockReads = 0;
    const extra = new Map([['feed-copy', entry('feed-copy')]]);
    const registry = new PackedRegistry(
      block,
      () => {
        blockReads += 1;
        return read.bytes(block);
      },
      () => read.parse<string>(indexSpan),
      extra,
    );
    expect(registry.get('a-page')).toEqual(entry('a-page'));
    expect(registry.get('c-page')).toEqual(entry('c-page'));
    expect(registry.get('a-page')).toBe(registry.get('a-page'));
    expect(blockReads).toBe(1);
    expect(registry.get('feed-copy')).toEqual(entry('feed-copy'));
    expect(registry.get('missing')).toBeUndefined();
    expect(registry.get('toString')).toBeUndefined();
    expect(registry.has('b-page') && registry.has('feed-copy')).toBe(true);
    expect(registry.has('missing')).toBe(false);
    expect(registry.get('a-page-2')).toEqual(entry('a-page-2'));
    expect(registry.has('a-pag')).toBe(false);
    expect([...registry.keys()]).toEqual(['b-page', 'a-page', 'c-page', 'a-page-2', 'feed-copy']);
    expect(registry.size).toBe(5);
    expect([...registry.values()].map((value) => value.id)).toEqual([...registry.keys()]);
    expect(new Map(registry)).toEqual(new Map([...registry.entries()]));
  });
});
