/**
 * Why a file could not be read or written, in one line a user can act on. Every error the
 * operating system gives for a path (missing, a directory, a link loop, a name too long,
 * permissions, a full disk, a failing device) becomes a UserError here, so none of them ends
 * as a stack trace: those are left for bugs.
 */
import { errnoOf, UserError, type ErrorOutcome } from '../errors.js';
import { cutText } from '../safe-text.js';

interface Reason {
  text: string;
  hint: string;
  outcome: ErrorOutcome;
}

const CHECK_PATH = 'Check the path.';

/** What each errno code means for a path the user gave, and what to do about it. */
function reasonOf(code: string, action: 'read' | 'write'): Reason {
  const usage = (text: string, hint: string): Reason => ({ text, hint, outcome: 'usage' });
  const machine = (text: string, hint: string): Reason => ({ text, hint, outcome: 'io-error' });
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? usage('not found', CHECK_PATH)
        : usage('its directory does not exist', 'Create the directory first, or check the path.');
    case 'EACCES':
    case 'EPERM':
      return usage(
        'permission denied',
        action === 'read'
          ? 'Check that you may read it.'
          : 'Check that you may write there, or choose another path.',
      );
    case 'EISDIR':
      return usage('it is a directory, not a file', 'Give the path of a file.');
    case 'ENOTDIR':
      return usage('a part of the path is a file, not a directory', CHECK_PATH);
    case 'ELOOP':
      return usage('too many symbolic links (a link that points back to itself?)', CHECK_PATH);
    case 'ENAMETOOLONG':
      return usage('the path is too long', 'Use a shorter path.');
    case 'EROFS':
      return usage('the file system is read-only', 'Choose a path on a writable disk.');
    case 'ENXIO':
    case 'ENODEV':
      return usage('the device is not there', CHECK_PATH);
    case 'ETXTBSY':
    case 'EBUSY':
      return usage('the file is busy', 'Try again when nothing else is using it.');
    case 'ENOSPC':
      return machine('no space left on the device', 'Free some space and run again.');
    case 'EDQUOT':
      return machine('the disk quota is used up', 'Free some space and run again.');
    case 'EFBIG':
      return machine('the file is too large for the device', 'Choose another disk.');
    case 'EIO':
      return machine(
        'an input/output error (a failing disk or network share?)',
        'Check the disk or share, and run again.',
      );
    case 'EPIPE':
    case 'ECONNRESET':
      return machine('the reader went away', 'Keep the reading program running to the end.');
    case 'EMFILE':
    case 'ENFILE':
      return machine('too many open files', 'Close some programs and run again.');
    default:
      return machine(`the system said ${code}`, 'Check the path and the disk, and run again.');
  }
}

/** True for an error the operating system gave (it has an errno code such as ENOENT). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && /^E[A-Z0-9]+$/.test(errnoOf(error) ?? '');
}

/**
 * What a system error means for a path, in words ("permission denied") with what to do and
 * its outcome, for a message worded around it; undefined when it is not a system error.
 */
export function systemReasonOf(
  error: unknown,
  action: 'read' | 'write',
): { text: string; hint: string; outcome: ErrorOutcome } | undefined {
  return isSystemError(error) ? reasonOf(error.code!, action) : undefined;
}

/**
 * The UserError for a system error on `file`: "cannot read answers file a.yaml: permission
 * denied". Anything that is not a system error is returned as it is (a bug stays a bug).
 */
export function fileError(
  error: unknown,
  file: string,
  what: string,
  action: 'read' | 'write',
): unknown {
  if (!isSystemError(error)) return error;
  const reason = reasonOf(error.code!, action);
  return new UserError(`cannot ${action} ${what} ${cutText(file, 300)}: ${reason.text}`, {
    hint: reason.hint,
    outcome: reason.outcome,
  });
}
