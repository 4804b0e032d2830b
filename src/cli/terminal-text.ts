/**
 * What a command writes to stderr for a person (notes, the questions' preamble, errors, the
 * command that repeats a check): in a terminal, wrapped at spaces to its width, so that no
 * line breaks inside a word; elsewhere (a log, a pipe) each message stays one line, as
 * scripts and logs read them.
 */
import { commandLines, hangingParagraph } from './text-layout.js';
import { columnsOf, type Io } from './io.js';

/** The terminal's width for stderr, or undefined where stderr is not a terminal. */
function stderrWidth(io: Io): number | undefined {
  return io.stderr.isTTY === true ? columnsOf(io.stderr, io.env) : undefined;
}

/**
 * `text` (one or more lines) laid out for stderr, ending with a newline: each line wrapped
 * to the terminal, the lines it wraps onto indented by two more spaces than it.
 */
export function forStderr(io: Io, text: string): string {
  const width = stderrWidth(io);
  const lines = text.replace(/\n$/, '').split('\n');
  if (width === undefined) return `${lines.join('\n')}\n`;
  return `${lines
    .map((line) => {
      if (line.trim() === '') return '';
      const lead = /^\s*/.exec(line)?.[0] ?? '';
      return hangingParagraph(line, width, `${lead}  `);
    })
    .join('\n')}\n`;
}

/** A shell command on its own lines after two spaces, continued with ` \` where it is wider than the terminal. */
export function commandForStderr(io: Io, command: string): string {
  const width = stderrWidth(io);
  if (width === undefined) return `  ${command}\n`;
  return `${commandLines(command, width, ' ', '   ').join('\n')}\n`;
}
