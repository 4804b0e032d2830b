/**
 * All prompting goes through here: the only module that imports @inquirer/prompts, loaded
 * only when a run is interactive. It turns questions into answers and decides nothing.
 * The tool never asks for a password or any other secret.
 */
import { checkbox, search, select } from '@inquirer/prompts';
import type { AskAnswer, CourtFacts } from '../plan/answers.js';
import { suggestNearest } from '../suggest.js';

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

/** An asker that puts each question to the user, one at a time. */
export function createAsker(streams: PromptStreams): AskAnswer {
  const context = contextOf(streams);
  return async (question, court: CourtFacts | undefined) => {
    const message = question.prompt.replaceAll('{court}', court?.name ?? 'court');
    const choices = question.options.map((option) => ({ value: option.value, name: option.label }));
    if (question.multiple) {
      return checkbox({ message, choices }, context);
    }
    return select({ message: court ? `[${court.id}] ${message}` : message, choices }, context);
  };
}

/** Asks which court, with type-to-search over ids and names. */
export async function askCourt(
  courts: readonly { id: string; name: string; jurisdiction: string | null }[],
  streams: PromptStreams,
): Promise<string> {
  const context = contextOf(streams);
  return search(
    {
      message: 'Which court? (type an id, a name or a state)',
      source: (term) => {
        const text = (term ?? '').toLowerCase();
        const matches = courts.filter(
          (court) =>
            !text ||
            court.id.startsWith(text) ||
            court.name.toLowerCase().includes(text) ||
            (court.jurisdiction ?? '').toLowerCase().includes(text),
        );
        const shown =
          matches.length > 0
            ? matches
            : courts.filter((court) => suggestNearest(text, [court.id]).length > 0);
        return shown.map((court) => ({
          value: court.id,
          name: `${court.id.padEnd(6)} ${court.name}`,
        }));
      },
    },
    context,
  );
}
