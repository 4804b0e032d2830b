/**
 * Errors a user or their machine can cause: a flag, an answer, a file, a profile, a full disk,
 * a closed output, a feed that cannot be fetched. The CLI edge (src/cli/main.ts) prints them as
 * one clear line each and exits with the code of their outcome; anything else is a bug and
 * crashes loudly.
 */

// The entry and the command chunks are bundled separately, so each has its own copy of this
// class: the edge recognises user errors by this mark, not by `instanceof`.
const USER_ERROR = Symbol.for('nextgen-ready.user-error');

/**
 * Which exit code an error gets (the names of src/cli/exit-codes.ts): `usage` for what the user
 * gave; `io-error` when the machine failed to read or write (disk full, device error, output
 * closed); `busy` when another run holds what this one needs; `feed-unavailable` when PACER's
 * court feed could not be fetched (network, TLS, proxy, timeout, an HTTP error);
 * `feed-rejected` when what came is not a feed to trust.
 */
export type ErrorOutcome = 'usage' | 'io-error' | 'busy' | 'feed-unavailable' | 'feed-rejected';

/** A mistake in what the user gave us (a flag, an answer, a file, a profile), or a failing machine. */
export class UserError extends Error {
  override name = 'UserError';
  readonly [USER_ERROR] = true;
  /** Extra lines printed after the message: every problem, then what to do next. */
  readonly details: readonly string[];
  readonly hint: string | undefined;
  readonly outcome: ErrorOutcome;

  constructor(
    message: string,
    options: { details?: readonly string[]; hint?: string; outcome?: ErrorOutcome } = {},
  ) {
    super(message);
    this.details = options.details ?? [];
    this.hint = options.hint;
    this.outcome = options.outcome ?? 'usage';
  }
}

/** True for a UserError from any copy of this module. */
export function isUserError(error: unknown): error is UserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [USER_ERROR]?: unknown })[USER_ERROR] === true
  );
}

/**
 * The errno code of an error the system gave (`ENOENT`, `EACCES`), or undefined for anything
 * else: what callers compare instead of casting to NodeJS.ErrnoException.
 */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
