/**
 * Commander's commands made from the table (src/options.ts): each command's description,
 * argument and options come from there; a command's wiring (wiring/*.ts) adds only its help
 * text and what it runs.
 */
import { Argument, Option, type Command } from 'commander';
import { COMMANDS, optionOn, optionsOf, type CommandName, type OptionSpec } from '../../options.js';
import type { Outcome } from '../exit-codes.js';
import { helpExamples } from '../help-layout.js';
import type { Io } from '../io.js';

/** What a command's wiring needs of the program around it. */
export interface WiringContext {
  readonly io: Io;
  readonly program: Command;
  /** Receives the command's outcome, which the edge turns into the exit code. */
  setOutcome(outcome: Outcome): void;
  /** The width help is laid out at, when it is shown. */
  width(): number;
}

/** A command's own part: its help after the options, and what it runs. */
export interface CommandWiring {
  readonly name: CommandName;
  /** Examples, each a command line. */
  readonly examples?: readonly string[];
  /** Blocks of help laid out at the width ('' a blank line): after the examples, or before. */
  readonly notes?: (context: WiringContext, width: number) => readonly string[];
  readonly notesFirst?: boolean;
  /** Runs the command (commander passes the argument, if any, then the options); none for `data`. */
  readonly run?: (context: WiringContext, ...args: never[]) => Promise<Outcome> | Outcome;
}

/** Commands whose options from the table are not added yet, with their name in the table. */
const PENDING_OPTIONS = new WeakMap<Command, CommandName>();

/** Adds a command's options from the table, once. */
export function addTableOptions(command: Command): void {
  const name = PENDING_OPTIONS.get(command);
  if (name === undefined) return;
  PENDING_OPTIONS.delete(command);
  for (const option of optionsOf(name)) command.addOption(optionFrom(option, name));
}

/**
 * Makes `parent` add its subcommands' options just before it dispatches to one: before the
 * subcommand parses its options or shows its help. Building all forty-odd options of every
 * command was a tenth of a `--help` (issue 22, measured with --cpu-prof).
 */
export function addOptionsOnDispatch(parent: Command): void {
  parent.hook('preSubcommand', (_parent, subcommand) => addTableOptions(subcommand));
}

/** The term for a command in its parent's list: with `[options]` where its options wait. */
export function subcommandTerm(command: Command, term: string): string {
  const name = PENDING_OPTIONS.get(command);
  if (name === undefined || optionsOf(name).length === 0 || command.options.length > 0) return term;
  return `${command.name()} [options]${term.slice(command.name().length)}`;
}

// No default of []: help would print "(default: [])"; every reader takes undefined as none.
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** A commander option from the table, as `command` has it. */
export function optionFrom(spec: OptionSpec, command: CommandName | 'program'): Option {
  const { description, choices } = optionOn(spec, command);
  const option = new Option(spec.flags, description);
  if (choices !== undefined) option.choices(choices);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.repeatable) option.argParser(collect);
  // Answer flags are listed in check's Answers block; old spellings nowhere.
  if (spec.hidden || spec.answer !== undefined) option.hideHelp();
  return option;
}

/** The examples and notes after a command's options, laid out at the help width. */
function helpAfter(wiring: CommandWiring, context: WiringContext): string {
  const width = context.width();
  const parts: string[] = [];
  const notes = wiring.notes?.(context, width) ?? [];
  if (wiring.notesFirst && notes.length > 0) parts.push(['', ...notes].join('\n'));
  if (wiring.examples) parts.push(helpExamples(wiring.examples, width));
  if (!wiring.notesFirst && notes.length > 0) parts.push(['', ...notes].join('\n'));
  return parts.join('\n');
}

/** Adds the command `wiring` names to its parent (the program, or `data` for `data update`). */
export function wire(parent: Command, wiring: CommandWiring, context: WiringContext): Command {
  const spec = COMMANDS.find((command) => command.name === wiring.name);
  if (spec === undefined) throw new Error(`command ${wiring.name} is not in the table`);
  const command = parent
    .command(wiring.name.split(' ').at(-1) ?? wiring.name)
    .description(spec.description);
  const { argument } = spec;
  if (argument !== undefined) {
    const made = new Argument(argument.syntax, argument.description);
    command.addArgument(argument.choices ? made.choices(argument.choices) : made);
  }
  // The options are added when the command is dispatched (addOptionsOnDispatch): a run builds
  // only its own command's, and `--help` none.
  PENDING_OPTIONS.set(command, spec.name);
  if (wiring.examples !== undefined || wiring.notes !== undefined)
    command.addHelpText('after', () => helpAfter(wiring, context));
  const { run } = wiring;
  if (run !== undefined)
    command.action(async (...args: unknown[]) => {
      // Commander passes the arguments, the options, then the command itself.
      context.setOutcome(await run(context, ...(args.slice(0, -1) as never[])));
    });
  return command;
}

/** The program's options a command's work reads (`--color`, `--no-color`). */
export function globalOptionsOf(program: Command): { color?: boolean } {
  const { color } = program.opts<{ color?: boolean }>();
  return color === undefined ? {} : { color };
}
