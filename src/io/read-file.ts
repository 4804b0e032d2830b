/** Reading a file a user named: its text, or one clear line on why it cannot be read. */
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** Reads a text file a user named, or says clearly why it cannot. */
export async function readUserFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${what} not found: ${file}`);
    if (code === 'EISDIR') throw new UserError(`${what} is a directory, not a file: ${file}`);
    if (code === 'EACCES')
      throw new UserError(`${what} cannot be read (permission denied): ${file}`);
    throw error;
  }
}
