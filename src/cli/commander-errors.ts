/**
 * Commander's own error lines, held to the rule every other message follows: a rejected value
 * is quoted only when it is a near miss of an allowed one. `--ecf-password=Secret1` would
 * otherwise come back whole in "unknown option '--ecf-password=Secret1'", and `--format`
 * echoes any argument it refuses.
 */
import { toSafeLine } from '../safe-text.js';
import { suggestNearest } from '../suggest.js';

/** Commander's error text with values it must not echo taken out; each line made safe and short. */
export function scrubCommanderError(text: string): string {
  const scrubbed = text
    // `--flag=value`: the flag is a name, the value may be anything.
    .replace(/unknown option '(--?[^'=]*)=[^']*'/, "unknown option '$1=…'")
    .replace(
      /argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./,
      (whole, value: string, list: string) => {
        const near = suggestNearest(value, list.split(', '), 1);
        return near.length > 0
          ? `${whole.slice(0, -1)} (did you mean "${near[0]}"?)`
          : `argument is invalid. Allowed choices are ${list}.`;
      },
    )
    // `completion MySecret`: an argument's value, quoted only when it is a near miss.
    .replace(
      /command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are ([^.]*)\./,
      (_whole, value: string, name: string, list: string) => {
        const [near] = suggestNearest(value, list.split(', '), 1);
        return near !== undefined
          ? `command-argument value '${value}' is invalid for argument '${name}' (did you mean "${near}"?). Allowed choices are ${list}.`
          : `the value of argument '${name}' is invalid. Allowed choices are ${list}.`;
      },
    )
    // A word that is not a command may be anything typed first; commander adds "(Did you
    // mean ...?)" when it is near one, and then it is quoted.
    .replace(
      /unknown command '[^']*'(?!\n?\(Did you mean)/,
      'unknown command (`nextgen-ready --help` lists the commands)',
    );
  return scrubbed
    .split('\n')
    .map((line) => toSafeLine(line))
    .join('\n');
}
