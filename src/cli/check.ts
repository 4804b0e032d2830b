/**
 * `nextgen-ready check`: reads the profiles and the answers (file, flags, prompts), makes the
 * plan, renders it. Interactive only when stdin is a terminal and --no-input is not given.
 */
import { promises as fsPromises } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { camelCaseOf } from '../camel-case.js';
import type { AnswerFlags } from '../options.js';
import { toSafeLine } from '../safe-text.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { GivenAnswers } from '../plan/answers.js';
import { answerFlagsOf, givenValuesOf } from '../plan/answers-again.js';
import { checkAnswers } from '../plan/check-answers.js';
import { emptyAnswers } from '../plan/given-answers.js';
import { describeMissing } from '../plan/missing-answers.js';
import { QUESTIONS } from '../plan/questions.js';
import { settleAnswers, type SettleRequest } from '../plan/settle.js';
import type { Plan } from '../plan/types.js';
import type { CourtProfile } from '../profile/schema.js';
import type { CourtChoice } from '../prompt/ask.js';
import { renderAnswersYaml } from '../render/answers-file.js';
import { renderJson } from '../render/json.js';
import { countOf } from '../counts.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Outcome } from './exit-codes.js';
import { colorLevelFor, columnsOf, type Io } from './io.js';
import { readAnswersFile } from './plan-input.js';
import { repeatArguments, repeatCommand, shellQuote } from './repeat-command.js';
import { namedCourtIds, readAsOf, readCourtIds } from './shared.js';
import { warnAboutData } from './data-age.js';
import { commandForStderr, forStderr } from './terminal-text.js';

/** check's options, as commander names them; the answer flags by their camelCase name. */
export interface CheckOptions extends AnswerFlags {
  court?: string[];
  answers?: string;
  asOf?: string;
  format?: 'text' | 'json' | 'markdown' | 'html';
  output?: string;
  exitCode?: boolean;
  input?: boolean;
  color?: boolean;
  courtsDir?: string[];
  saveAnswers?: string;
  sources?: boolean;
}

/** The question flags given on the command line, checked. */
export function readAnswerFlags(
  options: CheckOptions,
  knownCourts: readonly string[],
): GivenAnswers {
  const raw: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    const value = options[camelCaseOf(question.id)];
    if (value !== undefined) raw[question.id] = value;
  }
  const { answers, problems } = checkAnswers(raw, knownCourts, 'flag');
  if (problems.length === 1)
    throw new UserError(problems[0]?.message ?? '', {
      hint: 'Run `nextgen-ready questions` for the allowed values.',
    });
  if (problems.length > 1) {
    throw new UserError(`${problems.length} problems in the answer flags`, {
      details: problems.map((p) => p.message),
      hint: 'Run `nextgen-ready questions` for the allowed values.',
    });
  }
  return answers;
}

/** Runs `check` and returns the exit code. */
export async function check(options: CheckOptions, io: Io): Promise<Outcome> {
  const asOf = readAsOf(options.asOf, io);
  if (options.output !== undefined || options.saveAnswers !== undefined)
    await refuseOwnInputs(options);
  const catalog = await loadCatalog({ courtsDirs: options.courtsDir ?? [], env: io.env });
  warnAboutData(catalog.feed, io);
  const knownCourts = [...catalog.courts.keys()];
  const fromFile = options.answers
    ? await readAnswersFile(options.answers, knownCourts)
    : emptyAnswers();
  const fromFlags = readAnswerFlags(options, knownCourts);
  // Prompts go to stderr: they are shown only where the filer can see them.
  const unseen = options.input !== false && io.stdinIsTTY && io.stderr.isTTY !== true;
  const interactive = options.input !== false && io.stdinIsTTY && !unseen;
  if (unseen) io.stderr.write(forStderr(io, `note: ${UNSEEN}`));

  let courtIds = await readCourtIds(options.court ?? [], knownCourts, '--court', (text) =>
    namedCourtIds(catalog, text),
  );
  if (courtIds.length === 0) courtIds = fromFile.courts ?? [];
  const prompts = interactive ? await import('../prompt/ask.js') : undefined;
  // A TERM or HUP signal at a prompt aborts it, so that it can give the terminal back (the
  // cursor, the line) before the run ends as cancelled.
  // (Made only for prompts: process.stderr costs a run that asks nothing.)
  // Without colour where the plan has none (--no-color, NO_COLOR, TERM=dumb): the prompts too.
  const plain = colorLevelFor(io.stderr, io.env, options.color) === 0;
  let output: NodeJS.WritableStream | undefined;
  const promptWidth = columnsOf(io.stderr, io.env);
  const streams = {
    get output() {
      output ??= plain && prompts ? prompts.withoutColour(process.stderr) : process.stderr;
      return output;
    },
    signal: io.interrupt.signal,
    ...(promptWidth === undefined ? {} : { width: promptWidth }),
  };
  // Set before the first question (or the court list): what was asked is what the command
  // printed after the plan gives without asking.
  let asked = false;
  const introduce = () => {
    if (asked) return;
    asked = true;
    io.stderr.write(
      forStderr(
        io,
        'A few questions about your accounts (Ctrl-C to stop). Never type a password here.',
      ),
    );
  };
  if (courtIds.length === 0) {
    if (!prompts) {
      throw new UserError('no court given', {
        hint: 'Pass --court ID (e.g. --court ctd); `nextgen-ready courts` lists the ids.',
      });
    }
    introduce();
    const { searchCourts } = await import('../profile/find-courts.js');
    const profiles = [...catalog.summaries.values()];
    courtIds = await io.interrupt.cooperate(() =>
      prompts.askCourts((text) => searchCourts(profiles, text).map(courtChoiceOf), streams),
    );
  }

  const request: SettleRequest = {
    catalog,
    knownCourts,
    courtIds,
    asOf,
    sources: [{ checked: fromFile }, { checked: fromFlags }],
  };
  const asker = prompts?.createAsker(streams);
  const settled =
    prompts && asker
      ? await io.interrupt.cooperate(() =>
          settleAnswers({
            ...request,
            interview: {
              ask: (question, court, current, preselected) => {
                introduce();
                return asker(question, court, current, preselected);
              },
              review: (entries, conflicts) => prompts.askToReview(entries, conflicts, streams),
            },
          }),
        )
      : await settleAnswers(request);
  if (settled.status === 'problems')
    throw new UserError(settled.problems[0]?.message ?? '', {
      details: settled.problems.slice(1).map((problem) => problem.message),
    });
  if (settled.status === 'missing') {
    const { missing } = settled;
    throw new UserError(
      `missing answers: ${[...new Set(missing.map((m) => m.question.id))].join(', ')}`,
      {
        details: describeMissing(missing, courtIds.length),
        hint: interactive
          ? undefined
          : unseen
            ? 'Pass them as flags or in an --answers file, or run again with stderr on the terminal to be asked.'
            : 'Pass them as flags or in an --answers file, or run in a terminal without --no-input to be asked.',
      },
    );
  }
  if (settled.status === 'conflicts') {
    const [conflict, ...more] = settled.conflicts;
    throw new UserError(conflict ?? '', {
      details: more,
      hint: 'Run `nextgen-ready questions` for what each filer value means.',
    });
  }
  const { plan, answers, courts: courtFacts } = settled;
  if (options.saveAnswers !== undefined)
    await saveAnswers(options.saveAnswers, courtIds, givenValuesOf(answers, courtFacts), io);
  const rendered = await render(plan, options, io);
  if (asked) io.stderr.write('\n'); // The plan apart from the last question.
  if (options.output !== undefined) {
    const { writeOutput } = await import('../io/write-file.js');
    if ((await writeOutput(options.output, rendered, io.stdout)) === 'file')
      io.stderr.write(
        forStderr(
          io,
          `${toSafeLine(`Wrote ${options.format ?? 'text'} plan to ${options.output}`)} (${plan.status}, ${countOf(plan.actions.length, 'action')}).`,
        ),
      );
  } else io.stdout.write(rendered);
  if (asked) io.stderr.write(repeatHint(options, courtIds, answerFlagsOf(answers, courtFacts), io));
  return options.exitCode && plan.actions.length > 0 ? 'actions-remain' : 'ok';
}

/**
 * Writes the answers as a YAML answers file, whole, by --output's rules (the same writer: a
 * device is written to, a link's target replaced, a file's mode and owner kept, a read-only
 * file refused, `-` is stdout), and says so.
 */
async function saveAnswers(
  file: string,
  courtIds: readonly string[],
  values: ReturnType<typeof givenValuesOf>,
  io: Io,
): Promise<void> {
  const { namesStdout, writeOutput } = await import('../io/write-file.js');
  const answers = values.map(({ question, value }) => ({ id: question.id, value }));
  const reuseAs = (await namesStdout(file)) ? 'answers.yaml' : file;
  const text = renderAnswersYaml(courtIds, answers, [
    'Answers for nextgen-ready check; no password or other secret is ever kept here.',
    `Reuse them: nextgen-ready check --answers ${shellQuote(reuseAs)} --no-input`,
  ]);
  if ((await writeOutput(file, text, io.stdout, '--save-answers')) === 'file')
    io.stderr.write(forStderr(io, `${toSafeLine(`Saved the answers to ${file}`)}.`));
}

/** After an interactive check: the command that repeats it unattended (and from the saved file). */
function repeatHint(
  options: CheckOptions,
  courtIds: readonly string[],
  answerFlags: readonly string[],
  io: Io,
): string {
  const withFlags = repeatArguments(options, ['--court', courtIds.join(','), ...answerFlags]);
  let hint = `\n${forStderr(io, 'To run this check again without the questions:')}${commandForStderr(io, repeatCommand(withFlags))}`;
  if (
    options.saveAnswers !== undefined &&
    !/^-$|^\/dev\/(stdout|fd\/1)$/.test(options.saveAnswers)
  ) {
    const withFile = repeatArguments(options, ['--answers', options.saveAnswers]);
    hint += `${forStderr(io, `or, with the answers saved in ${options.saveAnswers}:`)}${commandForStderr(io, repeatCommand(withFile))}`;
  }
  return hint;
}

// Said when stdin is a terminal but stderr, where prompts go, is not (`check 2>err.log`): the
// note lands in that log, where the filer looks when the run ends without a word.
const UNSEEN =
  'no questions are asked: stdin is a terminal, but stderr goes to a file or a pipe, where they could not be seen (pass --no-input to run unattended without this note)';

/** A court as the picker lists it: its short name, and its state when the name lacks it. */
function courtChoiceOf(
  profile: Pick<CourtProfile, 'id' | 'name' | 'shortName' | 'jurisdiction'>,
): CourtChoice {
  const name = profile.shortName ?? profile.name;
  const where =
    profile.jurisdiction && !name.includes(profile.jurisdiction)
      ? ` (${profile.jurisdiction})`
      : '';
  return { id: profile.id, label: `${name}${where}` };
}

/**
 * Refuses an --output or --save-answers that is one of the run's own inputs (`--answers g.yaml
 * --output g.yaml`, a profile in --courts-dir), or that would write where the other result goes
 * (the same file, or both on stdout): writing there would destroy what the run was made from,
 * or one result would overwrite the other.
 */
async function refuseOwnInputs(options: CheckOptions): Promise<void> {
  const { isSameFile, isSameTarget, namesStdout } = await import('../io/write-file.js');
  const { output, saveAnswers } = options;
  const results = [
    { flag: '--output', path: output, what: 'the plan' },
    { flag: '--save-answers', path: saveAnswers, what: 'the answers' },
  ].filter(
    (result): result is { flag: string; path: string; what: string } => result.path !== undefined,
  );
  for (const { flag, path, what } of results) {
    const another = { hint: `Choose another ${flag} path.` };
    if (options.answers !== undefined && (await isSameFile(path, options.answers)))
      throw new UserError(
        `${flag} ${path} is the --answers file: writing ${what} there would destroy the answers`,
        another,
      );
    for (const dir of options.courtsDir ?? []) {
      const names = await fsPromises.readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((each) => /\.ya?ml$/i.test(each)))
        if (await isSameFile(path, join(dir, name)))
          throw new UserError(
            `${flag} ${path} is a court profile in --courts-dir ${dir}: writing ${what} there would destroy it`,
            another,
          );
    }
  }
  if (saveAnswers === undefined) return;
  const planOnStdout = output === undefined || (await namesStdout(output));
  if (planOnStdout && (await namesStdout(saveAnswers)))
    throw new UserError(`--save-answers ${saveAnswers} is stdout, where the plan goes`, {
      hint: 'Give --save-answers a file, or send the plan elsewhere with --output FILE.',
    });
  if (output !== undefined && (await isSameTarget(output, saveAnswers)))
    throw new UserError(
      `--save-answers ${saveAnswers} is the --output file: the plan would overwrite the answers`,
      { hint: 'Give --save-answers and --output different files.' },
    );
}

/** Renders in the asked format; text (chalk) and HTML are loaded only for themselves. */
async function render(plan: Plan, options: CheckOptions, io: Io): Promise<string> {
  switch (options.format) {
    case 'json':
      return renderJson(plan);
    case 'markdown':
      return renderMarkdown(plan);
    case 'html': {
      const { renderHtml } = await import('../render/html.js');
      return renderHtml(plan);
    }
    default: {
      const { renderText } = await import('../render/text.js');
      const toFile = options.output !== undefined;
      const colorLevel = toFile ? 0 : colorLevelFor(io.stdout, io.env, options.color);
      const width = toFile ? undefined : columnsOf(io.stdout, io.env);
      // In a terminal, a plan longer than the screen ends with its answer again (text.ts).
      const rows = !toFile && io.stdout.isTTY === true ? io.stdout.rows : undefined;
      return renderText(plan, {
        colorLevel,
        sources: options.sources === true,
        ...(width === undefined ? {} : { width }),
        ...(rows === undefined ? {} : { rows }),
      });
    }
  }
}
