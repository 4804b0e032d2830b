/**
 * All prompting goes through here (and the court picker beside it): the only modules that
 * import the prompt library, loaded only when a run is interactive. They turn questions into
 * answers and decide nothing: which courts match a search, which questions apply and what a
 * change means are decided by the callers. The tool never asks for a password or any other
 * secret.
 */
import { checkbox, select, Separator } from '@inquirer/prompts';
import type { AnswerEntry, AskAnswer, CourtFacts } from '../plan/answers.js';
import type { Question } from '../plan/questions.js';
import { courtPicker, type CourtChoice } from './court-picker.js';

export type { CourtChoice };

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Aborting it ends the prompt cleanly (the cursor shown again) with an AbortPromptError. */
  signal?: AbortSignal;
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
  return async (question, court, current) => {
    const message = messageOf(question, court);
    if (question.multiple) {
      const checked = new Set(Array.isArray(current) ? current : []);
      const choices = question.options.map((option) => ({
        value: option.value,
        name: option.label,
        description: option.description,
        checked: checked.has(option.value),
      }));
      return checkbox({ message, choices, pageSize: choices.length }, context);
    }
    const choices = question.options.map((option) => ({
      value: option.value,
      name: option.label,
      description: option.description,
    }));
    const preselected = typeof current === 'string' ? current : question.safeDefault;
    return select(
      {
        message,
        choices,
        pageSize: choices.length,
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
  const choices = [
    done,
    new Separator(),
    ...entries.map((entry, index) => ({
      value: index,
      name: describeEntry(entry),
      short: `change "${entry.question.summary}"${entry.court ? ` for ${entry.court.id}` : ''}`,
      description: `Change this answer: ${messageOf(entry.question, entry.court)}`,
    })),
  ];
  const message =
    conflicts.length > 0
      ? `These answers do not fit together: ${conflicts.join(' ')}\nChoose the answer to change:`
      : 'Your answers. Choose one to change it, or go on to the plan:';
  const picked = await select(
    { message, choices, pageSize: Math.min(choices.length, 16), loop: false },
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
    { message: 'Which courts? Type to search by state or name:', search },
    contextOf(streams),
  );
}
