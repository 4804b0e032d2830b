/**
 * Runs a bounded number of file writes at once and hands the rows back in the order they came,
 * each with its write's failure, if any. A checklist per attorney is thousands of small files,
 * and each one waits on the disk (open, write, close, rename): overlapping a few of them is
 * several times faster than one after the other, and the bound keeps memory flat. A row is
 * handed back only once its checklist is written or has failed, so a failed write can still
 * make that row an error in every output.
 */

interface Pending<T> {
  item: T;
  done: Promise<unknown>;
  settled: boolean;
}

/** A row and its write's failure (undefined when it was written, or had nothing to write). */
export interface Finished<T> {
  item: T;
  error: unknown;
}

export class OrderedWrites<T> {
  private readonly queue: Pending<T>[] = [];

  constructor(private readonly size: number) {}

  /** Adds a row and starts its write, if it has one; returns the rows now finished, in order. */
  async add(item: T, write?: () => Promise<void>): Promise<Finished<T>[]> {
    const pending: Pending<T> = { item, done: Promise.resolve(undefined), settled: !write };
    if (write)
      pending.done = write().then(
        () => {
          pending.settled = true;
          return undefined;
        },
        (error: unknown) => {
          pending.settled = true;
          return error ?? new Error('the write failed');
        },
      );
    this.queue.push(pending);
    const finished: Finished<T>[] = [];
    // Hand back what is done at the head; wait only while too many writes are in flight.
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      if (!head.settled && this.queue.length < this.size) break;
      finished.push({ item: head.item, error: await head.done });
      this.queue.shift();
    }
    return finished;
  }

  /** Waits for every write started; returns the rows not yet handed back, in order. */
  async drain(): Promise<Finished<T>[]> {
    const finished: Finished<T>[] = [];
    for (const pending of this.queue.splice(0))
      finished.push({ item: pending.item, error: await pending.done });
    return finished;
  }
}
