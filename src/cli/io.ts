/**
 * What commands touch of the outside world, passed in so commands stay testable: the output
 * streams, whether stdin is a terminal, the environment, the working directory and the clock.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: () => Date;
}

/** The real process. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** The chalk colour level for a stream: none unless it is a terminal and colour is not turned off. */
export function colorLevelFor(
  stream: OutputStream,
  env: Io['env'],
  colorFlag: boolean | undefined,
): 0 | 1 | 2 | 3 {
  if (colorFlag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== '' && forced !== '0' && forced !== 'false')
    return forced === '3' ? 3 : forced === '2' ? 2 : 1;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 1;
}

/**
 * Writes a file whole: into a temporary file beside it, then renamed over the target, so an
 * interrupted run never leaves a half-written file.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const target = resolve(file);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'ENOENT' ||
      code === 'EACCES' ||
      code === 'EISDIR' ||
      code === 'EROFS' ||
      code === 'ENOTDIR'
    ) {
      throw new UserError(`cannot write ${file} (${code})`, {
        hint: 'Check that the directory exists and that you may write there.',
      });
    }
    throw error;
  }
}
