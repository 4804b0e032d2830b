/**
 * stdout and stderr as the edge makes them: a plain file or /dev/null written without a stream,
 * and a stream made only when something is written, not when asked whether it is a terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardDirectOutput, guardOutput, writesDirectly } from '../../src/io/guarded-output.js';
import { tempDir } from '../helpers/fixtures.js';

/** Runs `use` with a descriptor open on the path, then closes it. */
function withFd<T>(path: string, flags: string, use: (fd: number) => T): T {
  const fd = openSync(path, flags);
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

describe('which stdout is written without a stream', () => {
  it('a regular file, /dev/null and a pipe, not another device', () => {
    const file = join(tempDir(), 'out.txt');
    expect(withFd(file, 'w', writesDirectly)).toBe(true);
    expect(withFd('/dev/null', 'w', writesDirectly)).toBe(true);
    // /dev/full is a character device as /dev/null is: it keeps the stream and its errors.
    expect(withFd('/dev/full', 'w', writesDirectly)).toBe(false);
    expect(writesDirectly(-1)).toBe(false);
    const fifo = makeFifo();
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      expect(withFd(fifo, 'w', writesDirectly)).toBe(true);
    } finally {
      closeSync(reader);
    }
  });
});

/** A named pipe in a new temporary directory. */
function makeFifo(): string {
  const fifo = join(tempDir(), 'pipe');
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) throw new Error(`mkfifo: ${String(made.stderr)}`);
  return fifo;
}

describe('a pipe written without a stream', () => {
  it('waits for a slow reader of a non-blocking pipe and loses nothing', async () => {
    const fifo = makeFifo();
    const copy = join(tempDir(), 'copy.txt');
    const out = openSync(copy, 'w');
    // A reading end held open (never read) lets the writing end open without blocking.
    const held = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    // The real reader starts late: the pipe is full (EAGAIN) long before it reads anything.
    const cat = spawn('sh', ['-c', 'sleep 0.2; exec cat "$0"', fifo], {
      stdio: ['ignore', out, 'inherit'],
    });
    const ended = new Promise((resolve) => cat.on('close', resolve));
    const line = `${'x'.repeat(1023)}\n`;
    // Sixteen times a pipe's usual buffer.
    const text = line.repeat(1024);
    const output = guardDirectOutput(fd);
    output.write(text);
    output.write('end\n');
    expect(output.failure).toBeUndefined();
    closeSync(fd);
    closeSync(held);
    await ended;
    closeSync(out);
    expect(readFileSync(copy, 'utf8')).toBe(`${text}end\n`);
  });
});

describe('a file written without a stream', () => {
  it('gets every byte, in order, text and bytes alike', async () => {
    const file = join(tempDir(), 'out.txt');
    await withFd(file, 'w', async (fd) => {
      const out = guardDirectOutput(fd);
      expect(out.isTTY).toBe(false);
      expect(out.write('first, ')).toBe(true);
      out.write(Buffer.from('then bytes; '));
      out.write('é and ✓\n');
      await out.settle();
      expect(out.failure).toBeUndefined();
    });
    expect(readFileSync(file, 'utf8')).toBe('first, then bytes; é and ✓\n');
  });

  it('records the first failure once and drops what follows', () => {
    const heard: string[] = [];
    withFd('/dev/full', 'w', (fd) => {
      const out = guardDirectOutput(fd, (failure) => heard.push(String(failure.code)));
      out.write('a');
      out.write('b');
      expect(out.failure?.code).toBe('ENOSPC');
    });
    expect(heard).toEqual(['ENOSPC']);
  });
});

describe('a stream made when first used', () => {
  it('says a file is no terminal without making the stream', () => {
    let made = 0;
    const file = join(tempDir(), 'err.txt');
    withFd(file, 'w', (fd) => {
      const out = guardOutput(
        () => {
          made += 1;
          return process.stderr;
        },
        undefined,
        fd,
      );
      expect(out.isTTY).toBe(false);
      expect(out.columns).toBeUndefined();
      expect(out.rows).toBeUndefined();
    });
    expect(made).toBe(0);
  });

  it('makes the stream to ask a character device, which may be a terminal', () => {
    let made = 0;
    withFd('/dev/null', 'w', (fd) => {
      const out = guardOutput(
        () => {
          made += 1;
          return { isTTY: false, on: () => undefined } as unknown as NodeJS.WriteStream;
        },
        undefined,
        fd,
      );
      expect(out.isTTY).toBe(false);
    });
    expect(made).toBe(1);
  });
});
