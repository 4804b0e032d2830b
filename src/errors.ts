/**
 * Errors a user can cause. The CLI edge (src/cli/main.ts) prints them as one clear line each
 * and exits 2; anything else is a bug and crashes loudly.
 */

/** A mistake in what the user gave us: a flag, an answer, a file, a profile. */
export class UserError extends Error {
  override name = 'UserError';
  /** Extra lines printed after the message: every problem, then what to do next. */
  readonly details: readonly string[];
  readonly hint: string | undefined;

  constructor(message: string, options: { details?: readonly string[]; hint?: string } = {}) {
    super(message);
    this.details = options.details ?? [];
    this.hint = options.hint;
  }
}
