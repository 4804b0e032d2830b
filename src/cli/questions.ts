/** `nextgen-ready questions`: the question catalogue, for people and for scripts. */
import { QUESTIONS, flagOf } from '../plan/questions.js';
import type { Outcome } from './exit-codes.js';
import type { Io } from './io.js';

/** Prints the catalogue. */
export function questions(options: { format: 'text' | 'json' }, io: Io): Outcome {
  if (options.format === 'json') {
    const catalogue = QUESTIONS.map((question) => ({
      id: question.id,
      flag: flagOf(question),
      scope: question.scope,
      multiple: question.multiple === true,
      optional: question.optional === true || question.multiple === true,
      prompt: question.prompt.replaceAll('{court}', 'court'),
      summary: question.summary,
      when: question.when ?? 'always',
      options: question.options,
    }));
    io.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
    return 'ok';
  }
  for (const question of QUESTIONS) {
    const scope = question.scope === 'court' ? 'per court' : 'once';
    io.stdout.write(
      `${question.id} (${flagOf(question)}, ${scope}${question.multiple ? ', a list, optional' : question.optional ? ', optional' : ''})\n`,
    );
    io.stdout.write(
      `  ${question.summary}; asked ${question.when ? `when ${question.when}` : 'always'}\n`,
    );
    for (const option of question.options)
      io.stdout.write(`    ${option.value.padEnd(22)} ${option.label}\n`);
  }
  io.stdout.write(
    '\nCourt-level answers take one value for every court, or court=value pairs: --linked ctd=yes,utd=no\n',
  );
  return 'ok';
}
