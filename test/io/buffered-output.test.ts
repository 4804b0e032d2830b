import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BufferedOutput } from '../../src/io/buffered-output.js';

/** A stream that is full after each write until it is drained. */
class SlowStream extends EventEmitter {
  chunks: string[] = [];
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(Buffer.from(chunk).toString('utf8'));
    return false;
  }
}

describe('BufferedOutput', () => {
  it('writes in large pieces and waits for the stream to drain', async () => {
    const stream = new SlowStream();
    const out = new BufferedOutput(stream);
    await out.write('a', Buffer.from('b'));
    expect(stream.chunks).toEqual([]);
    let done = false;
    const writing = out.write('x'.repeat(70_000)).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stream.chunks).toHaveLength(1);
    expect(done).toBe(false);
    stream.emit('drain');
    await writing;
    expect(stream.listenerCount('drain') + stream.listenerCount('close')).toBe(0);
    await out.write('tail');
    const flushing = out.flush();
    stream.emit('drain');
    await flushing;
    expect(stream.chunks.join('')).toBe(`ab${'x'.repeat(70_000)}tail`);
  });

  it('stops waiting when the reader goes away', async () => {
    const stream = new SlowStream();
    const out = new BufferedOutput(stream);
    const writing = out.write('y'.repeat(70_000));
    stream.emit('close');
    await writing;
    expect(stream.listenerCount('drain')).toBe(0);
  });
});
