/**
 * Commander wiring only: commands, options, help text. Each command's work lives in its own
 * module, imported when the command runs, so `--help` and `--version` load nothing else.
 */
import { Argument, Command, Option } from 'commander';
import { QUESTIONS, allowedValues, flagOf } from '../plan/questions.js';
import { UserError } from '../errors.js';
import type { BundledFeed } from '../feed/store.js';
import { applySettings } from './config.js';
import { describeFeedForVersion } from './data-age.js';
import { EXIT_CODES_HELP, type Outcome } from './exit-codes.js';
import {
  HELP_CONFIGURATION,
  helpExamples,
  helpItem,
  helpParagraph,
  helpWidthOf,
} from './help-layout.js';
import type { Io } from './io.js';
import { readVersion } from './version.js';

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

// No default of []: help would print "(default: [])"; every reader takes undefined as none.
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const courtsDirOption = () =>
  new Option(
    '--courts-dir <dir>',
    "a directory of the firm's own court profiles (*.yaml); adds courts or replaces bundled ones by id; repeatable",
  ).argParser(collect);
const asOfOption = () =>
  new Option('--as-of <date>', 'plan for this day instead of today (YYYY-MM-DD)');
/** `-c, --court`: court ids, on every command that takes them. */
const courtOption = (description: string) =>
  new Option('-c, --court <id>', description).argParser(collect);

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
  const examples = (commands: readonly string[]) => () => helpExamples(commands, width());
  const program = new Command('nextgen-ready')
    .description(
      'What a U.S. federal court e-filer must do to file in a NextGen CM/ECF court: PACER account, upgrade, linking, CJA exemption, MFA.',
    )
    .version(
      versionText(io.env),
      '-v, --version',
      'print the version and the age of the court data',
    )
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: width,
      getErrHelpWidth: () => helpWidthOf(io.stderr, io.env),
      outputError: (text) => holdError(text),
    })
    // Global options, read before or after the command name (commander takes a program's
    // options anywhere on the line unless positional options are turned on; they are not).
    // `--color` is defined first so that neither is the default: undefined means "decide
    // from the terminal and NO_COLOR / FORCE_COLOR".
    .option('--color', 'colour text output even when it is not a terminal')
    .option('--no-color', 'no colour in text output')
    .option(
      '--config <file>',
      'firm defaults from this file instead of the one found from here up (see `nextgen-ready config`)',
    )
    .configureHelp(HELP_CONFIGURATION)
    .addHelpText(
      'after',
      () =>
        examples([
          'nextgen-ready check --court ctd',
          'nextgen-ready check --court utd --answers answers.yaml --format json --no-input',
          'nextgen-ready courts',
          'nextgen-ready questions',
          'nextgen-ready validate ./my-courts',
          'nextgen-ready data update',
        ])() + `\n\n${helpParagraph(EXIT_CODES_HELP, width())}`,
    );
  /** The global options a command's work reads. */
  const globals = () => {
    const { color } = program.opts<{ color?: boolean }>();
    return color === undefined ? {} : { color };
  };
  // Firm defaults (environment, config file) fill what the flags left unset, before the
  // command runs: its work sees one set of options and never asks where they came from.
  program.hook('preAction', async (_program, command) => {
    await applySettings(command, io, program.opts<{ config?: string }>().config);
  });

  program
    .command('check')
    .description(
      'Ask about your accounts and print your personal, ordered action list for one or more courts',
    )
    .addOption(courtOption('court id, e.g. ctd (repeatable, or a list: ctd,utd)'))
    .option(
      '-a, --answers <file>',
      'answers file (YAML or JSON) keyed by question id, - for stdin; flags win over it',
    )
    .addOption(asOfOption())
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'markdown', 'html'])
        .default('text'),
    )
    .option(
      '-o, --output <file>',
      'write the result here: a file (written whole, keeping its mode), a device, or - for stdout',
    )
    .option(
      '--save-answers <file>',
      'also write the answers to this YAML file, by the rules of --output, for --answers to read back',
    )
    .option('--exit-code', 'exit with 1 when actions remain')
    .option('--no-input', 'never ask; fail with exit 2 naming every missing answer')
    .addOption(courtsDirOption())
    .configureHelp(HELP_CONFIGURATION)
    .addHelpText('after', () => questionFlagHelp(width()))
    .addHelpText(
      'after',
      examples([
        'nextgen-ready check',
        'nextgen-ready check --court ctd --save-answers answers.yaml',
        'nextgen-ready check --court ctd --court utd --as-of 2020-01-15',
        'nextgen-ready check --court utd --filer attorney --pacer-account individual --account-type legacy --linked no --ecf-login known --cja no --firm-billing no --bankruptcy no --mfa enrolled --no-input',
        'nextgen-ready check --court ctd,utd --answers answers.yaml --linked ctd=yes,utd=no --format json --no-input',
        'nextgen-ready check --court cacd --answers answers.yaml --format markdown --output plan.md',
        'nextgen-ready check --court ctd --answers answers.yaml --format html --output plan.html',
      ]),
    )
    .action(async (options: Record<string, unknown>) => {
      const { check } = await import('./commands.js');
      setOutcome(await check({ ...options, ...globals() }, io));
    });
  const checkCommand = program.commands.find((command) => command.name() === 'check');
  for (const question of QUESTIONS) {
    const valueName =
      question.scope === 'court' ? 'value|court=value,...' : question.multiple ? 'values' : 'value';
    checkCommand?.addOption(
      new Option(
        `${flagOf(question)} <${valueName}>`,
        `${question.summary}: ${allowedValues(question).replaceAll('|', ', ')}`,
      ).hideHelp(),
    );
  }

  program
    .command('roster')
    .description(
      'Plan a whole roster of attorneys unattended: one checklist each, and a summary of who is ready',
    )
    .argument(
      '[file]',
      'the roster: CSV as Excel saves it, or a YAML or JSON list of records; - reads it from stdin',
    )
    .option('--template', 'print a CSV header with every column and one example row')
    .addOption(
      courtOption('courts for rows whose courts cell is empty (repeatable, or a list: ctd,utd)'),
    )
    // The old spelling, kept for scripts (README, "Flags"): hidden from help and completion.
    .addOption(new Option('--courts <ids>').argParser(collect).hideHelp())
    .option(
      '-a, --answers <file>',
      "answers for every row (YAML or JSON, as for check; - for stdin); a row's own cells win",
    )
    .addOption(asOfOption())
    .addOption(
      new Option('-f, --format <format>', 'the report on stdout')
        .choices(['text', 'json', 'csv', 'markdown'])
        .default('text'),
    )
    .option(
      '--out <dir>',
      'also write a Markdown and an HTML checklist per attorney, summary.csv, summary.json and index.html (a dashboard) here (each written whole; nothing else in the directory is removed)',
    )
    // `-o` names a file on every command; roster's old `-o DIR` (for --out) still works for the
    // scripts that use it, hidden and with a warning, until it can mean --output here too.
    .addOption(new Option('-o <dir>').hideHelp())
    .option('--bom', 'with --format csv: start stdout with the UTF-8 BOM, so Excel shows accents')
    .option('--exit-code', 'exit with 1 when actions remain')
    .option(
      '-q, --quiet',
      'no progress line and no notes ("Wrote ...") on stderr; errors and warnings are still printed',
    )
    .addOption(courtsDirOption())
    .configureHelp(HELP_CONFIGURATION)
    .addHelpText(
      'after',
      () =>
        [
          '',
          helpParagraph(
            `Columns: name (required), email, id, courts (ids separated by ";" or spaces), and one per question id: ${QUESTIONS.map((question) => question.id).join(', ')}.`,
            width(),
          ),
          helpParagraph(
            'Values are those of check (`nextgen-ready questions`); per court: ctd=yes;utd=no. An empty cell is not given. A column that looks like a password, PIN, secret or token refuses the file.',
            width(),
          ),
          '',
          helpParagraph(
            'Exit codes: 0 done · 1 actions remain (with --exit-code) · 2 a row or the file has an error (every good row is still planned and written) · 74 the disk or stdout failed · 75 another run holds --out · 130 stopped by a signal (every file written is whole)',
            width(),
          ),
        ].join('\n') +
        '\n' +
        examples([
          'nextgen-ready roster --template > team.csv',
          'nextgen-ready roster team.csv --as-of 2026-01-05',
          'nextgen-ready roster team.csv --court ctd,utd --answers firm-defaults.yaml --out checklists',
          'nextgen-ready roster team.csv --format json > roster.json',
          'nextgen-ready roster team.yaml --format csv --exit-code',
        ])(),
    )
    .action(
      async (
        file: string | undefined,
        options: Record<string, unknown> & { court?: string[]; courts?: string[] },
      ) => {
        const { roster } = await import('./roster.js');
        const { court, courts, o: oldOut, ...rest } = options;
        if (oldOut !== undefined) {
          if (rest.out !== undefined)
            throw new UserError('-o and --out both name the directory; give --out alone', {
              hint: 'On roster, -o is the old spelling of --out.',
            });
          rest.out = oldOut;
          io.stderr.write(
            'warning: roster -o is the old spelling of --out DIR (-o names a file on other commands); use --out\n',
          );
        }
        setOutcome(
          await roster(file, { ...rest, courts: [...(court ?? []), ...(courts ?? [])] }, io),
        );
      },
    );

  program
    .command('courts')
    .description(
      'List the courts with their NextGen status and go-live date; find yours by type, state, circuit, county or name',
    )
    .option('--type <type>', 'only courts of this type: district, bankruptcy or appellate')
    .option(
      '--state <state>',
      'courts in this state or territory (postal code or name), and the court of appeals for its circuit',
    )
    .option('--circuit <circuit>', 'courts in this circuit: 1 to 11, dc or federal')
    .option(
      '--county <county>',
      "the district and bankruptcy court covering this county (needs --state), from PACER's court feed",
    )
    .option('--search <text>', 'courts whose id, name or state contains this text')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(asOfOption())
    .addOption(courtsDirOption())
    .configureHelp(HELP_CONFIGURATION)
    .addHelpText(
      'after',
      examples([
        'nextgen-ready courts',
        'nextgen-ready courts --state AZ',
        'nextgen-ready courts --county Maricopa --state AZ',
        'nextgen-ready courts --type bankruptcy --state "New York"',
        'nextgen-ready courts --circuit 9 --type district',
        'nextgen-ready courts --search "southern district" --format json',
        'nextgen-ready courts --courts-dir ./firm-courts',
      ]),
    )
    .addHelpText(
      'after',
      () =>
        `\n${helpParagraph('Filters combine: a court must match all of them. No match is not an error: the list is empty (JSON: []) and a hint goes to stderr.', width())}`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { courts } = await import('./courts.js');
      setOutcome(await courts({ ...options, ...globals() }, io));
    });

  program
    .command('validate')
    .description('Check court profiles: the bundled ones, or every *.yaml in the given directories')
    .argument(
      '[dir...]',
      'directories of court profiles (default: the bundled profiles and national procedures)',
    )
    .addHelpText(
      'after',
      examples(['nextgen-ready validate', 'nextgen-ready validate ./firm-courts']),
    )
    .action(async (dirs: string[]) => {
      const { validate } = await import('./commands.js');
      setOutcome(await validate({ dirs }, io));
    });

  const data = program
    .command('data')
    .description("Keep the court data current from PACER's court feed: update, status, diff, reset")
    .addHelpText(
      'after',
      () =>
        examples([
          'nextgen-ready data update',
          'nextgen-ready data update --from data.json',
          'nextgen-ready data status',
          'nextgen-ready data diff --format json',
          'nextgen-ready data reset',
        ])() +
        `\n\n${helpParagraph("The feed is stored in the user's cache directory (set NEXTGEN_READY_CACHE_DIR to choose another); every command then takes help desks, CM/ECF and web addresses, releases and counties from it, and everything else from the bundled profiles. A fact set by hand in a court's curated file is never changed by it. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.", width())}`,
    );
  data
    .command('update')
    .description(
      "Fetch PACER's court feed, check it, and store it: from then on it is the court data in force",
    )
    .option('--from <file>', 'take the feed from this file (a copy saved on another machine)')
    .option('--url <url>', "fetch it from this address instead of PACER's (a firm's mirror)")
    .option('--timeout <seconds>', 'give up after this many seconds (default 60)')
    .addHelpText(
      'after',
      () =>
        examples([
          'nextgen-ready data update',
          'nextgen-ready data update --from ~/Downloads/data.json',
          'HTTPS_PROXY=http://proxy.firm.example:8080 nextgen-ready data update',
        ])() +
        `\n\n${helpParagraph('A feed that is a web page, cut short, of another shape, over 10 MB, missing courts or older than the data in force is refused: the data in force stays as it was.', width())}\n${helpParagraph('Exit codes: 0 stored (or already stored) · 2 usage · 65 feed refused · 69 feed could not be fetched (try later)', width())}`,
    )
    .action(async (options: { from?: string; url?: string; timeout?: string }) => {
      const { dataUpdate } = await import('./data.js');
      setOutcome(await dataUpdate(options, io));
    });
  data
    .command('status')
    .description(
      "Say which court data is in force: bundled or downloaded, the feed's day, when it was fetched, how many courts",
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (options: { format: 'text' | 'json' }) => {
      const { dataStatus } = await import('./data.js');
      setOutcome(dataStatus(options, io));
    });
  data
    .command('diff')
    .description('List what the downloaded feed changes against the bundled data, court by court')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (options: { format: 'text' | 'json' }) => {
      const { dataDiff } = await import('./data.js');
      setOutcome(await dataDiff(options, io));
    });
  data
    .command('reset')
    .description('Remove the downloaded feed: the bundled court data is in force again')
    .action(async () => {
      const { dataReset } = await import('./data.js');
      setOutcome(await dataReset(io));
    });

  program
    .command('config')
    .description(
      'Print the firm defaults in force (courts-dir, answers, as-of, format) and where each comes from',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .configureHelp(HELP_CONFIGURATION)
    .addHelpText(
      'after',
      () =>
        examples([
          'nextgen-ready config',
          'nextgen-ready --config /srv/firm.yaml config --format json',
          'NEXTGEN_READY_FORMAT=json nextgen-ready config',
        ])() +
        `\n\n${helpParagraph('The config file is .nextgen-readyrc.yaml or nextgen-ready.config.yaml, found from the current directory up to the home directory (then the home directory itself), or named with --config. Its paths are relative to its own directory. Flags win over the environment variables (NEXTGEN_READY_COURTS_DIR, NEXTGEN_READY_ANSWERS, NEXTGEN_READY_AS_OF, NEXTGEN_READY_FORMAT), and they over the file. `format` is read by check and roster (csv by roster only, html by check only), as-of and courts-dir also by courts; other commands ignore them.', width())}`,
    )
    .action(async (options: { format: 'text' | 'json' }) => {
      const { config } = await import('./config-command.js');
      setOutcome(await config({ ...options, ...program.opts<{ config?: string }>() }, io));
    });

  program
    .command('completion')
    .description(
      'Print a completion script for bash, zsh or fish: commands, flags, answers and court ids',
    )
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .configureHelp(HELP_CONFIGURATION)
    .addHelpText(
      'after',
      () =>
        examples([
          'source <(nextgen-ready completion bash)',
          'nextgen-ready completion bash > nextgen-ready',
          'nextgen-ready completion zsh > _nextgen-ready',
          'nextgen-ready completion fish > nextgen-ready.fish',
        ])() +
        `\n\n${helpParagraph("Put the bash script in bash-completion's completions directory, the zsh one in a directory of $fpath, the fish one in fish's completions directory (the README says where). It is generated from this version: write it again after an upgrade.", width())}`,
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completion } = await import('./completion.js');
      setOutcome(await completion(shell, program, io));
    });

  program
    .command('questions')
    .description('Print the question catalogue: ids, allowed values, when each is asked')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      examples(['nextgen-ready questions', 'nextgen-ready questions --format json']),
    )
    .action(async (options: { format: 'text' | 'json' }) => {
      const { questions } = await import('./commands.js');
      setOutcome(await questions(options, io));
    });

  return program;
}

/** The question flags, listed in `check --help` from the question catalogue, at `width`. */
function questionFlagHelp(width: number): string {
  const items = QUESTIONS.map((question) => {
    const value =
      question.scope === 'court'
        ? '<value|court=value,...>'
        : question.multiple
          ? '<value,...>'
          : '<value>';
    const values = allowedValues(question).replaceAll('|', ', ');
    const when = question.when ? ` (asked when ${question.when})` : '';
    const preselected = question.safeDefault
      ? `; preselected when asked: ${question.safeDefault}`
      : '';
    return helpItem(
      `${flagOf(question)} ${value}`,
      `${question.summary}: ${values}${preselected}${when}`,
      width,
    );
  });
  return `\n${helpParagraph('Answers (each is also a key of the --answers file; see `nextgen-ready questions`):', width)}\n${items.join('\n')}`;
}
