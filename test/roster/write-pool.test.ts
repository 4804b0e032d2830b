import { describe, expect, it } from 'vitest';
import { OrderedWrites } from '../../src/roster/write-pool.js';

const tick = (ms = 1) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('OrderedWrites', () => {
  it('runs at most `size` writes at once and hands every row back once, in order', async () => {
    const writes = new OrderedWrites<number>(3);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    for (let i = 0; i < 20; i++) {
      const finished = await writes.add(i, async () => {
        running++;
        most = Math.max(most, running);
        // Later rows finish first: the order handed back must not follow them.
        await tick(20 - i);
        running--;
      });
      order.push(...finished.map((row) => row.item));
    }
    order.push(...(await writes.drain()).map((row) => row.item));
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('hands a failed write back with its row, and the other rows go on', async () => {
    const writes = new OrderedWrites<string>(4);
    const rows = [
      ...(await writes.add('a', () => tick())),
      ...(await writes.add('b', async () => {
        throw new Error('EISDIR');
      })),
      ...(await writes.add('c', () => tick())),
      ...(await writes.add('d')),
      ...(await writes.drain()),
    ];
    expect(rows.map((row) => [row.item, (row.error as Error | undefined)?.message])).toEqual([
      ['a', undefined],
      ['b', 'EISDIR'],
      ['c', undefined],
      ['d', undefined],
    ]);
  });

  it('hands a row with nothing to write back at once when nothing is in flight', async () => {
    const writes = new OrderedWrites<string>(4);
    expect((await writes.add('x')).map((row) => row.item)).toEqual(['x']);
  });
});
