/**
 * Every command and every flag of the CLI, once, as data: what it is called, what it says in
 * help, what values it takes and its default, which commands have it, its environment
 * variable and config-file key, and how a shell completes it. Commander's registration
 * (cli/program.ts and cli/wiring/), the firm settings (config/settings.ts), completion
 * (cli/completion.ts) and the README's tables of flags, settings and exit codes
 * (scripts/build/readme-tables.ts, checked by a test) are all made from it.
 *
 * Pure data: `--help` loads it, so it imports nothing heavier than the question catalogue.
 */
import type { CamelCase } from './camel-case.js';
import { QUESTIONS, allowedValues, flagOf, type QuestionId } from './plan/questions.js';

/** What the program says it is, atop `--help`. */
export const PROGRAM_DESCRIPTION =
  'What a U.S. federal court e-filer must do to file in a NextGen CM/ECF court: PACER account, upgrade, linking, CJA exemption, MFA.';

/** The commands, by the words that run them. */
export const COMMAND_NAMES = [
  'check',
  'roster',
  'courts',
  'validate',
  'data',
  'data update',
  'data status',
  'data diff',
  'data reset',
  'config',
  'completion',
  'questions',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What a value completes to in a shell: paths, the court ids, its choices, or nothing. */
export type Completion = 'file' | 'dir' | 'court-ids' | 'choices' | 'answer' | 'none';

export interface CommandSpec {
  readonly name: CommandName;
  readonly description: string;
  /** Its argument, as commander writes it (`[file]`, `<shell>`), and what completes it. */
  readonly argument?: {
    readonly syntax: string;
    readonly description: string;
    readonly choices?: readonly string[];
    readonly complete: Completion;
  };
}

/** A firm default (README, "Firm defaults"): a flag's value from the environment or a file. */
export interface SettingSpec {
  /** Its environment variable; its config-file key is the flag's long name. */
  readonly env: string;
  /** The commands that read it, where fewer than those with the flag. */
  readonly commands?: readonly CommandName[];
  /** Its value, as the README's table of settings says it. */
  readonly value: string;
}

export interface OptionSpec {
  /** As commander writes it: `-c, --court <id>`, `--exit-code`, `--no-input`. */
  readonly flags: string;
  /** Help text: the same on every command but where `on` gives one of its own. */
  readonly description: string;
  /** One line for the README's table of flags, the same on every command. */
  readonly summary: string;
  /** The commands that have it; 'program': the program itself, so every command. */
  readonly commands: readonly CommandName[] | 'program';
  /** What a command says or takes of its own. */
  readonly on?: { readonly [C in CommandName]?: { description?: string; choices?: string[] } };
  readonly choices?: readonly string[];
  readonly default?: string;
  /** May be given more than once, each a list (`--court ctd,utd --court nyed`). */
  readonly repeatable?: boolean;
  /** An old spelling kept for scripts: it works, but help and completion leave it out. */
  readonly hidden?: boolean;
  /** A question's answer: listed in check's Answers block rather than with the options. */
  readonly answer?: QuestionId;
  readonly setting?: SettingSpec;
  /** What its value completes to; undefined for a flag that takes none. */
  readonly complete?: Completion;
}

/** A question's flag on check: `--linked <value|court=value,...>`, its values, completed. */
function answerOption(question: (typeof QUESTIONS)[number]): OptionSpec {
  const value =
    question.scope === 'court' ? 'value|court=value,...' : question.multiple ? 'values' : 'value';
  return {
    flags: `${flagOf(question)} <${value}>`,
    description: `${question.summary}: ${allowedValues(question).replaceAll('|', ', ')}`,
    summary: 'an answer, e.g. `--pacer-account legacy`; flags win over the `--answers` file',
    commands: ['check'],
    answer: question.id,
    complete: 'answer',
  };
}

const REPORT_FORMATS = ['text', 'json'];

/**
 * Every flag. Each command lists its own in this order; the program's come first in help.
 * Keys are for the code; the flag is what users see.
 */
export const OPTIONS = {
  version: {
    flags: '-v, --version',
    description: 'print the version and the age of the court data',
    summary: "the version and the court data's age",
    commands: 'program',
  },
  // `--color` before `--no-color`, so that neither is the default: undefined means "decide
  // from the terminal and NO_COLOR / FORCE_COLOR".
  color: {
    flags: '--color',
    description: 'colour text output even when it is not a terminal',
    summary: 'colour even on a pipe (wins over `NO_COLOR`)',
    commands: 'program',
  },
  'no-color': {
    flags: '--no-color',
    description: 'no colour in text output',
    summary: 'no colour (wins over `FORCE_COLOR`)',
    commands: 'program',
  },
  config: {
    flags: '--config <file>',
    description:
      'firm defaults from this file instead of the one found from here up (see `nextgen-ready config`)',
    summary:
      'firm defaults from this file ([Firm defaults](#firm-defaults-environment-and-config-file))',
    commands: 'program',
    complete: 'file',
  },
  help: {
    flags: '-h, --help',
    description: 'show help',
    summary: 'help',
    commands: 'program',
  },
  template: {
    flags: '--template',
    description: 'print a CSV header with every column and one example row',
    summary: 'print a roster template: the CSV header and one example row',
    commands: ['roster'],
  },
  type: {
    flags: '--type <type>',
    description: 'only courts of this type: district, bankruptcy or appellate',
    summary: 'only courts of this type: district, bankruptcy or appellate',
    commands: ['courts'],
    complete: 'none',
  },
  state: {
    flags: '--state <state>',
    description:
      'courts in this state or territory (postal code or name), and the court of appeals for its circuit',
    summary: "courts in this state (postal code or name), and its circuit's court of appeals",
    commands: ['courts'],
    complete: 'none',
  },
  circuit: {
    flags: '--circuit <circuit>',
    description: 'courts in this circuit: 1 to 11, dc or federal',
    summary: 'courts in this circuit: 1 to 11, dc or federal',
    commands: ['courts'],
    complete: 'none',
  },
  county: {
    flags: '--county <county>',
    description:
      "the district and bankruptcy court covering this county (needs --state), from PACER's court feed",
    summary: 'the courts covering this county (with `--state`)',
    commands: ['courts'],
    complete: 'none',
  },
  search: {
    flags: '--search <text>',
    description:
      'courts that every word of this text names: its id, name, state, type or a city it sits in',
    summary: 'courts that every word names (id, name, state, type or city)',
    commands: ['courts'],
    complete: 'none',
  },
  court: {
    flags: '-c, --court <id>',
    description: 'court id, e.g. ctd (repeatable, or a list: ctd,utd)',
    summary: 'court ids (repeatable, or a list: `ctd,utd`); `nextgen-ready courts` lists them',
    commands: ['check', 'roster'],
    on: {
      roster: {
        description: 'courts for rows whose courts cell is empty (repeatable, or a list: ctd,utd)',
      },
    },
    repeatable: true,
    complete: 'court-ids',
  },
  courts: {
    flags: '--courts <ids>',
    description: 'the old spelling of --court',
    summary: 'the old spelling of `--court`',
    commands: ['roster'],
    repeatable: true,
    hidden: true,
    complete: 'court-ids',
  },
  answers: {
    flags: '-a, --answers <file>',
    description: 'answers file (YAML or JSON) keyed by question id, - for stdin; flags win over it',
    summary: 'an answers file (YAML or JSON, keyed by question id; `-` for stdin)',
    commands: ['check', 'roster'],
    on: {
      roster: {
        description:
          "answers for every row (YAML or JSON, as for check; - for stdin); a row's own cells win",
      },
    },
    setting: { env: 'NEXTGEN_READY_ANSWERS', value: 'an answers file' },
    complete: 'file',
  },
  'as-of': {
    flags: '--as-of <date>',
    description: 'plan for this day instead of today (YYYY-MM-DD)',
    summary: 'plan for this day instead of today (`YYYY-MM-DD`)',
    commands: ['check', 'roster', 'courts'],
    setting: { env: 'NEXTGEN_READY_AS_OF', value: 'YYYY-MM-DD' },
    complete: 'none',
  },
  format: {
    flags: '-f, --format <format>',
    description: 'output format',
    summary: 'what stdout gets (default `text`); each command lists its formats',
    commands: ['check', 'roster', 'courts', 'data status', 'data diff', 'config', 'questions'],
    on: {
      check: { choices: ['text', 'json', 'markdown', 'html'] },
      roster: { description: 'the report on stdout', choices: ['text', 'json', 'csv', 'markdown'] },
    },
    choices: REPORT_FORMATS,
    default: 'text',
    setting: {
      env: 'NEXTGEN_READY_FORMAT',
      commands: ['check', 'roster'],
      value: '`text`, `json`, `markdown`, `html` or `csv`',
    },
    complete: 'choices',
  },
  output: {
    flags: '-o, --output <file>',
    description:
      'write the result here: a file (written whole, keeping its mode), a device, or - for stdout',
    summary:
      'write the one result to this file instead of stdout ([Writing --output](check.md#writing---output-and---save-answers))',
    commands: ['check'],
    complete: 'file',
  },
  'save-answers': {
    flags: '--save-answers <file>',
    description:
      'also write the answers to this YAML file, by the rules of --output, for --answers to read back',
    summary: 'also write the answers to this YAML file, for `--answers` to reuse',
    commands: ['check'],
    complete: 'file',
  },
  sources: {
    flags: '--sources',
    description:
      'in a text plan, mark each fact with its source and list the sources at the end (Markdown, HTML and JSON always carry them)',
    summary: "a text plan with each fact's source and the list of sources",
    commands: ['check'],
  },
  out: {
    flags: '--out <dir>',
    description:
      'also write a Markdown and an HTML checklist per attorney, summary.csv, summary.json and index.html (a dashboard) here (each written whole; nothing else in the directory is removed)',
    summary: 'the directory of checklists and summaries',
    commands: ['roster'],
    complete: 'dir',
  },
  // `-o` names a file on every command; roster's old `-o DIR` (for --out) still works for the
  // scripts that use it, hidden and with a warning, until it can mean --output here too.
  'old-out': {
    flags: '-o <dir>',
    description: 'the old spelling of --out',
    summary: 'the old spelling of `--out` (with a warning)',
    commands: ['roster'],
    hidden: true,
    complete: 'dir',
  },
  bom: {
    flags: '--bom',
    description: 'with --format csv: start stdout with the UTF-8 BOM, so Excel shows accents',
    summary: 'with `--format csv`: start stdout with the UTF-8 BOM, for Excel',
    commands: ['roster'],
  },
  'exit-code': {
    flags: '--exit-code',
    description: 'exit with 1 when actions remain',
    summary: 'exit 1 when actions remain',
    commands: ['check', 'roster'],
  },
  input: {
    flags: '--no-input',
    description: 'never ask; fail with exit 2 naming every missing answer',
    summary: 'never ask; a missing answer ends the run with exit 2',
    commands: ['check'],
  },
  quiet: {
    flags: '-q, --quiet',
    description:
      'no progress line and no notes ("Wrote ...") on stderr; errors and warnings are still printed',
    summary: 'no progress line or notes on stderr; errors and warnings still',
    commands: ['roster'],
  },
  'courts-dir': {
    flags: '--courts-dir <dir>',
    description:
      "a directory of the firm's own court profiles (*.yaml); adds courts or replaces bundled ones by id; repeatable",
    summary: "the firm's own court profiles; they add courts or replace bundled ones by id",
    commands: ['check', 'roster', 'courts'],
    repeatable: true,
    setting: {
      env: 'NEXTGEN_READY_COURTS_DIR',
      value: 'a directory, or a list (`:`-separated in the variable)',
    },
    complete: 'dir',
  },
  from: {
    flags: '--from <file>',
    description: 'take the feed from this file (a copy saved on another machine)',
    summary: 'take the feed from this file (a copy saved on another machine)',
    commands: ['data update'],
    complete: 'file',
  },
  url: {
    flags: '--url <url>',
    description: "fetch it from this address instead of PACER's (a firm's mirror)",
    summary: "fetch the feed from this address (a firm's mirror)",
    commands: ['data update'],
    complete: 'none',
  },
  timeout: {
    flags: '--timeout <seconds>',
    description: 'give up after this many seconds (default 60)',
    summary: 'give up fetching after this many seconds (default 60)',
    commands: ['data update'],
    complete: 'none',
  },
} as const satisfies Record<string, OptionSpec>;
export type OptionKey = keyof typeof OPTIONS;

/** Every option, with its key, in table order: the table, then check's answer flags. */
export const OPTION_LIST: readonly (OptionSpec & { key: string })[] = [
  ...Object.entries(OPTIONS).map(([key, spec]: [string, OptionSpec]) => ({ key, ...spec })),
  ...QUESTIONS.map((question) => ({ key: question.id, ...answerOption(question) })),
];

/** The options of one command, in table order ('program': the program's own). */
export function optionsOf(command: CommandName | 'program'): (OptionSpec & { key: string })[] {
  return OPTION_LIST.filter((option) =>
    command === 'program'
      ? option.commands === 'program'
      : option.commands !== 'program' && option.commands.includes(command),
  );
}

/** What an option says and takes on one command. */
export function optionOn(
  option: OptionSpec,
  command: CommandName | 'program',
): { description: string; choices: readonly string[] | undefined } {
  const own = command === 'program' ? undefined : option.on?.[command];
  return {
    description: own?.description ?? option.description,
    choices: own?.choices ?? option.choices,
  };
}

/** The long flag (`--courts-dir`), or the short one where there is no long one (`-o`). */
export function longFlagOf(option: Pick<OptionSpec, 'flags'>): string {
  const names = option.flags.split(/[ ,]+/).filter((word) => word.startsWith('-'));
  return names.find((name) => name.startsWith('--')) ?? names[0] ?? '';
}

export { camelCaseOf, type CamelCase } from './camel-case.js';

/** The answer flags a command line gave check, by commander's name for them (`pacerAccount`). */
export type AnswerFlags = { [Q in QuestionId as CamelCase<Q>]?: unknown };

/** The options a firm may set once: their key is the config file's (and the flag's long name). */
export type SettingKey = {
  [K in OptionKey]: (typeof OPTIONS)[K] extends { readonly setting: SettingSpec } ? K : never;
}[OptionKey];

export interface Setting extends SettingSpec {
  readonly key: SettingKey;
  readonly commands: readonly CommandName[];
  readonly option: OptionSpec;
}

/**
 * The order `config`, its JSON and the README list the settings in (as before the table): a
 * setting of the table missing here fails the type check.
 */
const SETTING_ORDER = ['courts-dir', 'answers', 'as-of', 'format'] as const;
export const SETTING_ORDER_IS_COMPLETE: Exclude<
  SettingKey,
  (typeof SETTING_ORDER)[number]
> extends never
  ? true
  : never = true;

/** The settings (README, "Firm defaults"). */
export const SETTINGS: readonly Setting[] = SETTING_ORDER.map((key): Setting => {
  const option: OptionSpec = OPTIONS[key];
  const setting = option.setting!;
  const commands = option.commands === 'program' ? [] : option.commands;
  return { ...setting, key, commands: setting.commands ?? commands, option };
});

/** In the order help lists them; a subcommand after its parent. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    description:
      'Ask about your accounts and print your personal, ordered action list for one or more courts',
  },
  {
    name: 'roster',
    description:
      'Plan a whole roster of attorneys unattended: one checklist each, and a summary of who is ready',
    argument: {
      syntax: '[file]',
      description:
        'the roster: CSV as Excel saves it, or a YAML or JSON list of records; - reads it from stdin',
      complete: 'file',
    },
  },
  {
    name: 'courts',
    description:
      "List the courts with their NextGen status and go-live date; find yours by type, state, circuit, county or name; give an id for one court's facts",
    argument: {
      syntax: '[id]',
      description: "a court id: print that court's facts (addresses, help desks, its own rules)",
      complete: 'court-ids',
    },
  },
  {
    name: 'validate',
    description: 'Check court profiles: the bundled ones, or every *.yaml in the given directories',
    argument: {
      syntax: '[dir...]',
      description:
        'directories of court profiles (default: the bundled profiles and national procedures)',
      complete: 'dir',
    },
  },
  {
    name: 'data',
    description: "Keep the court data current from PACER's court feed: update, status, diff, reset",
  },
  {
    name: 'data update',
    description:
      "Fetch PACER's court feed, check it, and store it: from then on it is the court data in force",
  },
  {
    name: 'data status',
    description:
      "Say which court data is in force: bundled or downloaded, the feed's day, when it was fetched, how many courts",
  },
  {
    name: 'data diff',
    description: 'List what the downloaded feed changes against the bundled data, court by court',
  },
  {
    name: 'data reset',
    description: 'Remove the downloaded feed: the bundled court data is in force again',
  },
  {
    name: 'config',
    description: `Print the firm defaults in force (${SETTINGS.map((setting) => setting.key).join(', ')}) and where each comes from`,
  },
  {
    name: 'completion',
    description:
      'Print a completion script for bash, zsh or fish: commands, flags, answers and court ids',
    argument: {
      syntax: '<shell>',
      description: 'the shell',
      choices: ['bash', 'zsh', 'fish'],
      complete: 'choices',
    },
  },
  {
    name: 'questions',
    description: 'Print the question catalogue: ids, allowed values, when each is asked',
  },
];
