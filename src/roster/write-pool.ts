/**
 * Runs a bounded number of file writes at once. A checklist per attorney is thousands of small
 * files, and each one waits on the disk (open, write, close, rename): overlapping a few of
 * them is several times faster than one after the other, and the bound keeps memory flat.
 */
export class WritePool {
  private readonly pending = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly size: number) {}

  /** Starts a write; waits while the pool is full. Throws the first write's failure. */
  async add(write: () => Promise<void>): Promise<void> {
    this.throwFailure();
    const running: Promise<void> = write()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
    if (this.pending.size >= this.size) await Promise.race(this.pending);
    this.throwFailure();
  }

  /** Waits for every write started; throws the first failure. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
    this.throwFailure();
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
