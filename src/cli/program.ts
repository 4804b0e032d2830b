/**
 * The program: commander made from the table of commands and flags (src/options.ts), each
 * command's help and action from its wiring (wiring/*.ts). Each command's work lives in its
 * own module, imported when the command runs, so `--help` and `--version` load nothing else.
 */
import { Command, Help } from 'commander';
import type { BundledFeed } from '../feed/store.js';
import { OPTIONS, PROGRAM_DESCRIPTION, optionsOf } from '../options.js';
import { applySettings } from './config.js';
import { describeFeedForVersion } from './data-age.js';
import { exitCodesHelp, type Outcome } from './exit-codes.js';
import { HELP_CONFIGURATION, helpExamples, helpParagraph, helpWidthOf } from './help-layout.js';
import type { Io } from './io.js';
import { readVersion } from './version.js';
import { CHECK_WIRING } from './wiring/check-wiring.js';
import { COMPLETION_WIRING } from './wiring/completion-wiring.js';
import { CONFIG_WIRING } from './wiring/config-wiring.js';
import { COURTS_WIRING } from './wiring/courts-wiring.js';
import { DATA_HELP, DATA_WIRINGS } from './wiring/data-wiring.js';
import { QUESTIONS_WIRING } from './wiring/questions-wiring.js';
import { ROSTER_WIRING } from './wiring/roster-wiring.js';
import { VALIDATE_WIRING } from './wiring/validate-wiring.js';
import {
  addOptionsOnDispatch,
  optionFrom,
  subcommandTerm,
  wire,
  type CommandWiring,
  type WiringContext,
} from './wiring/wire.js';

// The build writes the version, the bundled data's age and the bundled copy of PACER's court
// feed in (scripts/build/build.ts); from source the version is read from package.json and the
// age is left out.
declare const __NEXTGEN_READY_DATA_AGE__: string | undefined;
declare const __NEXTGEN_READY_BUNDLED_FEED__: BundledFeed | undefined;

/**
 * What `--version` prints: the version, then how old the court data in force is: the feed a
 * `data update` stored, if one is in force (one small file read, only when there is one), else
 * the bundled data.
 */
function versionText(env: Io['env']): string {
  if (typeof __NEXTGEN_READY_BUNDLED_FEED__ !== 'object') return readVersion();
  const rest = typeof __NEXTGEN_READY_DATA_AGE__ === 'string' ? __NEXTGEN_READY_DATA_AGE__ : '';
  const feed = describeFeedForVersion(env, __NEXTGEN_READY_BUNDLED_FEED__);
  return `${readVersion()}\nCourt data: ${[feed, rest].filter(Boolean).join('; ')}`;
}

/** Every command's wiring, in the order help lists them; `data`'s subcommands go under it. */
const WIRINGS: readonly CommandWiring[] = [
  CHECK_WIRING,
  ROSTER_WIRING,
  COURTS_WIRING,
  VALIDATE_WIRING,
  DATA_HELP,
  ...DATA_WIRINGS,
  CONFIG_WIRING,
  COMPLETION_WIRING,
  QUESTIONS_WIRING,
];

/**
 * Builds the program; `setOutcome` receives each command's outcome, `holdError` commander's
 * own error text (the edge words it by the no-echo rule before printing it).
 */
export function buildProgram(
  io: Io,
  setOutcome: (outcome: Outcome) => void,
  holdError: (text: string) => void = (text) => io.stderr.write(text),
): Command {
  // Help is laid out at stdout's width when it is asked for, as the plan is.
  const width = () => helpWidthOf(io.stdout, io.env);
  const program = new Command('nextgen-ready')
    .description(PROGRAM_DESCRIPTION)
    .version(versionText(io.env), OPTIONS.version.flags, OPTIONS.version.description)
    .helpOption(OPTIONS.help.flags, OPTIONS.help.description)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: width,
      getErrHelpWidth: () => helpWidthOf(io.stderr, io.env),
      outputError: (text) => holdError(text),
    })
    // Every command inherits the layout, and lists these with its own options.
    .configureHelp({
      ...HELP_CONFIGURATION,
      subcommandTerm(this: Help, command: Command) {
        return subcommandTerm(command, Help.prototype.subcommandTerm.call(this, command));
      },
    })
    .addHelpText(
      'after',
      () =>
        `${helpExamples(PROGRAM_EXAMPLES, width())}\n\n${helpParagraph(exitCodesHelp(), width())}`,
    );
  // Global options, read before or after the command name (commander takes a program's
  // options anywhere on the line unless positional options are turned on; they are not).
  for (const option of optionsOf('program'))
    if (option.key !== 'version' && option.key !== 'help')
      program.addOption(optionFrom(option, 'program'));
  // Firm defaults (environment, config file) fill what the flags left unset, before the
  // command runs: its work sees one set of options and never asks where they came from.
  program.hook('preAction', async (_program, command) => {
    await applySettings(command, io, program.opts<{ config?: string }>().config);
  });
  const context: WiringContext = { io, program, setOutcome, width };
  const made = new Map<string, Command>();
  addOptionsOnDispatch(program);
  for (const wiring of WIRINGS) {
    const parent = wiring.name.includes(' ') ? made.get(wiring.name.split(' ')[0]!) : program;
    const command = wire(parent ?? program, wiring, context);
    if (!wiring.name.includes(' ')) addOptionsOnDispatch(command);
    made.set(wiring.name, command);
  }
  return program;
}

const PROGRAM_EXAMPLES = [
  'nextgen-ready check --court ctd',
  'nextgen-ready check --court utd --answers answers.yaml --format json --no-input',
  'nextgen-ready courts',
  'nextgen-ready questions',
  'nextgen-ready validate ./my-courts',
  'nextgen-ready data update',
];
