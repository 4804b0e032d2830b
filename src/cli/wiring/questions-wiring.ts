/** `questions`: examples; the work is in questions.ts. */
import type { CommandWiring } from './wire.js';

export const QUESTIONS_WIRING: CommandWiring = {
  name: 'questions',
  examples: ['nextgen-ready questions', 'nextgen-ready questions --format json'],
  run: async (context, options: { format: 'text' | 'json' }) => {
    const { questions } = await import('../commands.js');
    return questions(options, context.io);
  },
};
