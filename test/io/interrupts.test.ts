import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InterruptWatch, removeOnInterrupt, type StopSignal } from '../../src/io/interrupts.js';

const watches: InterruptWatch[] = [];
afterEach(() => watches.splice(0).forEach((watch) => watch.stop()));

/** A watch whose "end the process" only records the signal. */
function watch(): { watch: InterruptWatch; stopped: StopSignal[] } {
  const stopped: StopSignal[] = [];
  const created = new InterruptWatch((signal) => stopped.push(signal));
  created.start();
  watches.push(created);
  return { watch: created, stopped };
}

/** A temporary file, registered for removal. */
function temporaryFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nextgen-ready-int-')), '.x.md.0123456789ab.tmp');
  writeFileSync(file, 'half');
  removeOnInterrupt(file);
  return file;
}

describe('InterruptWatch', () => {
  it('ends the run at once, removing temporary files, when nothing cooperates', () => {
    const { stopped } = watch();
    const file = temporaryFile();
    process.emit('SIGTERM', 'SIGTERM');
    expect(stopped).toEqual(['SIGTERM']);
    expect(existsSync(file)).toBe(false);
  });

  it('lets a cooperating command stop itself on the first signal, and ends it on the second', async () => {
    const { watch: interrupt, stopped } = watch();
    const file = temporaryFile();
    let release: () => void = () => undefined;
    const work = interrupt.cooperate(() => new Promise<void>((resolve) => (release = resolve)));
    process.emit('SIGINT', 'SIGINT');
    expect(interrupt.signal.aborted).toBe(true);
    expect(interrupt.received).toBe('SIGINT');
    expect(stopped).toEqual([]);
    expect(existsSync(file)).toBe(true);

    process.emit('SIGHUP', 'SIGHUP');
    expect(stopped).toEqual(['SIGHUP']);
    expect(existsSync(file)).toBe(false);
    release();
    await work;
  });

  it('aborts the signal a command took before the signal came, as well as one asked for after', async () => {
    const { watch: interrupt } = watch();
    const taken = interrupt.signal;
    let heard = 0;
    taken.addEventListener('abort', () => (heard += 1));
    let release: () => void = () => undefined;
    const work = interrupt.cooperate(() => new Promise<void>((resolve) => (release = resolve)));
    process.emit('SIGTERM', 'SIGTERM');
    expect(taken.aborted).toBe(true);
    expect(heard).toBe(1);
    expect(interrupt.signal).toBe(taken);
    release();
    await work;
  });

  it('forgets a file once it is renamed into place', () => {
    const { stopped } = watch();
    const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-int-'));
    const kept = join(dir, 'kept.md');
    writeFileSync(kept, 'whole');
    removeOnInterrupt(kept)();
    process.emit('SIGINT', 'SIGINT');
    expect(stopped).toEqual(['SIGINT']);
    expect(existsSync(kept)).toBe(true);
  });
});
