/**
 * Help laid out as the plan is: at the terminal's width within 40 to 100 columns, broken at
 * spaces only. Commander wraps its own sections; this configures it for narrow terminals and
 * lays out our extra sections (answers, examples, notes) with the same wrapper. Help is our
 * own ASCII text, so commander's measure (length without colour codes) is exact, and `--help`
 * loads no wrapping library.
 */
import { Help } from 'commander';
import { readingWidth } from '../render/columns.js';
import { columnsOf, type Io, type OutputStream } from './io.js';
import { commandLines } from './text-layout.js';

/** Under this many columns beside its term, a description goes on the lines below it. */
const NARROWEST_DESCRIPTION = 30;
const DESCRIPTION_INDENT = '      ';

/** The width help is laid out at on this stream. */
export function helpWidthOf(stream: OutputStream, env: Io['env']): number {
  return readingWidth(columnsOf(stream, env));
}

// One wrapper for every section; commander's refuses to wrap under 40 columns of room.
const wrapper = Object.assign(new Help(), { minWidthToWrap: 10 });

/** Wraps a paragraph to `width`, every line starting with `indent`. */
export function helpParagraph(text: string, width: number, indent = ''): string {
  return wrapper
    .boxWrap(text.replace(/\s+/g, ' ').trim(), width - indent.length)
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

/** A term, and its description on the lines below it; both wrapped to `width`. */
export function helpItem(term: string, description: string, width: number): string {
  return `${helpParagraph(term, width, '  ')}\n${helpParagraph(description, width, DESCRIPTION_INDENT)}`;
}

/** Commander's configuration for every command: the narrow layout, options in their order. */
export const HELP_CONFIGURATION = {
  sortOptions: false,
  // --color, --no-color and --config work on every command: each command's help lists them.
  showGlobalOptions: true,
  minWidthToWrap: 10,
  /** The usage line, wrapped after "Usage: " (commander never wraps it). */
  styleUsage(this: Help, usage: string): string {
    return wrapper
      .boxWrap(usage, (this.helpWidth ?? 80) - 'Usage: '.length)
      .replaceAll('\n', `\n${' '.repeat('Usage: '.length)}`);
  },
  formatItem(term: string, termWidth: number, description: string, helper: Help): string {
    const room = (helper.helpWidth ?? 80) - termWidth - 4;
    if (!description || room >= NARROWEST_DESCRIPTION)
      return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
    return helpItem(term, description, helper.helpWidth ?? 80);
  },
};

/**
 * "Examples:" with each command on `  $ ` lines; a command wider than the line continues on
 * the next, after a shell line continuation (` \`), between two words (never inside quotes).
 */
export function helpExamples(commands: readonly string[], width: number): string {
  const lines = commands.flatMap((command) => commandLines(command, width, '  $', '     '));
  return `\nExamples:\n${lines.join('\n')}`;
}
