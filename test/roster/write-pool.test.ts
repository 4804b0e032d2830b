import { describe, expect, it } from 'vitest';
import { WritePool } from '../../src/roster/write-pool.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('WritePool', () => {
  it('runs at most `size` writes at once and waits for all', async () => {
    const pool = new WritePool(3);
    let running = 0;
    let most = 0;
    let done = 0;
    for (let i = 0; i < 20; i++)
      await pool.add(async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        done++;
      });
    await pool.settle();
    expect(most).toBe(3);
    expect(done).toBe(20);
  });

  it('throws the first failure and starts nothing more, letting running writes finish', async () => {
    const pool = new WritePool(4);
    let finished = 0;
    const slow = async () => {
      await tick();
      await tick();
      finished++;
    };
    await pool.add(slow);
    await pool.add(async () => {
      throw new Error('disk full');
    });
    await expect(pool.add(slow)).rejects.toThrow('disk full');
    await expect(pool.settle()).rejects.toThrow('disk full');
    expect(finished).toBe(1);
  });
});
