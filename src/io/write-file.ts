/**
 * Writing a file whole: into a temporary file beside it, then renamed over the target, so an
 * interrupted run never leaves a half-written file. Kept apart from io.ts so that commands
 * which write nothing (and `--help`) do not load node:crypto.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';

/** Writes `content` to `file` whole, or says clearly why it cannot. */
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
