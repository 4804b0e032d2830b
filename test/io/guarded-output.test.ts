/**
 * stdout and stderr as the edge makes them: a plain file or /dev/null written without a stream,
 * and a stream made only when something is written, not when asked whether it is a terminal.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardFileOutput, guardOutput, plainFileOf } from '../../src/io/guarded-output.js';
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
  it('a regular file and /dev/null, not another device', () => {
    const file = join(tempDir(), 'out.txt');
    expect(withFd(file, 'w', plainFileOf)).toBe(true);
    expect(withFd('/dev/null', 'w', plainFileOf)).toBe(true);
    // /dev/full is a character device as /dev/null is: it keeps the stream and its errors.
    expect(withFd('/dev/full', 'w', plainFileOf)).toBe(false);
    expect(plainFileOf(-1)).toBe(false);
  });
});

describe('a plain file written without a stream', () => {
  it('gets every byte, in order, text and bytes alike', async () => {
    const file = join(tempDir(), 'out.txt');
    await withFd(file, 'w', async (fd) => {
      const out = guardFileOutput(fd);
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
      const out = guardFileOutput(fd, (failure) => heard.push(String(failure.code)));
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
