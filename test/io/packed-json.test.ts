import { describe, expect, it } from 'vitest';
import { openPackedJson, PackedJsonWriter } from '../../src/io/packed-json.js';

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
