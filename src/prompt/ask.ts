/**
 * All prompting goes through here (and the court picker beside it): the only modules that
 * import the prompt library, loaded only when a run is interactive. They turn questions into
 * answers and decide nothing: which courts match a search, which questions apply and what a
 * change means are decided by the callers. The tool never asks for a password or any other
 * secret.
 */
import { checkbox, select, Separator } from '@inquirer/prompts';
import { styleText } from 'node:util';
import type { AnswerEntry, AskAnswer, CourtFacts } from '../plan/answers.js';
import type { Question } from '../plan/questions.js';
import { visibleWidth, wrap } from '../render/wrap.js';
import { courtPicker, type CourtChoice } from './court-picker.js';

export type { CourtChoice };
export { withoutColour } from './plain-output.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Aborting it ends the prompt cleanly (the cursor shown again) with an AbortPromptError. */
  signal?: AbortSignal;
  /**
   * The terminal's columns: messages, choices and their explanations are wrapped at spaces to
   * them (the prompt library would break words, and cut a page of choices that wrap).
   */
  width?: number;
}

/** The room the prompt library takes before a message ("? ") and a choice ("❯ ", "❯◯ "). */
const MESSAGE_LEAD = 2;
const CHOICE_LEAD = 2;
const CHECKBOX_LEAD = 3;

/**
 * Text laid out for a prompt that puts `lead` columns before its first line: wrapped at spaces
 * to the width, the lines it wraps onto indented to start under the first.
 */
function fitted(text: string, width: number | undefined, lead: number, indent = lead): string {
  if (width === undefined) return text;
  const first = ' '.repeat(lead);
  return text
    .split('\n')
    .map((line) => wrap(line, width, first, ' '.repeat(indent)).slice(lead))
    .join('\n');
}

/**
 * The answer as a prompt shows it once chosen, after its message ("✔ message answer"): wrapped
 * at spaces, its first words on the message's last line where they fit, the rest indented.
 */
function answerAfter(message: string, answer: string, width: number | undefined): string {
  if (width === undefined) return answer;
  const lines = message.split('\n');
  const used = visibleWidth(lines.at(-1) ?? '') + (lines.length === 1 ? MESSAGE_LEAD : 0) + 1;
  const out: string[] = [];
  let line = '';
  for (const word of answer.split(/\s+/).filter(Boolean)) {
    const room = out.length === 0 ? width - used : width - MESSAGE_LEAD;
    const longer = line === '' ? word : `${line} ${word}`;
    if (visibleWidth(longer) <= room) line = longer;
    else {
      out.push(line);
      line = word;
    }
  }
  out.push(line);
  return out.map((each, index) => (index === 0 ? each : `  ${each}`)).join('\n');
}

/** The prompt library's theme: the chosen answer wrapped after its message, in its colour. */
function themeFor(message: string, width: number | undefined) {
  return {
    style: { answer: (text: string) => styleText('cyan', answerAfter(message, text, width)) },
  };
}

/** The lines a page of choices takes once wrapped: the page shows them all, none cut. */
function linesOf(names: readonly string[]): number {
  return names.reduce((total, name) => total + name.split('\n').length, 0);
}

/** The prompt library's context for these streams. */
function contextOf(streams: PromptStreams) {
  return {
    output: streams.output,
    ...(streams.input ? { input: streams.input } : {}),
    ...(streams.signal ? { signal: streams.signal } : {}),
  };
}

/** The question as asked about one court, or once. */
function messageOf(question: Question, court: CourtFacts | undefined): string {
  const message = question.prompt.replaceAll('{court}', court?.name ?? 'court');
  return court ? `[${court.id}] ${message}` : message;
}

/**
 * An asker that puts each question to the user, one at a time: every choice with its
 * one-line explanation, and the current answer (when changing one) or the question's safe
 * default highlighted first, never simply the first choice.
 */
export function createAsker(streams: PromptStreams): AskAnswer {
  const context = contextOf(streams);
  const { width } = streams;
  return async (question, court, current, preselectedAnswer) => {
    const message = fitted(messageOf(question, court), width, MESSAGE_LEAD);
    if (question.multiple) {
      const checked = new Set(Array.isArray(current) ? current : []);
      const choices = question.options.map((option) => ({
        value: option.value,
        name: fitted(option.label, width, CHECKBOX_LEAD),
        short: option.label,
        description: fitted(option.description, width, 0),
        checked: checked.has(option.value),
      }));
      return checkbox(
        {
          message,
          choices,
          pageSize: linesOf(choices.map((choice) => choice.name)),
          theme: themeFor(message, width),
        },
        context,
      );
    }
    const choices = question.options.map((option) => ({
      value: option.value,
      name: fitted(option.label, width, CHOICE_LEAD),
      short: option.label,
      description: fitted(option.description, width, 0),
    }));
    const preselected =
      typeof current === 'string' ? current : (preselectedAnswer ?? question.safeDefault);
    return select(
      {
        message,
        choices,
        pageSize: linesOf(choices.map((choice) => choice.name)),
        theme: themeFor(message, width),
        ...(preselected !== undefined ? { default: preselected } : {}),
      },
      context,
    );
  };
}

/** An answer as the review shows it: "Who will e-file: An attorney". */
function describeEntry(entry: AnswerEntry): string {
  const { question, court, value } = entry;
  const labelOf = (each: string) =>
    question.options.find((option) => option.value === each)?.label ?? each;
  const shown =
    typeof value === 'string'
      ? labelOf(value)
      : value.length > 0
        ? value.map(labelOf).join('; ')
        : 'none';
  const summary = question.summary.charAt(0).toUpperCase() + question.summary.slice(1);
  return `${court ? `[${court.id}] ` : ''}${summary}: ${shown}`;
}

/**
 * Shows every answer and asks whether they are right; resolves to the answer to change, or
 * undefined to go on to the plan. With `conflicts`, going on is not offered until an answer
 * is changed.
 */
export async function askToReview(
  entries: readonly AnswerEntry[],
  conflicts: readonly string[],
  streams: PromptStreams,
): Promise<AnswerEntry | undefined> {
  const done = {
    value: -1,
    name: 'These are right: make my plan',
    short: 'right',
    ...(conflicts.length > 0 ? { disabled: '(first change an answer that does not fit)' } : {}),
  };
  const { width } = streams;
  const changes = entries.map((entry, index) => ({
    value: index,
    name: fitted(describeEntry(entry), width, CHOICE_LEAD),
    short: `change "${entry.question.summary}"${entry.court ? ` for ${entry.court.id}` : ''}`,
    description: fitted(`Change this answer: ${messageOf(entry.question, entry.court)}`, width, 0),
  }));
  const choices = [done, new Separator(), ...changes];
  const message = fitted(
    conflicts.length > 0
      ? `These answers do not fit together: ${conflicts.join(' ')}\nChoose the answer to change:`
      : 'Your answers. Choose one to change it, or go on to the plan:',
    width,
    MESSAGE_LEAD,
  );
  const lines = 2 + linesOf(changes.map((change) => change.name));
  const picked = await select(
    {
      message,
      choices,
      pageSize: Math.min(lines, 16),
      loop: false,
      theme: themeFor(message, width),
    },
    contextOf(streams),
  );
  return entries[picked];
}

/** Asks which courts, from a list searched by id, name or state; several may be chosen. */
export async function askCourts(
  search: (text: string) => readonly CourtChoice[],
  streams: PromptStreams,
): Promise<string[]> {
  return courtPicker(
    {
      message: fitted(
        'Which courts? Type to search by state or name:',
        streams.width,
        MESSAGE_LEAD,
      ),
      search,
      ...(streams.width === undefined ? {} : { width: streams.width }),
    },
    contextOf(streams),
  );
}
