/**
 * The command that repeats an interactive check unattended: every answer as a flag, the
 * options that shape the result, and --no-input; quoted for a POSIX shell.
 */
import type { CheckOptions } from './check.js';

// Words a shell reads as they are; anything else is single-quoted.
const SAFE_WORD = /^[A-Za-z0-9_/.,:=@%+-]+$/;

/** A word quoted for a POSIX shell (sh, bash, zsh): `it's` becomes `'it'\''s'`. */
export function shellQuote(word: string): string {
  return SAFE_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The arguments of the repeat command: `check`, where the answers come from (`--court ...`
 * and every answer flag, or `--answers FILE`), the options that shape the result, `--no-input`.
 */
export function repeatArguments(options: CheckOptions, answers: readonly string[]): string[] {
  const args = ['check', ...answers];
  if (options.asOf !== undefined) args.push('--as-of', String(options.asOf));
  if (options.format !== undefined && options.format !== 'text')
    args.push('--format', options.format);
  if (options.output !== undefined) args.push('--output', options.output);
  for (const dir of options.courtsDir ?? []) args.push('--courts-dir', dir);
  if (options.exitCode) args.push('--exit-code');
  if (options.color === false) args.push('--no-color');
  args.push('--no-input');
  return args;
}

/** The command line, quoted: `nextgen-ready check --court ctd ... --no-input`. */
export function repeatCommand(args: readonly string[]): string {
  return ['nextgen-ready', ...args].map(shellQuote).join(' ');
}
